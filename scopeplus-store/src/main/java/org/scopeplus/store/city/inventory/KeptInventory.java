package org.scopeplus.store.city.inventory;

/**
 * What an upload did with one inventory of the sheet.
 *
 * @param id the inventory's id
 * @param city the city
 * @param year the inventory year
 * @param replaced true when it replaced an inventory of the same city and year
 */
public record KeptInventory(String id, String city, int year, boolean replaced) {}
