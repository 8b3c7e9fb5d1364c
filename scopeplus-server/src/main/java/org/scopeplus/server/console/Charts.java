package org.scopeplus.server.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart as the page hands it to {@code /js/console.js}: its kind, labels, series of tonnes and
 * the words it shows, as JSON in a {@code data-chart} attribute (escaped by the template like any
 * attribute, so no script is written into the page).
 */
final class Charts {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Map<String, Object> spec = new LinkedHashMap<>();
  private final List<Map<String, Object>> series = new ArrayList<>();

  private Charts(String kind, List<String> labels) {
    spec.put("kind", kind);
    spec.put("labels", labels);
    spec.put("series", series);
  }

  /** Bars or lines over the labels, e.g. years. */
  static Charts of(String kind, List<String> labels) {
    return new Charts(kind, labels);
  }

  /** A series of amounts, in grams, shown in tonnes. */
  Charts series(String name, List<Long> grams) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("name", name);
    s.put("values", grams.stream().map(Formats::chartTonnes).toList());
    series.add(s);
    return this;
  }

  /** A series of values in the chart's own unit (a target's, a share), null where none. */
  Charts values(String name, List<Double> values) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("name", name);
    s.put("values", values);
    series.add(s);
    return this;
  }

  /** Any further field the kind reads (a unit, a reference line, links). */
  Charts with(String key, Object value) {
    spec.put(key, value);
    return this;
  }

  String json() {
    return JSON.writeValueAsString(spec);
  }
}
