package org.scopeplus.io.scope3plus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The texts of a methodology file that a user reads, each with its Simplified Chinese wording: the
 * field's sibling named with {@code _zh} ({@code note} and {@code note_zh}). They are a value's
 * note, the source of a value not found (the sentence saying what to configure it from; the source
 * of a value found is a citation and stays as published), a methodology's title and baseline, the
 * evidence its counterfactual needs, its business-as-usual regions and its transfers (maps keyed as
 * the English one), and the reason of each version change and withdrawal.
 */
public final class MethodologyTexts {

  /**
   * One text.
   *
   * @param where the field, as a path ({@code values.<key>.note}, {@code
   *     methodologies[green_trip.bus].baseline}, {@code changes[cloud_migration].reason})
   * @param chinese its {@code _zh} wording, "" when the file has none
   */
  public record Text(String where, String english, String chinese) {}

  private MethodologyTexts() {}

  /** Every user-visible text of the methodology file {@code root} with its Chinese wording. */
  public static List<Text> of(JsonNode root) {
    List<Text> out = new ArrayList<>();
    for (var e : root.path("values").properties()) {
      JsonNode v = e.getValue();
      String at = "values." + e.getKey() + ".";
      if (v.path("value").isNull() || v.path("value").isMissingNode()) {
        add(out, at + "source", v, "source");
      }
      add(out, at + "note", v, "note");
    }
    for (JsonNode m : root.path("methodologies")) {
      String at = "methodologies[" + m.path("action").asString("") + "].";
      add(out, at + "title", m, "title");
      add(out, at + "baseline", m, "baseline");
      add(out, at + "counterfactual_evidence", m, "counterfactual_evidence");
      for (String map : List.of("business_as_usual", "transfers")) {
        JsonNode zh = m.path(map + "_zh");
        for (var t : m.path(map).properties()) {
          String english = t.getValue().asString("");
          if (!english.isEmpty()) {
            out.add(
                new Text(
                    at + map + "." + t.getKey(),
                    english,
                    zh.path(t.getKey()).asString("").strip()));
          }
        }
      }
    }
    for (var t : root.path("parameter_table_texts_zh").properties()) {
      out.add(
          new Text(
              "parameter_table_texts_zh[" + t.getKey() + "]",
              t.getKey(),
              t.getValue().asString("").strip()));
    }
    for (String list : List.of("changes", "retired")) {
      for (JsonNode c : root.path(list)) {
        add(out, list + "[" + c.path("action").asString("") + "].reason", c, "reason");
      }
    }
    return out;
  }

  private static void add(List<Text> out, String where, JsonNode node, String field) {
    String english = node.path(field).asString("");
    if (!english.isEmpty()) {
      out.add(new Text(where, english, node.path(field + "_zh").asString("").strip()));
    }
  }

  /** The texts of the built-in methodology file. */
  public static List<Text> builtIn() {
    try (InputStream in =
        MethodologyLibrary.class.getResourceAsStream(MethodologyLibrary.BUILT_IN)) {
      if (in == null) {
        throw new IOException("built-in resource missing: " + MethodologyLibrary.BUILT_IN);
      }
      return of(JsonMapper.builder().build().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loaded once: the built-in file does not change while the service runs. */
  private static final class Chinese {
    static final Map<String, String> BY_ENGLISH = byEnglish(builtIn());
  }

  /**
   * The Chinese wordings of {@code texts} by their English text: a text the catalog and a tenant's
   * configuration share is said alike wherever it is shown; a configured value's own source is not
   * in it and stays as written.
   */
  static Map<String, String> byEnglish(List<Text> texts) {
    Map<String, String> out = new HashMap<>();
    for (Text t : texts) {
      if (!t.chinese().isEmpty()) {
        out.putIfAbsent(t.english(), t.chinese());
      }
    }
    return Map.copyOf(out);
  }

  /**
   * The Simplified Chinese wording of a text of the built-in catalog, or null when {@code english}
   * is none of its texts (a value's citation, a tenant's own source).
   */
  public static String chinese(String english) {
    return english == null ? null : Chinese.BY_ENGLISH.get(english);
  }
}
