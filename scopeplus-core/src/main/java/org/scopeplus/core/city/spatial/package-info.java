/**
 * Carbon Eye on a map: a city's emissions allocated to its districts and to the cells of a regular
 * grid, in whole grams, so that the districts and the cells add up exactly to the city's total.
 * Pure domain: the geometry (areas, which polygon holds a point, the overlap of a cell and a
 * district) is computed by the caller and handed in as plain shares and weights.
 */
package org.scopeplus.core.city.spatial;
