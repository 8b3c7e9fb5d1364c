/**
 * The demo city: a generated city government whose GPC sheet, districts, daily proxies and
 * emissions-trading registry follow the same rules as a real city's.
 */
package org.scopeplus.io.city.demo;
