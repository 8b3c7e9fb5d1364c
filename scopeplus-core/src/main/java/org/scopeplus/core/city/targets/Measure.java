package org.scopeplus.core.city.targets;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scopeplus.core.calculation.Grams;

/**
 * A measure of a scenario: what it acts on, how far it is deployed each year, what it costs.
 *
 * <p>Its reduction in a year is its reduction at full deployment ({@link MeasureKind#gramsPerYear})
 * times its deployed share that year, rounded half-even once to whole grams. The share of a year is
 * the share given for the latest listed year at or before it (0 before the first), so a schedule
 * {@code 2026: 0.5, 2028: 1} holds 0.5 in 2027.
 *
 * <p>Its cost a year is the capital cost spread over its lifetime at the scenario's discount rate
 * (the capital recovery factor r / (1 - (1 + r)^-n), or 1 / n at r = 0) plus the operating cost a
 * year (negative for net savings, e.g. electricity no longer bought); its marginal abatement cost
 * is that yearly cost divided by its tonnes a year at full deployment.
 *
 * @param name what the city calls it, e.g. {@code Electric buses}
 * @param kind its kind, which says what amount and factors mean
 * @param sector the baseline sector it reduces, e.g. {@code transportation}
 * @param amount activity a year, floor area (m2) or MWh a year
 * @param factorA see {@link MeasureKind}
 * @param factorB see {@link MeasureKind}
 * @param shares year to deployed share (0 to 1)
 * @param capexCny capital cost, CNY
 * @param opexCnyPerYear operating cost a year at full deployment, CNY; negative for net savings
 * @param lifetimeYears the years the capital cost is spread over
 * @param factorSource where the factors come from (publication, table, year)
 * @param secondary true when a factor is taken from a secondary source (flagged in the reference
 *     data), to be checked against the primary document
 */
