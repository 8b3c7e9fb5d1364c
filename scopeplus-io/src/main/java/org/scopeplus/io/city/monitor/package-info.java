/** The daily activity proxies of a city (CSV {@code date,sector,value}) read and checked. */
package org.scopeplus.io.city.monitor;
