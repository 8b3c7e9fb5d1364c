/** A city's public, read-only page and its open data, without login. */
package org.scopeplus.server.city.publication;
