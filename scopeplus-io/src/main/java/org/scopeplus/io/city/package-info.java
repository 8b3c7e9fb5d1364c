/**
 * City reporting sheets (docs/city.md): one row per city and year, one column per GPC reference
 * number; read from CSV or XLSX into {@code CityInventory} values, and written back in the same
 * layout or mapped to IPCC 2006 categories.
 */
package org.scopeplus.io.city;
