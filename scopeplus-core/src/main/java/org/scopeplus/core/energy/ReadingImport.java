package org.scopeplus.core.energy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.problem.ProblemTally;
import org.scopeplus.core.text.Sentence;

/**
 * Checks a meter's interval readings before anything is stored (all or nothing). Refused, with
 * file, row and column: a timestamp that cannot be read, does not exist or is ambiguous in the
 * site's zone ({@link ReadingTimestamps}), one not on the meter's interval, the same interval
 * twice, a reading that is not a number, negative or above {@link IntervalReadings#MAX_KWH}.
 * Accepted with findings: gaps (intervals without a reading between the first and the last) and
 * spikes (a reading above {@link #SPIKE_FACTOR} times the median of the file's positive readings).
 */
public final class ReadingImport {

  /** A spike is a reading above this many times the median positive reading. */
  public static final double SPIKE_FACTOR = 10;

  /** The most readings one upload may carry (11 years of 15-minute readings). */
  public static final int MAX_READINGS = 400_000;

  /** What checking gave. */
  public sealed interface Outcome {
    /** The readings to store, with the gaps and spikes found, and their counts. */
    record Accepted(
        IntervalReadings readings,
        long count,
        List<Problem> findings,
        long gapIntervals,
        long spikes)
        implements Outcome {}

    /**
     * Nothing to store: the problems (the first {@link ProblemTally#configuredLimit()}) and how
     * many there were.
     */
    record Refused(List<Problem> problems, long problemCount) implements Outcome {}
  }

  private ReadingImport() {}

  public static Outcome check(Meter meter, ZoneId zone, String file, Iterable<ReadingRow> rows) {
    IntervalReadings readings = IntervalReadings.of(meter);
    ProblemTally problems = new ProblemTally();
    Map<Instant, Long> rowOf = new HashMap<>();
    long count = 0;
    for (ReadingRow r : rows) {
      List<Problem> found = new ArrayList<>(1);
      if (++count > MAX_READINGS) {
        found.add(
            new Problem(
                file,
                r.row(),
                "",
                "more than " + MAX_READINGS + " readings in one upload: split the file by year",
                Sentence.of("problem.reading.tooMany", String.valueOf(MAX_READINGS))));
        problems.addAll(found);
        break;
      }
      Instant at = null;
      ReadingTimestamps.Read t = ReadingTimestamps.read(r.timestamp(), zone);
      if (t instanceof ReadingTimestamps.Read.Refused x) {
        found.add(new Problem(file, r.row(), "timestamp", x.reason(), x.sentence()));
      } else {
        at = ((ReadingTimestamps.Read.At) t).instant();
        if (!readings.aligned(at)) {
          found.add(
              new Problem(
                  file,
                  r.row(),
                  "timestamp",
                  r.timestamp()
                      + " does not start a "
                      + meter.intervalMinutes()
                      + "-minute interval (the meter's): give each interval's start"
                      + (meter.phaseMinutes() == 0
                          ? ""
                          : " (this meter's intervals start "
                              + meter.phaseMinutes()
                              + " minutes past the UTC grid, as its site's clock does)"),
                  meter.phaseMinutes() == 0
                      ? Sentence.of(
                          "problem.reading.notAligned",
                          r.timestamp(),
                          String.valueOf(meter.intervalMinutes()))
                      : Sentence.of(
                          "problem.reading.notOnPhase",
                          r.timestamp(),
                          String.valueOf(meter.intervalMinutes()),
                          String.valueOf(meter.phaseMinutes()))));
          at = null;
        } else if (rowOf.containsKey(at)) {
          found.add(
              new Problem(
                  file,
                  r.row(),
                  "timestamp",
                  "the interval starting "
                      + at
                      + " was given already in row "
                      + rowOf.get(at)
                      + ": a duplicate",
                  Sentence.of(
                      "problem.reading.duplicate", at.toString(), String.valueOf(rowOf.get(at)))));
          at = null;
        }
      }
      double kwh = Double.NaN;
      try {
        kwh =
            r.kwh() == null || r.kwh().length() > 40
                ? Double.NaN
                : Double.parseDouble(r.kwh().strip());
      } catch (NumberFormatException e) {
        // refused below
      }
      if (Double.isNaN(kwh) || Double.isInfinite(kwh)) {
        found.add(
            new Problem(
                file,
                r.row(),
                "kwh",
                "'" + r.kwh() + "' is not a number of kWh",
                Sentence.of("problem.reading.notNumber", String.valueOf(r.kwh()))));
      } else if (kwh < 0) {
        found.add(
            new Problem(
                file,
                r.row(),
                "kwh",
                "a reading is not negative: an "
                    + meter.direction().name().toLowerCase(java.util.Locale.ROOT)
                    + " meter counts energy one way (use an export meter for the other)",
                Sentence.of(
                    "problem.reading.negative",
                    meter.direction().name().toLowerCase(java.util.Locale.ROOT))));
      } else if (kwh > IntervalReadings.MAX_KWH) {
        found.add(
            new Problem(
                file,
                r.row(),
                "kwh",
                kwh + " kWh in one interval is beyond 1 GWh: check the unit (kWh, not Wh)",
                Sentence.of("problem.reading.beyondGwh", String.valueOf(kwh))));
      }
      if (!found.isEmpty()) {
        problems.addAll(found);
        continue;
      }
      rowOf.put(at, r.row());
      readings.put(at, IntervalReadings.wattHours(kwh));
    }
    if (!problems.isEmpty()) {
      return new Outcome.Refused(problems.listed(), problems.count());
    }
    if (rowOf.isEmpty()) {
      return new Outcome.Refused(
          List.of(
              new Problem(
                  file,
                  0,
                  "",
                  "no readings: give rows of timestamp,kwh",
                  Sentence.of("problem.reading.none"))),
          1);
    }
    return findings(readings, file, rowOf);
  }

