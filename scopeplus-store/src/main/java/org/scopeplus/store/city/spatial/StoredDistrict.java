package org.scopeplus.store.city.spatial;

/** A district as kept: its figures and its GeoJSON geometry text. */
public record StoredDistrict(
    String id, String name, Double population, Double gdp, String geometryJson) {}
