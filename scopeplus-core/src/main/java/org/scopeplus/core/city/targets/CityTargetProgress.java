package org.scopeplus.core.city.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scopeplus.core.targets.Projection;
import org.scopeplus.core.targets.Status;
import org.scopeplus.core.targets.TargetProgress;

/**
 * A city target's progress: each year from the base year to the target year with its pathway,
 * actual, gap and projection, and whether the target is on track, with the reason.
 *
 * <p>Reduction targets (absolute, per capita, per GDP, neutrality) follow the company module's
 * rule: the baseline is the base year's actual value, the pathway is the target's {@link
 * org.scopeplus.core.targets.Pathway} to the target level, and the target is on track when its
 * value in the target year reaches the level: the actual once the target year has one, else the
 * least-squares projection through the actual years ({@link Projection#line}), else a single actual
 * year against its pathway value.
 *
 * <p>A peak target is judged on the trend, by this rule: with at least {@value #PEAK_MIN_YEARS}
 * actual years, the peak so far is the year of the highest actual (the earliest of equal ones) and
 * the trend is the least-squares slope through the last {@value #PEAK_TREND_YEARS} actual years (or
 * all, when fewer). The target is on track when the trend has turned: the slope is below zero, the
 * peak lies before the last actual year and no later than the target year, and it is at most the
 * cap when one is set. Otherwise it is off track: a peak after the target year, above the cap, or a
 * trend not yet falling. Fewer actual years give no data.
 *
 * @param target the target
 * @param unit the unit of every value
 * @param baseValue the base-year actual value (for a peak target, the first actual value)
 * @param targetLevel the value to reach in the target year; for a peak target the cap, or null
 * @param years every year from the base year to the target year, and any later actual year
 * @param projection the projection, or null with too few actual years
 * @param status on track, off track, or no data
 * @param explanation why, in a sentence
 * @param verdict why, as a code with its years and values
 */
