/**
 * Carbon Eye's map: the city's districts and grid with their allocated emissions, as the API,
 * console and public page show them.
 */
package org.scopeplus.server.city.spatial;
