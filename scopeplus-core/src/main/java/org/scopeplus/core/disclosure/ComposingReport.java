package org.scopeplus.core.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.scopeplus.core.calculation.LineSink;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.core.org.OrgStructure;

/**
 * Composes the annual report of a run from its lines: takes each line (from the engine, or from a
 * stored trace as a {@link ReportLine}), keeps the exact sum of the lines of each {@link LineGroup}
 * (so memory grows with the groups, not the lines), and derives every figure from the groups. Up to
 * {@link #DETAIL_LIMIT} lines it keeps the lines themselves too, for the data pack to list one by
 * one; beyond that it lets them go and the groups stand for them. Sums are exact ({@link
 * Math#addExact}); a sum beyond a {@code long} is an {@link ArithmeticException}, which a run's own
 * sums would have refused first. Not thread-safe.
 */
public final class ComposingReport implements LineSink {

  /**
   * The most lines a report lists one by one (the data pack's lines sheet, a row each): well below
   * a spreadsheet's 1,048,576 rows, and few enough to hold in memory while the report is written.
   */
  public static final int DETAIL_LIMIT = 100_000;

  private final ReportSubject marking;
  private final Map<Key, long[]> groups = new TreeMap<>();
  private List<ReportLine> detail = new ArrayList<>();

  /** A composition for a report about {@code subject} (its ETS facilities mark the lines). */
  public ComposingReport(ReportSubject subject) {
    this.marking = subject;
  }

  /** A composition whose lines come from facilities of which none is ETS-covered. */
  public ComposingReport() {
    this.marking = new ReportSubject("", "", 0, "", "", "", "", "", Set.of());
  }

  @Override
  public void accept(ResultLine line) {
    accept(ReportLine.of(line));
  }

  /** Adds one line to its group. */
  public void accept(ReportLine line) {
    Key k =
        new Key(
            businessUnit(line.orgUnit()),
            line.activityType(),
            line.method(),
            line.scope(),
            line.category(),
            line.scope2Method(),
            line.gas(),
            line.slot(),
            line.primary(),
            marking.etsCovered(line.facility()),
            line.factorId(),
            line.factorSource());
    long[] sum = groups.computeIfAbsent(k, x -> new long[3]);
    sum[0] = Math.addExact(sum[0], line.co2eGrams());
    sum[1] = Math.addExact(sum[1], 1);
    sum[2] = Math.addExact(sum[2], line.gasGrams());
    if (detail != null) {
      if (detail.size() < DETAIL_LIMIT) {
        detail.add(line);
      } else {
        detail = null; // too many to list: the groups stand for them
      }
    }
  }

  /**
   * The business unit of an org unit path: its first two levels ({@code Group/Cloud} of {@code
   * Group/Cloud/DC-1}), or the path itself when it has one level.
   */
  public static String businessUnit(String orgUnit) {
    String p = OrgStructure.normalise(orgUnit);
    int first = p.indexOf('/');
    if (first < 0) {
      return p;
    }
    int second = p.indexOf('/', first + 1);
    return second < 0 ? p : p.substring(0, second);
  }

  /** The groups so far, in a stable order. */
  public List<LineGroup> groups() {
    List<LineGroup> out = new ArrayList<>(groups.size());
    groups.forEach(
        (k, v) ->
            out.add(
                new LineGroup(
                    k.businessUnit,
                    k.activityType,
                    k.method,
                    k.scope,
                    k.category,
                    k.scope2Method,
                    k.gas,
                    k.slot,
                    k.primary,
                    k.ets,
                    k.factorId,
                    k.factorSource,
                    v[0],
                    v[1],
                    v[2])));
    return out;
  }

