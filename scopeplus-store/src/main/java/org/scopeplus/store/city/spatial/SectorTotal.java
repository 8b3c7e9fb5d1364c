package org.scopeplus.store.city.spatial;

/** A sector's city total of the last full inventory, with how its unlocated part is spread. */
public record SectorTotal(String sector, int inventoryYear, long grams, String weighting) {}
