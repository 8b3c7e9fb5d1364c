package org.scopeplus.core.factor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.gas.Origin;
import org.scopeplus.core.quantity.MeasureUnit;

/**
 * An emission factor: the mass of each gas emitted per unit of an activity, for one region and
 * validity period, with its provenance. Immutable.
 *
 * @param id unique within its library
 * @param activityKey what it is a factor for, e.g. {@code
 *     fuel.natural_gas.commercial_institutional} or {@code grid.location}; activity types name the
 *     keys they use
 * @param region region code (see {@link RegionHierarchy})
 * @param validFrom first day of validity (inclusive)
 * @param validTo last day of validity (inclusive)
 * @param rates kilograms of each gas per unit
 * @param perUnit the unit the rates are per
 * @param type what the factor measures
 * @param basis calorific basis of energy-based factors
 * @param origin fossil or biogenic carbon; biogenic CO2 is reported outside the scopes
 * @param netCalorificValue default heat content in GJ per tonne (NaN when none), to turn a mass
 *     into energy
 * @param density default density in kg per m3 (NaN when none), to turn a volume into mass
 * @param ncvPerGcv the fuel's ratio of net to gross calorific value (NaN when none: the IPCC
 *     default of its fuel applies, see {@link CalorificRatio})
 * @param co2eBasis the GWP set behind a rate published as CO2e, or null when the factor is by gas
 * @param citation where it comes from
 */
public record EmissionFactor(
    String id,
    String activityKey,
    String region,
    LocalDate validFrom,
    LocalDate validTo,
    List<GasRate> rates,
    MeasureUnit perUnit,
    FactorType type,
    CalorificBasis basis,
    Origin origin,
    double netCalorificValue,
    double density,
    double ncvPerGcv,
    GwpSet co2eBasis,
    Citation citation) {

  public EmissionFactor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(activityKey, "activityKey");
    region = RegionHierarchy.normalise(region);
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validTo, "validTo");
    if (validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException(
          id + ": valid_to " + validTo + " is before valid_from " + validFrom);
    }
    rates = List.copyOf(rates);
    if (rates.isEmpty()) {
      throw new IllegalArgumentException(id + ": a factor needs at least one gas");
    }
    Objects.requireNonNull(perUnit, "perUnit");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(citation, "citation");
    if (!Double.isNaN(ncvPerGcv) && !(ncvPerGcv > 0.0 && ncvPerGcv <= 1.0)) {
      throw new IllegalArgumentException(
          id + ": an NCV/GCV ratio is above 0 and at most 1, not " + ncvPerGcv);
    }
  }

  /** True when the validity period contains the date. */
  public boolean isValidOn(LocalDate date) {
    return !date.isBefore(validFrom) && !date.isAfter(validTo);
  }

  /** True when a default heat content is known. */
  public boolean hasNetCalorificValue() {
    return !Double.isNaN(netCalorificValue);
  }

  /** True when a default density is known. */
  public boolean hasDensity() {
    return !Double.isNaN(density);
  }
}