public record CityTargetProgress(
    CityTarget target,
    String unit,
    Double baseValue,
    Double targetLevel,
    List<CityYear> years,
    Projection projection,
    Status status,
    String explanation,
    Verdict verdict) {

  /** Actual years a peak target needs before its trend is read. */
  public static final int PEAK_MIN_YEARS = 3;

  /** The latest actual years whose least-squares slope is a peak target's trend. */
  public static final int PEAK_TREND_YEARS = 5;

  /** Relative tolerance when comparing an actual with a pathway (rounding of tonnes). */
  private static final double TOLERANCE = 1e-9;

  /**
   * Measures {@code target} against {@code actuals}, using the years from its base year up to
   * {@code upToYear} only.
   */
  public static CityProgressOutcome of(CityTarget target, List<CityActual> actuals, int upToYear) {
    SortedMap<Integer, Double> known = new TreeMap<>();
    for (CityActual a : actuals) {
      if (a.year() >= target.baseYear() && a.year() <= upToYear) {
        Double v = a.valueFor(target.kind());
        if (v != null) {
          known.put(a.year(), v);
        }
      }
    }
    if (target.kind() == CityTargetKind.PEAK) {
      return new CityProgressOutcome.Measured(peak(target, known));
    }
    Double base = known.get(target.baseYear());
    if (base == null) {
      return new CityProgressOutcome.Refused(
          "there is no actual "
              + (target.kind() == CityTargetKind.PER_CAPITA
                  ? "emissions and population"
                  : target.kind() == CityTargetKind.PER_GDP ? "emissions and GDP" : "emissions")
              + " for the base year "
              + target.baseYear()
              + " of target '"
              + target.name()
              + "', so its baseline is unknown");
    }
    double level = base * (1.0 - target.value());
    String unit = target.unit();
    Projection projection = projection(known, target.targetYear(), known.size(), "actual years");
    List<CityYear> years =
        rows(
            target,
            known,
            projection,
            y -> target.pathway().valueIn(y, target.baseYear(), base, target.targetYear(), level));
    String goal = TargetProgress.format(level, unit);
    Status status;
    String why;
    Verdict verdict;
    Double atTarget = known.get(target.targetYear());
    if (atTarget != null) {
      status = reaches(atTarget, level) ? Status.ON_TRACK : Status.OFF_TRACK;
      why =
          "the actual "
              + target.targetYear()
              + " value "
              + TargetProgress.format(atTarget, unit)
              + (status == Status.ON_TRACK ? " reaches" : " misses")
              + " the target value "
              + goal;
      verdict =
          new Verdict(
              status == Status.ON_TRACK
                  ? Verdict.Code.TARGET_YEAR_REACHES
                  : Verdict.Code.TARGET_YEAR_MISSES,
              List.of(target.targetYear()),
              List.of(atTarget, level));
    } else if (projection != null) {
      status = reaches(projection.value(), level) ? Status.ON_TRACK : Status.OFF_TRACK;
      why =
          "the projection to "
              + target.targetYear()
              + ", "
              + TargetProgress.format(projection.value(), unit)
              + (status == Status.ON_TRACK ? ", reaches" : ", misses")
              + " the target value "
              + goal
              + " ("
              + projection.method()
              + ")";
      verdict =
          new Verdict(
              status == Status.ON_TRACK
                  ? Verdict.Code.PROJECTION_REACHES
                  : Verdict.Code.PROJECTION_MISSES,
              List.of(target.targetYear(), projection.firstYear(), projection.lastYear()),
              List.of(projection.value(), level));
    } else {
      CityYear only = years.get(0);
      status = only.status();
      why =
          "one actual year only ("
              + only.year()
              + "), judged against its pathway value "
              + TargetProgress.format(only.pathway(), unit)
              + "; a projection needs two actual years";
      verdict = new Verdict(Verdict.Code.ONE_YEAR, List.of(only.year()), List.of(only.pathway()));
    }
    return new CityProgressOutcome.Measured(
        new CityTargetProgress(
            target, unit, base, level, years, projection, status, sentence(status, why), verdict));
  }

  private static CityTargetProgress peak(CityTarget target, SortedMap<Integer, Double> known) {
    String unit = target.unit();
    Double cap = target.value() > 0 ? target.value() : null;
    Projection projection = null;
    Status status;
    String why;
    Verdict verdict;
    if (known.size() < PEAK_MIN_YEARS) {
      status = Status.NO_DATA;
      why =
          "a peak target needs at least "
              + PEAK_MIN_YEARS
              + " actual years to read the trend; there "
              + (known.size() == 1 ? "is 1" : "are " + known.size());
      verdict = new Verdict(Verdict.Code.PEAK_TOO_FEW_YEARS, List.of(known.size()), List.of());
    } else {
      SortedMap<Integer, Double> recent = new TreeMap<>();
      List<Integer> ys = new ArrayList<>(known.keySet());
      for (Integer y : ys.subList(Math.max(0, ys.size() - PEAK_TREND_YEARS), ys.size())) {
        recent.put(y, known.get(y));
      }
      projection = projection(recent, target.targetYear(), recent.size(), "latest actual years");
      int peakYear = known.firstKey();
      for (Map.Entry<Integer, Double> e : known.entrySet()) {
        if (e.getValue() > known.get(peakYear)) {
          peakYear = e.getKey();
        }
      }
      double peakValue = known.get(peakYear);
      double slope = projection.slope();
      String trend =
          String.format(
              Locale.ROOT,
              "the trend of %d-%d %s by %s a year",
              recent.firstKey(),
              recent.lastKey(),
              slope < 0 ? "falls" : slope > 0 ? "rises" : "is flat",
              TargetProgress.format(Math.abs(slope), unit));
      String highest =
          "the highest emissions so far, "
              + TargetProgress.format(peakValue, unit)
              + ", were in "
              + peakYear;
      if (peakYear > target.targetYear()) {
        status = Status.OFF_TRACK;
        why = highest + ", after the peak year " + target.targetYear();
        verdict =
            new Verdict(
                Verdict.Code.PEAK_AFTER_TARGET_YEAR,
                List.of(peakYear, target.targetYear()),
                List.of(peakValue));
      } else if (cap != null && !reaches(peakValue, cap)) {
        status = Status.OFF_TRACK;
        why = highest + ", above the cap of " + TargetProgress.format(cap, unit);
        verdict =
            new Verdict(Verdict.Code.PEAK_ABOVE_CAP, List.of(peakYear), List.of(peakValue, cap));
      } else if (slope < 0 && peakYear < known.lastKey()) {
        status = Status.ON_TRACK;
        why = "the trend has turned: " + highest + " and " + trend;
        verdict =
            new Verdict(
                Verdict.Code.PEAK_TURNED,
                List.of(peakYear, recent.firstKey(), recent.lastKey()),
                List.of(peakValue, -slope));
      } else {
        status = Status.OFF_TRACK;
        why =
            "the trend has not turned yet: "
                + highest
                + " and "
                + trend
                + "; emissions must peak by "
                + target.targetYear();
        verdict =
            new Verdict(
                Verdict.Code.PEAK_NOT_TURNED,
                List.of(peakYear, recent.firstKey(), recent.lastKey(), target.targetYear()),
                List.of(peakValue, slope));
      }
    }
    Projection p = projection;
    List<CityYear> years = rows(target, known, p, y -> cap);
    return new CityTargetProgress(
        target,
        unit,
        known.isEmpty() ? null : known.get(known.firstKey()),
        cap,
        years,
        projection,
        status,
        sentence(status, why),
        verdict);
  }

  private static List<CityYear> rows(
      CityTarget target,
      SortedMap<Integer, Double> known,
      Projection projection,
      java.util.function.IntFunction<Double> pathway) {
    int last = Math.max(target.targetYear(), known.isEmpty() ? 0 : known.lastKey());
    double[] line = null;
    if (projection != null) {
      line = Projection.line(window(known, projection)).orElseThrow();
    }
    List<CityYear> years = new ArrayList<>();
    for (int y = target.baseYear(); y <= last; y++) {
      Double p = pathway.apply(y);
      Double a = known.get(y);
      Double proj = null;
      if (line != null && y >= projection.lastYear() && y <= target.targetYear()) {
        proj = y == projection.lastYear() ? a : Math.max(0, line[1] + line[0] * y);
      }
      if (a == null || p == null) {
        years.add(new CityYear(y, p, a, null, proj, Status.NO_DATA));
      } else {
        years.add(
            new CityYear(y, p, a, a - p, proj, reaches(a, p) ? Status.ON_TRACK : Status.OFF_TRACK));
      }
    }
    return List.copyOf(years);
  }

  private static SortedMap<Integer, Double> window(
      SortedMap<Integer, Double> known, Projection projection) {
    return known.subMap(projection.firstYear(), projection.lastYear() + 1);
  }

  private static Projection projection(
      SortedMap<Integer, Double> known, int targetYear, int n, String which) {
    var line = Projection.line(known);
    if (line.isEmpty()) {
      return null;
    }
    double v = Math.max(0, line.get()[1] + line.get()[0] * targetYear);
    return new Projection(
        known.firstKey(),
        known.lastKey(),
        n,
        line.get()[0],
        targetYear,
        v,
        "least-squares line through the "
            + n
            + " "
            + which
            + " "
            + known.firstKey()
            + "-"
            + known.lastKey()
            + ", evaluated in "
            + targetYear
            + ", never below zero");
  }

  private static boolean reaches(double value, double goal) {
    return value <= goal + TOLERANCE * Math.max(1.0, Math.abs(goal));
  }

  private static String sentence(Status status, String why) {
    return status.label().replace('_', ' ') + ": " + why;
  }
}
