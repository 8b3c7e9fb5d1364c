package org.scopeplus.io.uncertainty;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scopeplus.core.quality.DataQualityIndicators;
import org.scopeplus.core.quality.DataQualitySummary;
import org.scopeplus.core.uncertainty.Interval;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The result of an uncertainty assessment: the 95% intervals of Approach 1 and, when run, of
 * Approach 2 with its seed and iterations, and the data-quality scores; written as JSON (schema
 * {@code scopeplus.uncertainty/1}, docs/uncertainty.md) or as a table.
 *
 * @param lines the number of lines assessed
 * @param approach1 Approach 1 intervals, or null when not asked for
 * @param approach2 Approach 2 intervals, or null when not run
 * @param seed the Monte Carlo seed
 * @param iterations the Monte Carlo iterations (0 when not run)
 * @param quality the data-quality summaries
 */
public record UncertaintyReport(
    long lines,
    List<Interval> approach1,
    List<Interval> approach2,
    long seed,
    int iterations,
    List<DataQualitySummary> quality) {

  /** The format identifier written as {@code schema}. */
  public static final String SCHEMA = "scopeplus.uncertainty/1";

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** The JSON tree, keys in a fixed order: the same assessment gives the same bytes. */
  public Map<String, Object> tree() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", SCHEMA);
    root.put("unit", "t CO2e");
    root.put("confidence", "95%");
    root.put("lines", lines);
    if (approach1 != null) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("method", "IPCC 2006 Vol. 1 Ch. 3 Approach 1, Equations 3.1 and 3.2");
      a.put("intervals", intervals(approach1));
      root.put("approach1", a);
    }
    if (approach2 != null) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("method", "IPCC 2006 Vol. 1 Ch. 3 Approach 2, Monte Carlo");
      a.put("seed", seed);
      a.put("iterations", iterations);
      a.put("intervals", intervals(approach2));
      root.put("approach2", a);
    }
    List<Object> q = new ArrayList<>();
    for (DataQualitySummary s : quality) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("part", s.part());
      m.put("lines", s.lines());
      List<String> names = DataQualityIndicators.names();
      for (int i = 0; i < names.size(); i++) {
        m.put(names.get(i), round(s.means()[i], 2));
      }
      q.add(m);
    }
    root.put("dataQuality", q);
    return root;
  }

  private static List<Object> intervals(List<Interval> intervals) {
    List<Object> out = new ArrayList<>();
    for (Interval i : intervals) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("total", i.cell());
      m.put("centralTonnes", BigDecimal.valueOf(i.centralGrams(), 6));
      m.put("meanTonnes", tonnes(i.meanGrams()));
      m.put("lowerTonnes", tonnes(i.lowerGrams()));
      m.put("upperTonnes", tonnes(i.upperGrams()));
      m.put("minusPercent", round(i.minusPercent(), 2));
      m.put("plusPercent", round(i.plusPercent(), 2));
      out.add(m);
    }
    return out;
  }

  private static BigDecimal tonnes(double grams) {
    return BigDecimal.valueOf(Math.round(grams), 6);
  }

  private static BigDecimal round(double v, int places) {
    return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_EVEN);
  }

  /** Writes the JSON. */
  public void writeJson(OutputStream out) throws IOException {
    MAPPER.writeValue(out, tree());
  }

  /** Writes a table: one row per total with both approaches, then the data-quality scores. */
  public void writeTable(OutputStream out) {
    PrintWriter p = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    p.printf(Locale.ROOT, "Uncertainty (95%% interval) of %,d lines%n", lines);
    p.printf(
        Locale.ROOT,
        "%-26s %18s %20s %24s%n",
        "total",
        "t CO2e",
        "Approach 1",
        approach2 == null ? "" : "Approach 2 (" + iterations + " iterations, seed " + seed + ")");
    List<Interval> rows = approach1 != null ? approach1 : approach2;
    for (int r = 0; r < rows.size(); r++) {
      Interval one = approach1 == null ? null : approach1.get(r);
      Interval two = approach2 == null ? null : approach2.get(r);
      Interval any = one != null ? one : two;
      p.printf(
          Locale.ROOT,
          "%-26s %,18.3f %20s %24s%n",
          any.cell(),
          any.centralGrams() / 1e6,
          one == null ? "" : range(one),
          two == null ? "" : range(two));
    }
    p.println();
    p.println("Data quality (1 very good to 5 very poor, weighted by t CO2e)");
    p.printf(
        Locale.ROOT,
        "%-10s %10s %14s %9s %13s %13s %12s%n",
        "part",
        "lines",
        "technological",
        "temporal",
        "geographical",
        "completeness",
        "reliability");
    for (DataQualitySummary s : quality) {
      double[] m = s.means();
      p.printf(
          Locale.ROOT,
          "%-10s %,10d %14.2f %9.2f %13.2f %13.2f %12.2f%n",
          s.part(),
          s.lines(),
          m[0],
          m[1],
          m[2],
          m[3],
          m[4]);
    }
    p.flush();
  }

  private static String range(Interval i) {
    return String.format(Locale.ROOT, "-%.1f%% / +%.1f%%", i.minusPercent(), i.plusPercent());
  }
}
