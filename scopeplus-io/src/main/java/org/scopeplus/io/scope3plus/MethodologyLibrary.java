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
import org.scopeplus.core.scope3plus.Dimension;
import org.scopeplus.core.scope3plus.Eligibility;
import org.scopeplus.core.scope3plus.FormulaKind;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.Parameter;
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
      return read(JSON.readTree(in), ParameterTable.builtIn(), configuration);
    }
  }

  /**
   * Reads configured values: CSV with columns key, value, unit, source. Each becomes a
   * user-supplied parameter that overrides the reference value of the same key.
   */
  public static Map<String, Parameter> configuration(Reader reader) throws IOException {
    Map<String, Parameter> out = new LinkedHashMap<>();
    try (var csv = de.siegmar.fastcsv.reader.CsvReader.builder().ofNamedCsvRecord(reader)) {
      for (var r : csv) {
        String key = r.getField("key").strip();
        String source = r.getField("source").strip();
        Citation c =
            new Citation(
                source.isEmpty() ? "configured by the user" : source,
                "configuration",
                "",
                "",
                Verification.USER_SUPPLIED,
                "");
        out.put(
            key,
            new Parameter(key, Double.parseDouble(r.getField("value")), r.getField("unit"), c));
      }
    }
    return out;
  }

  static MethodologyCatalog read(
      JsonNode root, Map<String, Parameter> table, Map<String, Parameter> configuration) {
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
      all.put(
          e.getKey(),
          v.path("value").isNumber()
              ? new Parameter(e.getKey(), v.path("value").asDouble(), unit, c)
              : Parameter.notFound(e.getKey(), unit, c));
    }
    all.putAll(configuration);
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
      List<Dimension> dims =
          kind.dimensions() != null
              ? kind.dimensions()
              : List.of(Dimension.valueOf(m.path("quantity").asString("COUNT")));
      JsonNode el = m.path("eligibility");
      List<Double> bounds = new ArrayList<>();
      for (JsonNode b : el.path("maximum_quantities")) {
        bounds.add(b.asDouble());
      }
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
              m.path("baseline").asString("")));
    }
    return new MethodologyCatalog(root.path("version").asString(), list);
  }
}
