package org.scopeplus.io.scope3plus;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.factor.Citation;
import org.scopeplus.core.factor.Verification;
import org.scopeplus.core.scope3plus.Claiming;
import org.scopeplus.core.scope3plus.Dimension;
import org.scopeplus.core.scope3plus.Eligibility;
import org.scopeplus.core.scope3plus.FormulaKind;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.Parameter;
import org.scopeplus.core.scope3plus.RegionValidity;
import org.scopeplus.core.scope3plus.Regions;
import org.scopeplus.core.text.Sentence;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the methodology catalog from a methodology file (JSON: methodologies naming a formula kind
 * and a parameter key per role, plus values with their own sources) over the parameter table, then
 * applies the user's configuration (key, value, unit, source), which fills values that were not
 * found and replaces others, marked as user-supplied.
 */
public final class MethodologyLibrary {

  /** The built-in methodology file. */
  public static final String BUILT_IN = "methodologies.json";

  /**
   * The configuration key choosing the one side of a recycling chain credited: value {@code
   * recycler} (the default, CDM AMS-III.AJ) or {@code buyer}, no unit.
   */
  public static final String CREDITED_SIDE = "recycling.credited_side";

  /**
   * Prefix of the configuration keys giving a methodology's attribution share: {@code
   * attribution.<action>}, a fraction from 0 to 1 (WBCSD Guidance on Avoided Emissions, 2023).
   */
  public static final String ATTRIBUTION = "attribution.";

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private MethodologyLibrary() {}

  /** The built-in catalog without configuration: methodologies needing a value stay unusable. */
  public static MethodologyCatalog builtIn() throws IOException {
    return builtIn(Map.of());
  }

