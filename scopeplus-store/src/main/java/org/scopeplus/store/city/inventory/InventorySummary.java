package org.scopeplus.store.city.inventory;

import java.time.Instant;

/**
 * One kept inventory in a list, without its lines.
 *
 * @param id the inventory's id
 * @param city the city
 * @param year the inventory year
 * @param fileName the reporting sheet it was read from
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 */
public record InventorySummary(
    String id, String city, int year, String fileName, String uploadedBy, Instant uploadedAt) {}
