/**
 * The city's GPC inventory in the service: reporting sheets uploaded and kept by city and year,
 * their totals in both GPC views with the completeness check, the export, and the console page.
 */
package org.scopeplus.server.city.inventory;
