/** Wiring: the database, reference data and use cases as beans. */
package org.scopeplus.server.config;
