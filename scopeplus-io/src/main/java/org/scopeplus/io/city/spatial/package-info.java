/**
 * District boundaries and the city grid: GeoJSON district polygons read and checked (JTS), a local
 * equal-area projection for areas, a regular grid of square cells over the city, and the geometry
 * the core's allocation needs (which district holds a point source, each district's area share, the
 * overlap of each cell and district), handed to the core as plain values.
 */
package org.scopeplus.io.city.spatial;