  private static Outcome findings(
      IntervalReadings readings, String file, Map<Instant, Long> rowOf) {
    ProblemTally findings = new ProblemTally();
    Instant[] times = rowOf.keySet().toArray(new Instant[0]);
    Arrays.sort(times);
    Duration step = Duration.ofMinutes(readings.intervalMinutes());
    long gapIntervals = 0;
    for (int i = 1; i < times.length; i++) {
      long missing = Duration.between(times[i - 1], times[i]).dividedBy(step) - 1;
      if (missing > 0) {
        gapIntervals += missing;
        findings.add(
            new Problem(
                file,
                rowOf.get(times[i]),
                "timestamp",
                "gap: "
                    + missing
                    + " interval(s) without a reading from "
                    + times[i - 1].plus(step)
                    + " to before "
                    + times[i]
                    + " (after row "
                    + rowOf.get(times[i - 1])
                    + ")",
                Sentence.of(
                    "problem.reading.gap",
                    String.valueOf(missing),
                    times[i - 1].plus(step).toString(),
                    times[i].toString(),
                    String.valueOf(rowOf.get(times[i - 1])))));
      }
    }
    double[] positive =
        Arrays.stream(times).mapToDouble(readings::at).filter(v -> v > 0).sorted().toArray();
    long spikes = 0;
    if (positive.length >= 10) {
      double median = positive[positive.length / 2];
      for (Instant t : times) {
        int v = readings.at(t);
        if (v > SPIKE_FACTOR * median) {
          spikes++;
          findings.add(
              new Problem(
                  file,
                  rowOf.get(t),
                  "kwh",
                  String.format(
                      java.util.Locale.ROOT,
                      "spike: %.3f kWh is %.0f times the median reading (%.3f kWh); kept, check"
                          + " it",
                      v / 1000.0,
                      v / median,
                      median / 1000.0),
                  Sentence.of(
                      "problem.reading.spike",
                      String.format(java.util.Locale.ROOT, "%.3f", v / 1000.0),
                      String.format(java.util.Locale.ROOT, "%.0f", v / median),
                      String.format(java.util.Locale.ROOT, "%.3f", median / 1000.0))));
        }
      }
    }
    return new Outcome.Accepted(readings, times.length, findings.listed(), gapIntervals, spikes);
  }
}
