package org.scopeplus.store.energy;

import java.time.Instant;

/**
 * A Scope 1 and 2 inventory made from a tenant's meters: the run that calculated it and the energy
 * its activity records were made of.
 *
 * @param runId the calculation run
 * @param year the inventory's year
 * @param region the region of the factors (ISO 3166 code or GLOBAL)
 * @param sites the sites' names, comma separated
 * @param consumptionKwh electricity consumed (grid import + own PV used on site)
 * @param pvSelfKwh own PV used on site
 * @param pvExportedKwh electricity fed into the grid, credited to nothing
 * @param purchasedKwh electricity taken from the grid (the Scope 2 activity)
 * @param gasKwh gas burnt (the Scope 1 activity), kWh as gas meters read
 * @param heatKwh purchased heat (the Scope 2 {@code s2.heat} activity), kWh as heat meters read
 * @param renewableInstrumentKwh purchased electricity covered by renewable instruments of the
 *     tenant's instrument registry when the inventory was made
 * @param createdBy who made it
 * @param createdAt when
 */
public record EnergyInventory(
    String runId,
    int year,
    String region,
    String sites,
    double consumptionKwh,
    double pvSelfKwh,
    double pvExportedKwh,
    double purchasedKwh,
    double gasKwh,
    double heatKwh,
    double renewableInstrumentKwh,
    String createdBy,
    Instant createdAt) {

  /** The text of its audit entry's state. */
  public String state() {
    return "run="
        + runId
        + "\nyear="
        + year
        + "\nregion="
        + region
        + "\nsites="
        + sites
        + "\nconsumption_kwh="
        + consumptionKwh
        + "\npv_self_kwh="
        + pvSelfKwh
        + "\npv_exported_kwh="
        + pvExportedKwh
        + "\npurchased_kwh="
        + purchasedKwh
        + "\ngas_kwh="
        + gasKwh
        + "\nheat_kwh="
        + heatKwh
        + "\nrenewable_instrument_kwh="
        + renewableInstrumentKwh;
  }
}
