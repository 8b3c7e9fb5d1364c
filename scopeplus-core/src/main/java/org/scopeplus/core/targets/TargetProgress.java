package org.scopeplus.core.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scopeplus.core.text.Sentence;

/**
 * A target's progress: the baseline, the target value, each year from the base year to the target
 * year with its pathway value, actual and gap, a projection to the target year from the trend, and
 * whether the target is on track.
 *
 * <p>The target is on track when its value in the target year reaches the target value: the actual
 * value once the target year has one, else the least-squares projection over the actual years, else
 * (a single actual year) that year against its pathway value. A restated base year moves the
 * baseline, and with it the target value and the pathway; {@code baselineNote} says so.
 *
 * @param target the target
 * @param unit the unit of every value
 * @param baseValue the base-year value (0 for a cumulative target, which starts from nothing)
 * @param baselineNote where the baseline comes from, and its restatement when there was one
 * @param targetLevel the value to reach in the target year
 * @param years every year from the base year to the target year, and any later actual year
 * @param projection the projection, or null with fewer than two actual years
 * @param status on track, off track, or no data
 * @param explanation why, in a sentence, in English
 * @param baselineWording {@code baselineNote} as a message key with its arguments ({@code
 *     targets.baseline.*}), for a reader's language
 * @param explanationWording {@code explanation} as a message key with its arguments ({@code
 *     targets.explanation})
 */
