package org.scopeplus.cli.city;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scopeplus.cli.options.TableOrJson;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.city.GpcLevel;
import org.scopeplus.core.city.targets.CityActual;
import org.scopeplus.core.city.targets.CityProgressOutcome;
import org.scopeplus.core.city.targets.CityTarget;
import org.scopeplus.core.city.targets.CityTargetKind;
import org.scopeplus.core.city.targets.CityTargetProgress;
import org.scopeplus.core.city.targets.CityYear;
import org.scopeplus.core.city.targets.InventoryBasis;
import org.scopeplus.core.targets.Pathway;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scopeplus city targets FILE [--inventory SHEET]}: the progress of a city's targets, read
 * from the inventories of a GPC reporting sheet at the level each target names, by the rules of the
 * service ({@link CityTargetProgress}, {@link InventoryBasis}).
 */
@Command(
    name = "targets",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the progress of each city target of a targets file (JSON, docs/city.md): pathway,"
          + " actual, gap and status per year, and whether it is on track.",
      "A target naming inventoryCity and inventoryLevel reads its yearly totals from the"
          + " inventories of the reporting sheet given with --inventory (BASIC or BASIC+), the"
          + " residents and GDP from its posted actuals.",
      "Exit 0 with the report; 1 when a file has problems or a target cannot be measured; 2 on a"
          + " wrong option."
    })
public final class CityTargetsCommand implements Callable<Integer> {

  /** The largest targets file read. */
  static final long MAX_BYTES = 10L * 1024 * 1024;

  @Parameters(index = "0", paramLabel = "FILE", description = "The targets file (JSON).")
  Path file;

  @Option(
      names = "--inventory",
      paramLabel = "SHEET",
      description = "A GPC reporting sheet (CSV or XLSX) whose inventories give the actuals.")
  Path inventory;

  @Option(
      names = "--year",
      description = "Measure up to this year (default: the current year, UTC).")
  Integer year;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table (default) or json (schema scopeplus.city-targets/1).")
  TableOrJson format;

  @Override
  public Integer call() throws IOException {
    int upTo = year == null ? Year.now(ZoneOffset.UTC).getValue() : year;
    if (upTo < CityTarget.FIRST_YEAR || upTo > CityTarget.LAST_YEAR) {
      System.err.println(
          "--year must lie between " + CityTarget.FIRST_YEAR + " and " + CityTarget.LAST_YEAR);
      return 2;
    }
    if (!Files.isRegularFile(file)) {
      System.err.println(file + ": no such file");
      return CityCommand.EXIT_PROBLEMS;
    }
    if (Files.size(file) > MAX_BYTES) {
      System.err.println(file + ": a targets file may have at most " + MAX_BYTES + " bytes");
      return CityCommand.EXIT_PROBLEMS;
    }
    List<CityInventory> inventories = List.of();
    if (inventory != null) {
      inventories = CityCommand.read(inventory);
      if (inventories == null) {
        return CityCommand.EXIT_PROBLEMS;
      }
    }
    JsonNode root;
    try {
      root = JsonMapper.builder().build().readTree(Files.readString(file));
    } catch (JacksonException e) {
      System.err.println(file.getFileName() + ": not JSON: " + e.getOriginalMessage());
      return CityCommand.EXIT_PROBLEMS;
    }
    if (root == null || !root.isArray()) {
      System.err.println(file.getFileName() + ": a targets file is a JSON array of targets");
      return CityCommand.EXIT_PROBLEMS;
    }
    List<CityTargetProgress> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int i = 0;
    for (JsonNode n : root) {
      i++;
      String where = file.getFileName() + " target " + i;
      String[] refusal = {null};
      CityTarget t = target(n, refusal);
      if (t == null) {
        problems.add(where + ": " + refusal[0]);
        continue;
      }
      List<CityActual> posted = actuals(n.get("actuals"), refusal);
      if (posted == null) {
        problems.add(where + ": " + refusal[0]);
        continue;
      }
      List<CityActual> actuals = posted;
      if (n.hasNonNull("inventoryCity") || n.hasNonNull("inventoryLevel")) {
        GpcLevel level =
            n.hasNonNull("inventoryLevel")
                ? GpcLevel.parse(n.get("inventoryLevel").asString()).orElse(null)
                : GpcLevel.BASIC;
        InventoryBasis basis =
            new InventoryBasis(
                n.hasNonNull("inventoryCity") ? n.get("inventoryCity").asString() : null, level);
        String why = basis.refusal().orElse(null);
        if (why != null) {
          problems.add(where + ": inventoryCity/inventoryLevel: " + why);
          continue;
        }
        actuals = basis.actuals(posted, inventories);
      }
      CityProgressOutcome o = CityTargetProgress.of(t, actuals, upTo);
      if (o instanceof CityProgressOutcome.Refused r) {
        problems.add(where + " (" + t.name() + "): " + r.reason());
        continue;
      }
      out.add(((CityProgressOutcome.Measured) o).progress());
    }
    if (!problems.isEmpty()) {
      System.err.printf(
          "The targets were not measured: %d problem%s.%n",
          problems.size(), problems.size() == 1 ? "" : "s");
      problems.forEach(System.err::println);
      return CityCommand.EXIT_PROBLEMS;
    }
    PrintWriter w =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    if (format == TableOrJson.json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("schema", "scopeplus.city-targets/1");
      doc.put("upTo", upTo);
      doc.put("targets", out);
      w.println(JsonMapper.builder().build().writeValueAsString(doc));
      return 0;
    }
    for (CityTargetProgress p : out) {
      w.printf("%s (%s, %s)%n", p.target().name(), p.target().kind().label(), p.unit());
      w.printf("%6s %16s %16s %16s  %s%n", "year", "pathway", "actual", "gap", "status");
      for (CityYear y : p.years()) {
        if (y.actual() == null) {
          continue;
        }
        w.printf(
            "%6d %16s %16s %16s  %s%n",
            y.year(),
            number(y.pathway()),
            number(y.actual()),
            number(y.gap()),
            y.status() == null ? "" : y.status().name());
      }
      w.printf("%s: %s%n%n", p.status().name(), p.explanation());
    }
    return 0;
  }

