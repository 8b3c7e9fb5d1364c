package org.scopeplus.cli.city;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scopeplus.cli.options.TableOrJson;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.city.GpcCompleteness;
import org.scopeplus.core.city.GpcLevel;
import org.scopeplus.core.city.GpcLine;
import org.scopeplus.core.city.GpcSector;
import org.scopeplus.core.city.GpcTotals;
import org.scopeplus.core.city.activity.CalculatedLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scopeplus city inventory [FILE] [--activity FILE]...}: the GPC totals and completeness of
 * a reporting sheet, with lines calculated from city activity data.
 */
@Command(
    name = "inventory",
    mixinStandardHelpOptions = true,
    description = {
      "BASIC, BASIC+, territorial and per-sector totals of each city and year of a GPC reporting"
          + " sheet (CSV or XLSX, docs/city.md), in both GPC views, and the completeness check at"
          + " the chosen level.",
      "Lines may be calculated from city activity files (--activity): activity records with a"
          + " gpc_reference column, calculated with the built-in factors and merged with the"
          + " sheet's lines, or alone with --city and --year.",
      "Exit 0 with the report; 1 when the sheet or an activity file has problems (listed with"
          + " file, row, column); 2 on a wrong option."
    })
public final class CityInventoryCommand implements Callable<Integer> {

  @Mixin CityInventorySources sources;

  @Option(
      names = "--trace",
      description =
          "Show each calculated line's trace: activity record, factor with its source, grams.")
  boolean trace;

  @Option(
      names = "--level",
      defaultValue = "basic",
      description = "basic (default) or basic+: the level the completeness check applies.")
  String level;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table (default) or json (schema scopeplus.city-inventory/1).")
  TableOrJson format;

  @Override
  public Integer call() throws IOException {
    GpcLevel chosen = GpcLevel.parse(level).orElse(null);
    if (chosen == null) {
      System.err.println("--level is basic or basic+, not " + level);
      return 2;
    }
    String wrong = sources.refusal();
    if (wrong != null) {
      System.err.println(wrong);
      return 2;
    }
    Map<CityInventory, List<CalculatedLine>> calculated = new LinkedHashMap<>();
    List<CityInventory> inventories = sources.inventories(calculated);
    if (inventories == null) {
      return CityCommand.EXIT_PROBLEMS;
    }
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    if (format == TableOrJson.json) {
      out.println(json(inventories, chosen, calculated));
      return 0;
    }
    for (CityInventory inv : inventories) {
      table(out, inv, chosen);
      ActivityLines.table(out, calculated.getOrDefault(inv, List.of()), trace);
    }
    out.flush();
    return 0;
  }

  private static void table(PrintWriter out, CityInventory inv, GpcLevel level) {
    GpcTotals t = GpcTotals.of(inv);
    out.printf("%s %d: GPC v1.1 city inventory, t CO2e%n", inv.city(), inv.year());
    out.printf(
        "%-46s %16s %16s %16s %16s %16s%n",
        "sector", "BASIC", "BASIC+", "scope 1", "scope 2", "scope 3");
    for (GpcSector s : GpcSector.values()) {
      GpcTotals.SectorTotals st = t.sectors().get(s);
      out.printf(
          "%-46s %16s %16s %16s %16s %16s%n",
          s.numeral() + " " + s.title(),
          tonnes(st.basic()),
          tonnes(st.basicPlus()),
          tonnes(st.scope1()),
          tonnes(st.scope2()),
          tonnes(st.scope3()));
    }
    out.printf(
        "%-46s %16s %16s %16s %16s %16s%n",
        "total",
        tonnes(t.basic()),
        tonnes(t.basicPlus()),
        tonnes(t.scope1()),
        tonnes(t.scope2()),
        tonnes(t.scope3()));
    out.printf("territorial (scope 1) total: %s t CO2e%n", tonnes(t.territorial()));
    GpcCompleteness c = GpcCompleteness.of(inv, level);
    if (c.complete()) {
      out.printf("completeness at %s: complete%n", level.label());
    } else {
      out.printf(
          "completeness at %s: %d line%s without value or notation key:%n",
          level.label(), c.missing().size(), c.missing().size() == 1 ? "" : "s");
      for (GpcLine l : c.missing()) {
        out.printf("  %-8s %s%n", l.reference(), describe(l));
      }
    }
    if (!c.notEstimated().isEmpty()) {
      out.printf(
          "not estimated (NE): %s%n",
          String.join(", ", c.notEstimated().stream().map(GpcLine::reference).toList()));
    }
    out.println();
  }

  static String describe(GpcLine l) {
    return l.subsector() + ", scope " + l.scope() + ": " + l.description();
  }

  static String tonnes(long grams) {
    return String.format(
        Locale.ROOT,
        "%,.1f",
        BigDecimal.valueOf(grams, 6).setScale(1, java.math.RoundingMode.HALF_EVEN));
  }

  private String json(
      List<CityInventory> inventories,
      GpcLevel level,
      Map<CityInventory, List<CalculatedLine>> calculated) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CityInventory inv : inventories) {
      GpcTotals t = GpcTotals.of(inv);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("city", inv.city());
      row.put("year", inv.year());
      Map<String, Object> totals =
          totals(t.basic(), t.basicPlus(), t.scope1(), t.scope2(), t.scope3());
      totals.put("territorial_t", exact(t.territorial()));
      row.put("totals", totals);
      Map<String, Object> sectors = new LinkedHashMap<>();
      for (GpcSector s : GpcSector.values()) {
        GpcTotals.SectorTotals st = t.sectors().get(s);
        Map<String, Object> m =
            totals(st.basic(), st.basicPlus(), st.scope1(), st.scope2(), st.scope3());
        m.put("title", s.title());
        sectors.put(s.numeral(), m);
      }
      row.put("sectors", sectors);
      GpcCompleteness c = GpcCompleteness.of(inv, level);
      Map<String, Object> comp = new LinkedHashMap<>();
      comp.put("level", level.label());
      comp.put("complete", c.complete());
      comp.put("missing", c.missing().stream().map(GpcLine::reference).toList());
      comp.put("notEstimated", c.notEstimated().stream().map(GpcLine::reference).toList());
      row.put("completeness", comp);
      List<CalculatedLine> lines = calculated.getOrDefault(inv, List.of());
      if (!lines.isEmpty()) {
        row.put("calculated", ActivityLines.json(lines, trace));
      }
      rows.add(row);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("schema", "scopeplus.city-inventory/1");
    out.put("inventories", rows);
    return JsonMapper.builder().build().writeValueAsString(out);
  }

  private static Map<String, Object> totals(long basic, long plus, long s1, long s2, long s3) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("basic_t", exact(basic));
    m.put("basicPlus_t", exact(plus));
    m.put("scope1_t", exact(s1));
    m.put("scope2_t", exact(s2));
    m.put("scope3_t", exact(s3));
    return m;
  }

  static BigDecimal exact(long grams) {
    return BigDecimal.valueOf(grams, 6).stripTrailingZeros();
  }
}