public record TargetProgress(
    Target target,
    String unit,
    double baseValue,
    String baselineNote,
    double targetLevel,
    List<YearProgress> years,
    Projection projection,
    Status status,
    String explanation,
    Sentence baselineWording,
    Sentence explanationWording) {

  /** Relative tolerance when comparing an actual with a pathway (rounding of tonnes). */
  private static final double TOLERANCE = 1e-9;

  /**
   * Measures {@code target} against {@code actuals} (value per year, in the target's unit; for a
   * cumulative target the amount of each year, not the running sum), using the years up to {@code
   * upToYear} only.
   *
   * @param restatement a sentence saying how the base year was restated, or null when it was not
   */
  public static ProgressOutcome of(
      Target target, SortedMap<Integer, Double> actuals, String restatement, int upToYear) {
    SortedMap<Integer, Double> known = new TreeMap<>();
    for (Map.Entry<Integer, Double> e : actuals.entrySet()) {
      if (e.getKey() >= target.baseYear() && e.getKey() <= upToYear && e.getValue() != null) {
        if (!Double.isFinite(e.getValue())) {
          return new ProgressOutcome.Refused(
              "the actual value of " + e.getKey() + " is not a number");
        }
        known.put(e.getKey(), e.getValue());
      }
    }
    TargetKind kind = target.kind();
    if (kind == TargetKind.CUMULATIVE) {
      return new ProgressOutcome.Measured(cumulative(target, known, restatement));
    }
    Double base = known.get(target.baseYear());
    if (base == null) {
      return new ProgressOutcome.Refused(
          "there is no actual value for the base year "
              + target.baseYear()
              + " of target '"
              + target.name()
              + "', so its baseline is unknown");
    }
    double level = kind.share() ? target.targetValue() : base * (1.0 - target.targetValue());
    Sentence noteWording =
        restatement == null
            ? Sentence.of(
                "targets.baseline.actual",
                Integer.toString(target.baseYear()),
                value(base, target.unit()))
            : Sentence.of(
                "targets.baseline.restated",
                Integer.toString(target.baseYear()),
                value(base, target.unit()),
                restatement);
    String note =
        "baseline: the actual "
            + target.baseYear()
            + " value, "
            + format(base, target.unit())
            + (restatement == null
                ? ""
                : "; the base year was restated ("
                    + restatement
                    + "), which moved the baseline,"
                    + " the target value and the pathway");
    int last = Math.max(target.targetYear(), known.isEmpty() ? 0 : known.lastKey());
    List<YearProgress> years = new ArrayList<>();
    for (int y = target.baseYear(); y <= last; y++) {
      double p = target.pathway().valueIn(y, target.baseYear(), base, target.targetYear(), level);
      years.add(row(y, p, known.get(y), kind.rising()));
    }
    Projection projection = null;
    var line = Projection.line(known);
    if (line.isPresent()) {
      double v = line.get()[1] + line.get()[0] * target.targetYear();
      v = kind.share() ? Math.max(0, Math.min(1, v)) : Math.max(0, v);
      projection =
          new Projection(
              known.firstKey(),
              known.lastKey(),
              known.size(),
              line.get()[0],
              target.targetYear(),
              v,
              "least-squares line through the "
                  + known.size()
                  + " actual years "
                  + known.firstKey()
                  + "-"
                  + known.lastKey()
                  + ", evaluated in "
                  + target.targetYear()
                  + (kind.share() ? ", kept between 0 and 1" : ", never below zero"),
              Sentence.of(
                  kind.share() ? "targets.projection.share" : "targets.projection.line",
                  Integer.toString(known.size()),
                  Integer.toString(known.firstKey()),
                  Integer.toString(known.lastKey()),
                  Integer.toString(target.targetYear())));
    }
    return new ProgressOutcome.Measured(
        judged(target, base, note, noteWording, level, years, known, projection));
  }

  private static TargetProgress cumulative(
      Target target, SortedMap<Integer, Double> known, String restatement) {
    int n = target.targetYear() - target.baseYear() + 1;
    double goal = target.targetValue();
    List<YearProgress> years = new ArrayList<>();
    double sum = 0;
    boolean complete = true;
    for (int y = target.baseYear(); y <= target.targetYear(); y++) {
      double p = goal * (y - target.baseYear() + 1) / n;
      Double a = known.get(y);
      complete = complete && a != null;
      if (complete) {
        sum += a;
      }
      years.add(row(y, p, complete ? sum : null, true));
    }
    SortedMap<Integer, Double> running = new TreeMap<>();
    for (YearProgress y : years) {
      if (y.actual() != null) {
        running.put(y.year(), y.actual());
      }
    }
    Projection projection = null;
    SortedMap<Integer, Double> annual = new TreeMap<>();
    for (Integer y : running.keySet()) {
      annual.put(y, known.get(y));
    }
    var line = Projection.line(annual);
    if (line.isPresent()) {
      double v = running.get(running.lastKey());
      for (int y = running.lastKey() + 1; y <= target.targetYear(); y++) {
        v += Math.max(0, line.get()[1] + line.get()[0] * y);
      }
      projection =
          new Projection(
              annual.firstKey(),
              annual.lastKey(),
              annual.size(),
              line.get()[0],
              target.targetYear(),
              v,
              "the sum of the actual years "
                  + annual.firstKey()
                  + "-"
                  + annual.lastKey()
                  + " plus, for each year to "
                  + target.targetYear()
                  + ", the least-squares line through their "
                  + annual.size()
                  + " annual amounts (never below zero)",
              Sentence.of(
                  "targets.projection.cumulative",
                  Integer.toString(annual.firstKey()),
                  Integer.toString(annual.lastKey()),
                  Integer.toString(target.targetYear()),
                  Integer.toString(annual.size())));
    }
    String note =
        "a cumulative target starts from nothing in "
            + target.baseYear()
            + "; its pathway spends the goal evenly over the "
            + n
            + " years"
            + (restatement == null ? "" : "; the base year was restated (" + restatement + ")");
    Sentence noteWording =
        restatement == null
            ? Sentence.of(
                "targets.baseline.cumulative",
                Integer.toString(target.baseYear()),
                Integer.toString(n))
            : Sentence.of(
                "targets.baseline.cumulativeRestated",
                Integer.toString(target.baseYear()),
                Integer.toString(n),
                restatement);
    return judged(target, 0, note, noteWording, goal, years, running, projection);
  }

  private static YearProgress row(int year, double pathway, Double actual, boolean rising) {
    if (actual == null) {
      return new YearProgress(year, pathway, null, null, Status.NO_DATA);
    }
    return new YearProgress(
        year,
        pathway,
        actual,
        actual - pathway,
        reaches(actual, pathway, rising) ? Status.ON_TRACK : Status.OFF_TRACK);
  }

  private static boolean reaches(double value, double goal, boolean rising) {
    double slack = TOLERANCE * Math.max(1.0, Math.abs(goal));
    return rising ? value >= goal - slack : value <= goal + slack;
  }

  private static TargetProgress judged(
      Target target,
      double base,
      String note,
      Sentence noteWording,
      double level,
      List<YearProgress> years,
      SortedMap<Integer, Double> known,
      Projection projection) {
    boolean rising = target.kind().rising();
    String unit = target.unit();
    String goal = format(level, unit);
    Status status;
    String why;
    Sentence whyWording;
    Double atTarget = known.get(target.targetYear());
    if (atTarget != null) {
      status = reaches(atTarget, level, rising) ? Status.ON_TRACK : Status.OFF_TRACK;
      why =
          "the actual "
              + target.targetYear()
              + " value "
              + format(atTarget, unit)
              + (status == Status.ON_TRACK ? " reaches" : " misses")
              + " the target value "
              + goal;
      whyWording =
          Sentence.of(
              status == Status.ON_TRACK ? "targets.why.reaches" : "targets.why.misses",
              Integer.toString(target.targetYear()),
              value(atTarget, unit),
              value(level, unit));
    } else if (projection != null) {
      status = reaches(projection.value(), level, rising) ? Status.ON_TRACK : Status.OFF_TRACK;
      why =
          "the projection to "
              + target.targetYear()
              + ", "
              + format(projection.value(), unit)
              + (status == Status.ON_TRACK ? ", reaches" : ", misses")
              + " the target value "
              + goal
              + " ("
              + projection.method()
              + ")";
      whyWording =
          Sentence.of(
              status == Status.ON_TRACK
                  ? "targets.why.projectionReaches"
                  : "targets.why.projectionMisses",
              Integer.toString(target.targetYear()),
              value(projection.value(), unit),
              value(level, unit),
              projection.methodWording());
    } else if (!known.isEmpty()) {
      YearProgress only =
          years.stream().filter(y -> y.actual() != null).reduce((a, b) -> b).orElseThrow();
      status = only.status();
      why =
          "one actual year only ("
              + only.year()
              + "), judged against its pathway value "
              + format(only.pathway(), unit)
              + "; a projection needs two actual years";
      whyWording =
          Sentence.of(
              "targets.why.oneYear", Integer.toString(only.year()), value(only.pathway(), unit));
    } else {
      status = Status.NO_DATA;
      why = "no actual value yet";
      whyWording = Sentence.of("targets.why.noData");
    }
    return new TargetProgress(
        target,
        unit,
        base,
        note,
        level,
        List.copyOf(years),
        projection,
        status,
        status.label().replace('_', ' ') + ": " + why,
        noteWording,
        Sentence.of(
            "targets.explanation", Sentence.of("targets.status." + status.label()), whyWording));
  }

  /**
   * The same progress with its baseline note, explanation and projection method said by {@code
   * wording} (e.g. a reader's language); the keys stay in the wording components.
   */
  public TargetProgress in(Sentence.Wording wording) {
    Projection p =
        projection == null
            ? null
            : new Projection(
                projection.firstYear(),
                projection.lastYear(),
                projection.points(),
                projection.slope(),
                projection.year(),
                projection.value(),
                projection.methodWording().in(wording),
                projection.methodWording());
    return new TargetProgress(
        target,
        unit,
        baseValue,
        baselineWording.in(wording),
        targetLevel,
        years,
        p,
        status,
        explanationWording.in(wording),
        baselineWording,
        explanationWording);
  }

  /**
   * A value in its unit as a sentence ({@code targets.value.*}): shares as percentages, others with
   * four significant digits, or whole above 1,000, as {@link #format} writes them.
   */
  static Sentence value(double value, String unit) {
    if (unit.equals("share")) {
      return Sentence.of("targets.value.share", String.format(Locale.ROOT, "%.1f", value * 100));
    }
    String number =
        Math.abs(value) >= 1000
            ? String.format(Locale.ROOT, "%,.0f", value)
            : String.format(Locale.ROOT, "%.4g", value);
    String key =
        switch (unit) {
          case "t CO2e" -> "targets.value.tonnes";
          case "t CO2e per million revenue" -> "targets.value.perRevenue";
          case "t CO2e per employee" -> "targets.value.perEmployee";
          case "t CO2e per m2" -> "targets.value.perArea";
          default -> throw new IllegalArgumentException("no sentence for the unit " + unit);
        };
    return Sentence.of(key, number);
  }

  /** A value in its unit for a sentence: shares as percentages, others with four significant. */
  public static String format(double value, String unit) {
    if (unit.equals("share")) {
      return String.format(Locale.ROOT, "%.1f%%", value * 100);
    }
    if (Math.abs(value) >= 1000) {
      return String.format(Locale.ROOT, "%,.0f %s", value, unit);
    }
    return String.format(Locale.ROOT, "%.4g %s", value, unit);
  }
}
