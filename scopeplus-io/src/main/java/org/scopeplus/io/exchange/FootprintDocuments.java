package org.scopeplus.io.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.exchange.FootprintRules;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.problem.ProblemTally;
import org.scopeplus.io.ReadResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Suppliers' product footprints from a PACT v3 JSON document: one ProductFootprint, a list of them,
 * or a ListFootprints / GetFootprint response body ({@code {"data": ...}}). All or nothing: every
 * footprint must pass {@link FootprintRules}, and each problem names the file, the footprint's
 * place and id, and the property.
 */
public final class FootprintDocuments {

  /** Most footprints one document may hold. */
  public static final int MOST_FOOTPRINTS = 10_000;

  /** Most bytes one document may have (64 MiB). */
  public static final long MOST_BYTES = 64L << 20;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private FootprintDocuments() {}

  /** The footprints of a file, or the problems with it. */
  public static ReadResult<List<Map<?, ?>>> read(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (Files.size(file) > MOST_BYTES) {
      return ReadResult.failed(
          new Problem(
              name,
              0,
              "",
              "the PACT JSON document is larger than 64 MiB; split it into several files"));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return parse(name, in.readAllBytes());
    }
  }

  /** The footprints of a document's bytes, or the problems with it, named after {@code name}. */
  public static ReadResult<List<Map<?, ?>>> parse(String name, byte[] bytes) {
    Object tree;
    try {
      tree = JSON.readValue(bytes, Object.class);
    } catch (JacksonException e) {
      return ReadResult.failed(
          new Problem(name, 0, "", "not valid JSON: " + e.getOriginalMessage()));
    }
    List<?> items;
    if (tree instanceof List<?> l) {
      items = l;
    } else if (tree instanceof Map<?, ?> m && m.get("data") instanceof List<?> l) {
      items = l;
    } else if (tree instanceof Map<?, ?> m && m.get("data") instanceof Map<?, ?> one) {
      items = List.of(one);
    } else if (tree instanceof Map<?, ?> m && m.containsKey("pcf")) {
      items = List.of(m);
    } else {
      return ReadResult.failed(
          new Problem(
              name,
              0,
              "",
              "give a ProductFootprint, a list of them, or a ListFootprints / GetFootprint"
                  + " response body ({\"data\": ...})"));
    }
    if (items.isEmpty() || items.size() > MOST_FOOTPRINTS) {
      return ReadResult.failed(
          new Problem(
              name,
              0,
              "",
              "a document holds 1 to "
                  + MOST_FOOTPRINTS
                  + " footprints, this one "
                  + items.size()));
    }
    ProblemTally problems = new ProblemTally();
    List<Map<?, ?>> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      if (!(item instanceof Map<?, ?> pf)) {
        problems.add(new Problem(name, 0, "", "footprint " + (i + 1) + " is not a JSON object"));
        continue;
      }
      String where =
          "footprint "
              + (i + 1)
              + (pf.get("id") instanceof String id ? " (" + id + ")" : "")
              + ": ";
      for (String p : FootprintRules.check(pf)) {
        int colon = p.indexOf(':');
        problems.add(new Problem(name, 0, colon > 0 ? p.substring(0, colon) : "", where + p));
      }
      out.add(pf);
    }
    if (problems.count() > 0) {
      return ReadResult.failed(problems);
    }
    return ReadResult.of(List.copyOf(out));
  }
}
