package org.scopeplus.io.city.spatial;

/** An emission source at a point (a power plant, a factory): its grams CO2e of one sector. */
public record PointSource(String name, double lon, double lat, String sector, long grams) {}
