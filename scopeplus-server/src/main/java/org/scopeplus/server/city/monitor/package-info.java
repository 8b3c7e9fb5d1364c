/**
 * Carbon Eye day by day: the city's daily estimates, year to date and alerts, as the API, console
 * and public page show them.
 */
package org.scopeplus.server.city.monitor;
