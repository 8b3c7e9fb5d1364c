package org.scopeplus.store.city.spatial;

/**
 * Emissions located in the city: a point source at {@code lon}, {@code lat} ({@code district}
 * null), or activity recorded for one {@code district} ({@code lon}, {@code lat} null).
 */
public record LocatedEmission(
    String name, String district, Double lon, Double lat, String sector, long grams) {}
