/**
 * A city's public page settings: its slug, whether it is published, the licence of its open data.
 */
package org.scopeplus.store.city.publication;