  /** The report of the lines taken, about {@code subject}, with {@code context} beside them. */
  public AnnualReport compose(ReportSubject subject, ReportContext context) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(context, "context");
    return of(subject, groups(), detail == null ? List.of() : detail, context);
  }

  /** The report of these groups: every figure a sum of some of them. */
  public static AnnualReport of(
      ReportSubject subject, List<LineGroup> groups, ReportContext context) {
    return of(subject, groups, List.of(), context);
  }

  /**
   * The report of these groups, listing {@code detail}, the lines they sum (all of them, or none).
   */
  public static AnnualReport of(
      ReportSubject subject,
      List<LineGroup> groups,
      List<ReportLine> detail,
      ReportContext context) {
    long[] totals = new long[6];
    long[] cat = new long[16];
    long[] catPrimary = new long[16];
    long[] catLines = new long[16];
    List<Set<String>> catMethods = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      catMethods.add(new TreeSet<>());
    }
    SortedMap<String, long[]> gases = new TreeMap<>();
    SortedMap<String, long[]> units = new TreeMap<>();
    SortedMap<String, long[]> factors = new TreeMap<>();
    Map<String, String> factorSources = new TreeMap<>();
    long ets = 0;
    long lines = 0;
    for (LineGroup g : groups) {
      lines = Math.addExact(lines, g.lines());
      totals[g.slot()] = Math.addExact(totals[g.slot()], g.grams());
      long[] u = units.computeIfAbsent(g.businessUnit(), x -> new long[6]);
      u[g.slot()] = Math.addExact(u[g.slot()], g.grams());
      if (g.slot() == 3) {
        int c = g.category();
        cat[c] = Math.addExact(cat[c], g.grams());
        catLines[c] = Math.addExact(catLines[c], g.lines());
        if (g.primary()) {
          catPrimary[c] = Math.addExact(catPrimary[c], g.grams());
        }
        if (!g.method().isEmpty()) {
          catMethods.get(c).add(g.method());
        }
      }
      if (g.slot() == 0 && g.ets()) {
        ets = Math.addExact(ets, g.grams());
      }
      if (g.slot() < 4) {
        long[] gas = gases.computeIfAbsent(g.gas(), x -> new long[4]);
        if (g.slot() != 2) {
          gas[0] = Math.addExact(gas[0], g.grams());
          gas[2] = Math.addExact(gas[2], g.gasGrams());
        }
        if (g.slot() != 1) {
          gas[1] = Math.addExact(gas[1], g.grams());
          gas[3] = Math.addExact(gas[3], g.gasGrams());
        }
      }
      String fk = g.factorId().isEmpty() ? "" : g.factorId();
      long[] f = factors.computeIfAbsent(fk, x -> new long[2]);
      f[0] = Math.addExact(f[0], g.grams());
      f[1] = Math.addExact(f[1], g.lines());
      factorSources.putIfAbsent(fk, g.factorSource());
    }
    List<AnnualReport.CategoryFigure> scope3 = new ArrayList<>();
    for (int c = 1; c <= 15; c++) {
      scope3.add(
          new AnnualReport.CategoryFigure(
              c, cat[c], String.join(", ", catMethods.get(c)), catPrimary[c], catLines[c]));
    }
    List<AnnualReport.GasFigure> gasFigures = new ArrayList<>();
    gases.forEach((k, v) -> gasFigures.add(new AnnualReport.GasFigure(k, v[0], v[1], v[2], v[3])));
    List<AnnualReport.UnitFigure> unitFigures = new ArrayList<>();
    units.forEach((k, v) -> unitFigures.add(new AnnualReport.UnitFigure(k, totalsOf(v))));
    List<AnnualReport.FactorFigure> factorFigures = new ArrayList<>();
    factors.forEach(
        (k, v) ->
            factorFigures.add(new AnnualReport.FactorFigure(k, factorSources.get(k), v[0], v[1])));
    return new AnnualReport(
        subject,
        totalsOf(totals),
        scope3,
        gasFigures,
        unitFigures,
        factorFigures,
        ets,
        context,
        groups,
        lines,
        detail);
  }

  private static Totals totalsOf(long[] a) {
    return new Totals(a[0], a[1], a[2], a[3], a[4], a[5]);
  }

  private record Key(
      String businessUnit,
      String activityType,
      String method,
      int scope,
      int category,
      Scope2Method scope2Method,
      String gas,
      int slot,
      boolean primary,
      boolean ets,
      String factorId,
      String factorSource)
      implements Comparable<Key> {

    @Override
    public int compareTo(Key o) {
      int c = businessUnit.compareTo(o.businessUnit);
      if (c == 0) c = Integer.compare(slot, o.slot);
      if (c == 0) c = Integer.compare(category, o.category);
      if (c == 0) c = activityType.compareTo(o.activityType);
      if (c == 0) c = gas.compareTo(o.gas);
      if (c == 0) c = scope2Method.compareTo(o.scope2Method);
      if (c == 0) c = method.compareTo(o.method);
      if (c == 0) c = Integer.compare(scope, o.scope);
      if (c == 0) c = Boolean.compare(primary, o.primary);
      if (c == 0) c = Boolean.compare(ets, o.ets);
      if (c == 0) c = factorId.compareTo(o.factorId);
      if (c == 0) c = factorSource.compareTo(o.factorSource);
      return c;
    }
  }
}
