package org.scopeplus.core.energy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOutcome;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.quantity.UnitSymbols;

/**
 * The location-based grid electricity factor of a region and year, found exactly as the inventory
 * engine finds it for purchased electricity ({@code s2.electricity}): the engine itself calculates
 * a probe of {@link #PROBE_KWH} kWh for the year, so the region chain, the activity type's factor
 * keys and the year rule (the year's factor, else the nearest earlier vintage, else the earliest
 * later one) are the engine's and nothing is re-derived here.
 *
 * @param kgCo2ePerKwh kg CO2e per kWh (all gases of the factor at the engine's GWP set)
 * @param factorId the factor's id in its library
 * @param citation publication, table and year, with the weakness flag when the factor is weak
 * @param reason why the engine picked it (region, validity or vintage, library)
 * @param weak whether the factor is seen only in secondary material or still to verify
 */
public record GridFactor(
    double kgCo2ePerKwh, String factorId, String citation, String reason, boolean weak) {

  /** The activity type whose factor is resolved. */
  public static final String ACTIVITY = "s2.electricity";

  /** The probe's quantity: large enough that rounding to whole grams loses nothing shown. */
  static final double PROBE_KWH = 1_000_000;

  /** A factor was found, or why none was. */
  public sealed interface Outcome {
    /** The factor. */
    record Found(GridFactor factor) implements Outcome {}

    /** No factor applies, with the engine's sentence. */
    record NotFound(String reason) implements Outcome {}
  }

  /** The factor the engine uses for purchased electricity in the region in the given year. */
  public static Outcome of(CalculationEngine engine, String region, int year) {
    if (year < 1970 || year > 2200) {
      return new Outcome.NotFound("year " + year + " lies outside 1970-2200");
    }
    ActivityRecord probe =
        ActivityRecord.of(
            "grid-factor",
            "site",
            "",
            new Period(
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Integer.toString(year)),
            ACTIVITY,
            PROBE_KWH,
            UnitSymbols.of("kWh"),
            region);
    List<ResultLine> lines = new ArrayList<>();
    CalculationOutcome o =
        engine.calculate(
            probe,
            l -> {
              if (l.method() == Scope2Method.LOCATION && !l.biogenic()) {
                lines.add(l);
              }
            });
    if (o instanceof CalculationOutcome.Refused r) {
      return new Outcome.NotFound(r.problem().message());
    }
    if (lines.isEmpty() || lines.get(0).factor() == null) {
      return new Outcome.NotFound("no location-based grid factor for " + region + " in " + year);
    }
    long grams = 0;
    for (ResultLine l : lines) {
      grams = Math.addExact(grams, l.co2eGrams());
    }
    ResultLine first = lines.get(0);
    return new Outcome.Found(
        new GridFactor(
            grams / 1000.0 / PROBE_KWH,
            first.factor().id(),
            first.factor().citation().shortText(),
            first.factorNote(),
            first.factor().citation().verification().isWeak()));
  }

  /** One line: the factor, its id and citation, and the flag when it is weak. */
  public String sentence() {
    return String.format(
        java.util.Locale.ROOT,
        "grid factor %.4f kg CO2e/kWh (%s, %s)%s",
        kgCo2ePerKwh,
        factorId,
        citation,
        weak ? "; secondary source: verify before reporting" : "");
  }
}
