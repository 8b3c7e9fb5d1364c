/** A city's district boundaries and the emissions its map allocates, kept per tenant. */
package org.scopeplus.store.city.spatial;