  private static String number(Double v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%,.2f", v);
  }

  private static CityTarget target(JsonNode n, String[] refusal) {
    if (n == null || !n.isObject()) {
      refusal[0] = "a target is a JSON object";
      return null;
    }
    CityTargetKind kind = CityTargetKind.parse(text(n, "kind")).orElse(null);
    if (kind == null) {
      refusal[0] = "kind is peak, absolute, per-capita, per-gdp or neutrality";
      return null;
    }
    if (!n.path("baseYear").isInt() || !n.path("targetYear").isInt()) {
      refusal[0] = "give baseYear and targetYear as whole numbers";
      return null;
    }
    double value =
        n.path("value").isNumber()
            ? n.get("value").asDouble()
            : kind == CityTargetKind.NEUTRALITY ? 1 : kind == CityTargetKind.PEAK ? 0 : Double.NaN;
    Pathway pathway =
        n.hasNonNull("pathway") ? Pathway.parse(text(n, "pathway")).orElse(null) : Pathway.LINEAR;
    if (pathway == null) {
      refusal[0] = "pathway is linear, aca-1.5c or aca-wb2c";
      return null;
    }
    String name = text(n, "name");
    CityTarget t =
        new CityTarget(
            "t",
            name == null ? "" : name,
            kind,
            n.get("baseYear").asInt(),
            n.get("targetYear").asInt(),
            value,
            pathway);
    refusal[0] = t.refusal().orElse(null);
    return refusal[0] == null ? t : null;
  }

  private static List<CityActual> actuals(JsonNode list, String[] refusal) {
    List<CityActual> out = new ArrayList<>();
    if (list == null || list.isNull()) {
      return out;
    }
    if (!list.isArray()) {
      refusal[0] = "actuals is a list of {year, grams, population, gdp}";
      return null;
    }
    for (JsonNode a : list) {
      if (!a.path("year").isInt() || !a.path("grams").isIntegralNumber()) {
        refusal[0] = "each actual gives its year and grams as whole numbers";
        return null;
      }
      CityActual x =
          new CityActual(
              a.get("year").asInt(),
              a.get("grams").asLong(),
              a.path("population").isNumber() ? a.get("population").asDouble() : null,
              a.path("gdp").isNumber() ? a.get("gdp").asDouble() : null);
      String why = x.refusal();
      if (why != null) {
        refusal[0] = why;
        return null;
      }
      out.add(x);
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }
}
