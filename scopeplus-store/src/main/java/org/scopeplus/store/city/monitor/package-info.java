/** A city's daily activity proxies, kept per tenant. */
package org.scopeplus.store.city.monitor;