  /** The built-in catalog with configured values by parameter key. */
  public static MethodologyCatalog builtIn(Map<String, Parameter> configuration)
      throws IOException {
    try (InputStream in = MethodologyLibrary.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IOException("built-in resource missing: " + BUILT_IN);
      }
      Map<String, Parameter> table = new LinkedHashMap<>(ParameterTable.builtIn());
      table.putAll(GridFactorParameters.ofChina());
      return read(JSON.readTree(in), table, configuration);
    }
  }

  /**
   * Reads configured values: CSV with columns key, value, unit, source. Each becomes a
   * user-supplied parameter that overrides the reference value of the same key; its unit is read
   * with the value ("10" in "g/set" is 0.010 kg per set). A row whose value is not a finite number
   * or whose key or unit is empty is refused with its row and field, and nothing is used.
   *
   * @throws ConfigurationRefused naming each bad row and field
   */
  public static Map<String, Parameter> configuration(Reader reader) throws IOException {
    Map<String, Parameter> out = new LinkedHashMap<>();
    ConfigurationRefused.Found problems = new ConfigurationRefused.Found();
    try (var csv = de.siegmar.fastcsv.reader.CsvReader.builder().ofNamedCsvRecord(reader)) {
      for (var r : csv) {
        long row = r.getStartingLineNumber();
        String key = field(r, "key");
        String text = field(r, "value");
        String unit = field(r, "unit");
        String source = field(r, "source");
        if (key.isEmpty()) {
          problems.add(
              "configuration row " + row + ", field key: the parameter key is empty",
              Sentence.of("refusal.configuration.keyEmpty", Long.toString(row)));
          continue;
        }
        if (key.equals(CREDITED_SIDE)) {
          if (!text.equals("recycler") && !text.equals("buyer")) {
            problems.add(
                "configuration row "
                    + row
                    + ", field value: "
                    + CREDITED_SIDE
                    + " is '"
                    + text
                    + "'; give recycler or buyer",
                Sentence.of("refusal.configuration.side", Long.toString(row), text));
          } else if (out.containsKey(key)) {
            problems.add(
                "configuration row " + row + ", field key: " + key + " is configured twice",
                Sentence.of("refusal.configuration.twice", Long.toString(row), key));
          } else {
            out.put(
                key,
                new Parameter(
                    key,
                    text.equals("buyer") ? 1 : 0,
                    "side",
                    new Citation(
                        source.isEmpty() ? "configured by the user" : source,
                        "configuration row " + row,
                        "",
                        "",
                        Verification.USER_SUPPLIED,
                        "")));
          }
          continue;
        }
        double value;
        try {
          value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
          problems.add(
              "configuration row "
                  + row
                  + ", field value: "
                  + key
                  + " has the value '"
                  + text
                  + "', which is not a number (write the unit in the unit column)",
              Sentence.of("refusal.configuration.notNumber", Long.toString(row), key, text));
          continue;
        }
        if (!Double.isFinite(value)) {
          problems.add(
              "configuration row " + row + ", field value: " + key + " is not a finite number",
              Sentence.of("refusal.configuration.notFinite", Long.toString(row), key));
          continue;
        }
        if (unit.isEmpty()) {
          problems.add(
              "configuration row "
                  + row
                  + ", field unit: "
                  + key
                  + " has no unit; give the unit of its reference value",
              Sentence.of("refusal.configuration.noUnit", Long.toString(row), key));
          continue;
        }
        if (out.containsKey(key)) {
          problems.add(
              "configuration row " + row + ", field key: " + key + " is configured twice",
              Sentence.of("refusal.configuration.twice", Long.toString(row), key));
          continue;
        }
        Citation c =
            new Citation(
                source.isEmpty() ? "configured by the user" : source,
                "configuration row " + row,
                "",
                "",
                Verification.USER_SUPPLIED,
                "");
        out.put(key, new Parameter(key, value, unit, c));
      }
    } catch (de.siegmar.fastcsv.reader.CsvParseException | IllegalArgumentException e) {
      if (e instanceof ConfigurationRefused) {
        throw e;
      }
      problems.add(
          "the configuration is not a CSV with the columns key, value, unit, source: "
              + e.getMessage(),
          Sentence.of("refusal.configuration.notCsv", String.valueOf(e.getMessage())));
    }
    if (!problems.isEmpty()) {
      throw problems.refusal();
    }
    return out;
  }

  private static String field(de.siegmar.fastcsv.reader.NamedCsvRecord r, String name) {
    return r.findField(name).orElse("").strip();
  }

  /**
   * Sentences for configured values whose unit cannot stand for the reference value of the same key
   * (another kind of quantity, or per another thing), or whose key no parameter has.
   */
  static ConfigurationRefused.Found unitProblems(
      Map<String, Parameter> reference, Map<String, Parameter> configuration) {
    ConfigurationRefused.Found out = new ConfigurationRefused.Found();
    for (Parameter c : configuration.values()) {
      Parameter r = reference.get(c.key());
      String at = c.citation().table() + ", field unit: ";
      String row = rowOf(c);
      if (r == null) {
        out.add(
            c.citation().table()
                + ", field key: "
                + c.key()
                + " is not a parameter of the reference data or of any methodology",
            row == null ? null : Sentence.of("refusal.configuration.unknownKey", row, c.key()));
        continue;
      }
      if (!sameKind(r, c)) {
        out.add(
            at
                + c.key()
                + " is given in '"
                + c.unit()
                + "', but it is in "
                + r.unit()
                + ": give "
                + describe(r),
            row == null
                ? null
                : Sentence.of(
                    "refusal.configuration.unitKind",
                    row,
                    c.key(),
                    c.unit(),
                    r.unit(),
                    described(r)));
      }
    }
    return out;
  }

  /**
   * The row of a configured value ({@code configuration row 4}: "4"), or null for a value that did
   * not come from a configuration's row.
   */
  private static String rowOf(Parameter configured) {
    String table = configured.citation().table();
    String prefix = "configuration row ";
    return table.startsWith(prefix) ? table.substring(prefix.length()) : null;
  }

  private static final java.util.Set<String> COUNTED =
      java.util.Set.of(
          "set", "item", "items", "label", "labels", "order", "orders", "box", "boxes", "device",
          "devices", "book", "books", "trip", "trips", "sheet", "sheets", "page", "pages");

  private static boolean sameKind(Parameter r, Parameter c) {
    boolean samePer =
        r.per().equals(c.per()) || (COUNTED.contains(r.per()) && COUNTED.contains(c.per()));
    if (r.isEmission() || c.isEmission()) {
      return r.isEmission() && c.isEmission() && samePer;
    }
    if (r.isMass() || c.isMass()) {
      return r.isMass() && c.isMass() && samePer;
    }
    return norm(r.unit()).equals(norm(c.unit()));
  }

  private static String norm(String unit) {
    return unit.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
  }

  /** {@link #describe} as a code with its arguments. */
  private static Sentence described(Parameter r) {
    if (r.isEmission()) {
      return Sentence.of("refusal.configuration.give.emission", r.per());
    }
    if (r.isMass()) {
      return Sentence.of("refusal.configuration.give.mass", r.per());
    }
    return r.unit().equals("fraction")
        ? Sentence.of("refusal.configuration.give.fraction")
        : Sentence.of("refusal.configuration.give.value", r.unit());
  }

  private static String describe(Parameter r) {
    if (r.isEmission()) {
      return "an emission mass (g, kg or t CO2e) per " + r.per();
    }
    if (r.isMass()) {
      return "a mass (g, kg or t) per " + r.per();
    }
    return "a value in " + r.unit() + (r.unit().equals("fraction") ? " (0.3, not 30%)" : "");
  }

  static MethodologyCatalog read(
      JsonNode root, Map<String, Parameter> table, Map<String, Parameter> configured) {
    Parameter creditedSide = configured.get(CREDITED_SIDE);
    Map<String, Parameter> configuration = new LinkedHashMap<>(configured);
    configuration.remove(CREDITED_SIDE);
    Map<String, Parameter> shares = new LinkedHashMap<>();
    configuration
        .entrySet()
        .removeIf(
            e -> {
              if (e.getKey().startsWith(ATTRIBUTION)) {
                shares.put(e.getKey().substring(ATTRIBUTION.length()), e.getValue());
                return true;
              }
              return false;
            });
    Map<String, Parameter> all = new HashMap<>(table);
    for (var e : root.path("values").properties()) {
      JsonNode v = e.getValue();
      Citation c =
          new Citation(
              v.path("source").asString(""),
              "methodologies.json value " + e.getKey(),
              v.path("year").asString(""),
              v.path("url").asString(""),
              v.path("value").isNull() || v.path("value").isMissingNode()
                  ? Verification.TO_VERIFY
                  : Verification.parse(v.path("status").asString("published")),
              v.path("note").asString(""));
      String unit = v.path("unit").asString("");
      String region = v.path("region").asString("");
      all.put(
          e.getKey(),
          new Parameter(
              e.getKey(),
              v.path("value").isNumber() ? v.path("value").asDouble() : Double.NaN,
              unit,
              c,
              region));
    }
    ConfigurationRefused.Found problems = unitProblems(all, configuration);
    for (Parameter c : configuration.values()) {
      all.put(c.key(), inVintageOf(all.get(c.key()), c));
    }
    List<Methodology> list = new ArrayList<>();
    for (JsonNode m : root.path("methodologies")) {
      String action = m.path("action").asString();
      FormulaKind kind = FormulaKind.valueOf(m.path("formula").asString());
      Map<String, Parameter> parameters = new LinkedHashMap<>();
      for (var p : m.path("parameters").properties()) {
        String key = p.getValue().asString();
        Parameter parameter = all.get(key);
        if (parameter == null) {
          throw new IllegalArgumentException(action + ": parameter " + key + " is not defined");
        }
        parameters.put(p.getKey(), parameter);
      }
      Map<String, List<Parameter>> vintages = new LinkedHashMap<>();
      for (var v : m.path("vintages").properties()) {
        List<Parameter> others = new ArrayList<>();
        String main = m.path("parameters").path(v.getKey()).asString("");
        for (JsonNode k : v.getValue()) {
          for (String key : vintageKeys(k.asString(), all, main)) {
            Parameter parameter = all.get(key);
            if (parameter == null) {
              throw new IllegalArgumentException(action + ": vintage " + key + " is not defined");
            }
            others.add(parameter);
          }
        }
        vintages.put(v.getKey(), others);
      }
      List<Dimension> dims =
          kind.dimensions() != null
              ? kind.dimensions()
              : List.of(Dimension.valueOf(m.path("quantity").asString("COUNT")));
      JsonNode el = m.path("eligibility");
      List<Double> bounds = new ArrayList<>();
      for (JsonNode b : el.path("maximum_quantities")) {
        bounds.add(b.asDouble());
      }
      try {
        list.add(
            new Methodology(
                action,
                m.path("version").asString(),
                m.path("title").asString(action),
                kind,
                dims,
                parameters,
                new Eligibility(
                    el.path("minimum_first_quantity").asDouble(0),
                    el.path("maximum_second_quantity").asDouble(0),
                    el.path("maximum_events_per_actor_day").asInt(0),
                    bounds),
                m.path("baseline").asString(""),
                validity(m),
                new Claiming(
                    m.path("claim_class").asString(action),
                    side(m.path("recycling_side").asString("none")),
                    m.path("counterfactual_evidence").asString(""),
                    m.path("contribution").asString(""),
                    share(action, m.path("attribution_share").asDouble(1.0), shares, problems)),
                vintages,
                m.path("title_zh").asString("")));
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    for (Parameter p : shares.values()) {
      String row = rowOf(p);
      problems.add(
          p.citation().table() + ", field key: " + p.key() + " names no methodology of the catalog",
          row == null ? null : Sentence.of("refusal.configuration.noMethodology", row, p.key()));
    }
    if (!problems.isEmpty()) {
      throw problems.refusal();
    }
    Map<String, MethodologyCatalog.Retirement> retired = new LinkedHashMap<>();
    for (JsonNode r : root.path("retired")) {
      String action = r.path("action").asString();
      retired.put(
          action,
          new MethodologyCatalog.Retirement(
              action,
              r.path("version").asString(""),
              r.path("retired_in").asString(""),
              r.path("reason").asString("")));
    }
    Map<String, MethodologyCatalog.VersionChange> changes = new LinkedHashMap<>();
    for (JsonNode c : root.path("changes")) {
      String action = c.path("action").asString();
      changes.put(
          action,
          new MethodologyCatalog.VersionChange(
              action,
              c.path("from").asString(""),
              c.path("changed_in").asString(""),
              c.path("reason").asString("")));
    }
    return new MethodologyCatalog(
        root.path("version").asString(),
        list,
        retired,
        creditedSide != null
            ? (creditedSide.value() == 1
                ? Claiming.RecyclingSide.BUYER
                : Claiming.RecyclingSide.RECYCLER)
            : side(root.path("recycling_credited_side").asString("recycler")),
        changes);
  }

  /**
   * The keys a vintage entry names: the key itself, or, for an entry ending in {@code *}, every
   * parameter key with that prefix but the role's main one, in key order (the grid factors of every
   * province and year: {@code cn_mee_nbs.average.*}).
   */
  private static List<String> vintageKeys(String entry, Map<String, Parameter> all, String main) {
    if (!entry.endsWith("*")) {
      return List.of(entry);
    }
    String prefix = entry.substring(0, entry.length() - 1);
    List<String> out = new ArrayList<>();
    for (String key : all.keySet()) {
      if (key.startsWith(prefix) && !key.equals(main)) {
        out.add(key);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no parameter key starts with " + prefix);
    }
    java.util.Collections.sort(out);
    return out;
  }

  /**
   * A configured value in the vintage of the reference value of the same key it replaces (it stands
   * for that value, of that year); a value that was not found has none and then holds in every
   * year.
   */
  private static Parameter inVintageOf(Parameter reference, Parameter configured) {
    if (reference == null || reference.vintage().isEmpty()) {
      return configured;
    }
    Citation c = configured.citation();
    return new Parameter(
        configured.key(),
        configured.value(),
        configured.unit(),
        new Citation(
            c.publication(), c.table(), reference.vintage(), c.url(), c.verification(), c.notes()),
        configured.region());
  }

  /**
   * The attribution share of {@code action}: the configured one when there is one (checked: a
   * fraction from 0 to 1), else the catalog's.
   */
  private static double share(
      String action,
      double catalog,
      Map<String, Parameter> shares,
      ConfigurationRefused.Found problems) {
    Parameter p = shares.remove(action);
    if (p == null) {
      return catalog;
    }
    String at = p.citation().table() + ", field value: " + ATTRIBUTION + action;
    String row = rowOf(p);
    if (!p.unit().equals("fraction")) {
      problems.add(
          p.citation().table()
              + ", field unit: "
              + ATTRIBUTION
              + action
              + " is given in '"
              + p.unit()
              + "': give it as a fraction (unit fraction)",
          row == null
              ? null
              : Sentence.of("refusal.configuration.shareUnit", row, action, p.unit()));
      return catalog;
    }
    if (!(p.value() >= 0 && p.value() <= 1)) {
      problems.add(
          at + " = " + p.value() + " is outside 0..1",
          row == null
              ? null
              : Sentence.of(
                  "refusal.configuration.shareRange", row, action, Double.toString(p.value())));
      return catalog;
    }
    return p.value();
  }

  /** A recycling side as methodologies.json names it: none, recycler or buyer. */
  private static Claiming.RecyclingSide side(String name) {
    return switch (name) {
      case "none" -> Claiming.RecyclingSide.NONE;
      case "recycler" -> Claiming.RecyclingSide.RECYCLER;
      case "buyer" -> Claiming.RecyclingSide.BUYER;
      default ->
          throw new IllegalArgumentException(
              "recycling side '" + name + "' is none, recycler or buyer");
    };
  }

  private static RegionValidity validity(JsonNode m) {
    List<String> regions = new ArrayList<>();
    for (JsonNode r : m.path("regions")) {
      regions.add(r.asString());
    }
    if (regions.isEmpty()) {
      regions.add(Regions.GLOBAL);
    }
    return new RegionValidity(
        regions, strings(m.path("business_as_usual")), strings(m.path("transfers")));
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> out = new LinkedHashMap<>();
    for (var e : object.properties()) {
      out.put(e.getKey(), e.getValue().asString());
    }
    return out;
  }
}