public record Measure(
    String name,
    MeasureKind kind,
    String sector,
    double amount,
    double factorA,
    double factorB,
    SortedMap<Integer, Double> shares,
    double capexCny,
    double opexCnyPerYear,
    int lifetimeYears,
    String factorSource,
    boolean secondary) {

  /** The largest amount a measure may state. */
  public static final double MAX_AMOUNT = 1e12;

  /** The largest capital cost, CNY (ten trillion). */
  public static final double MAX_CAPEX = 1e13;

  /** The largest operating cost or saving a year, CNY. */
  public static final double MAX_OPEX = 1e12;

  public Measure {
    shares = shares == null ? new TreeMap<>() : new TreeMap<>(shares);
    factorSource = factorSource == null ? "" : factorSource.strip();
  }

  /** Why this measure cannot be kept, or empty when it can. */
  public Optional<String> refusal() {
    String who = "measure '" + name + "'";
    if (name == null || name.isBlank() || name.length() > 200) {
      return Optional.of("a measure needs a name of at most 200 characters");
    }
    if (kind == null) {
      return Optional.of(who + ": the kind is electrification, building-retrofit or rooftop-pv");
    }
    if (sector == null || sector.isBlank()) {
      return Optional.of(who + " names the baseline sector it reduces");
    }
    if (!(amount > 0 && amount <= MAX_AMOUNT)) {
      return Optional.of(
          who + ": the " + amountName() + " must lie above 0 and at most 1e12, not " + amount);
    }
    Optional<String> factors =
        switch (kind) {
          case ELECTRIFICATION ->
              within(factorA, 0, 1e6, "factor before (kg CO2e per unit)")
                  .or(() -> within(factorB, 0, 1e6, "factor after (kg CO2e per unit)"))
                  .or(
                      () ->
                          factorB < factorA
                              ? Optional.empty()
                              : Optional.of(
                                  "the factor after must be below the factor before, or the"
                                      + " measure reduces nothing"));
          case BUILDING_RETROFIT ->
              within(factorA, 0, 1000, "kWh saved per m2 a year")
                  .or(() -> within(factorB, 0, 5, "grid factor (kg CO2e per kWh)"));
          case ROOFTOP_PV -> within(factorA, 0, 5, "grid factor (kg CO2e per kWh)");
        };
    if (factors.isPresent()) {
      return Optional.of(who + ": " + factors.get());
    }
    double full = fullGramsPerYear();
    if (!(full > 0) || Grams.rounded(full) == Grams.REFUSED) {
      return Optional.of(
          who + " reduces more than 2^53 g (about 9 Gt CO2e) a year, or nothing; check its units");
    }
    if (shares.isEmpty()) {
      return Optional.of(who + " needs its deployed share for at least one year");
    }
    for (Map.Entry<Integer, Double> e : shares.entrySet()) {
      if (e.getValue() == null || !(e.getValue() >= 0 && e.getValue() <= 1)) {
        return Optional.of(
            who + ": the share of " + e.getKey() + " must lie between 0 and 1 (1 for 100%)");
      }
    }
    if (!(capexCny >= 0 && capexCny <= MAX_CAPEX)) {
      return Optional.of(who + ": the capital cost lies between 0 and 1e13 CNY");
    }
    if (!(Math.abs(opexCnyPerYear) <= MAX_OPEX)) {
      return Optional.of(who + ": the operating cost a year lies between -1e12 and 1e12 CNY");
    }
    if (lifetimeYears < 1 || lifetimeYears > 100) {
      return Optional.of(who + ": the lifetime lies between 1 and 100 years");
    }
    if (factorSource.isEmpty() || factorSource.length() > 500) {
      return Optional.of(who + " names the source of its factors (at most 500 characters)");
    }
    return Optional.empty();
  }

  private String amountName() {
    return switch (kind) {
      case ELECTRIFICATION -> "activity a year";
      case BUILDING_RETROFIT -> "floor area (m2)";
      case ROOFTOP_PV -> "MWh generated a year";
    };
  }

  private static Optional<String> within(double v, double low, double high, String what) {
    return v >= low && v <= high
        ? Optional.empty()
        : Optional.of("the " + what + " must lie between " + low + " and " + high + ", not " + v);
  }

  /** The reduction a year at full deployment, unrounded grams. */
  public double fullGramsPerYear() {
    return kind.gramsPerYear(amount, factorA, factorB);
  }

  /** The deployed share in {@code year}. */
  public double shareIn(int year) {
    Map.Entry<Integer, Double> e = ((TreeMap<Integer, Double>) shares).floorEntry(year);
    return e == null ? 0 : e.getValue();
  }

  /** The reduction in {@code year} before any overlap, whole grams, rounded once half-even. */
  public long grossGramsIn(int year) {
    return Grams.rounded(fullGramsPerYear() * shareIn(year));
  }

  /** The capital recovery factor at {@code rate} over the lifetime. */
  public double capitalRecoveryFactor(double rate) {
    if (rate == 0) {
      return 1.0 / lifetimeYears;
    }
    return rate / (1 - Math.pow(1 + rate, -lifetimeYears));
  }

  /** The cost a year at full deployment: capital spread at {@code rate}, plus operating, CNY. */
  public double yearlyCostCny(double rate) {
    return capexCny * capitalRecoveryFactor(rate) + opexCnyPerYear;
  }

  /** The marginal abatement cost: the yearly cost per tonne reduced at full deployment, CNY/t. */
  public double costPerTonneCny(double rate) {
    return yearlyCostCny(rate) / (fullGramsPerYear() / 1_000_000.0);
  }

  /** The canonical text the audit trail hashes. */
  public String state() {
    return "measure="
        + name
        + " kind="
        + kind.label()
        + " sector="
        + sector
        + " amount="
        + amount
        + " a="
        + factorA
        + " b="
        + factorB
        + " shares="
        + shares
        + " capex="
        + capexCny
        + " opex="
        + opexCnyPerYear
        + " lifetime="
        + lifetimeYears
        + " source="
        + factorSource
        + " secondary="
        + secondary;
  }
}
