package org.scopeplus.io.scope3plus;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.scopeplus.core.factor.Citation;
import org.scopeplus.core.factor.Verification;
import org.scopeplus.core.scope3plus.Parameter;

/**
 * Reads the Scope 3+ parameter table ({@code scope3plus_parameters.csv}: key, description, value,
 * unit, region, year, source, url, notes). The status flag that opens each note decides the
 * verification: [to_verify] and [secondary] are weak; [not_found] rows have no value.
 */
public final class ParameterTable {

  /** The built-in table, a copy of the reference data with its sources. */
  public static final String BUILT_IN = "scope3plus_parameters.csv";

  private ParameterTable() {}

  /** The built-in parameters by key. */
  public static Map<String, Parameter> builtIn() throws IOException {
    try (InputStream in = ParameterTable.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IOException("built-in resource missing: " + BUILT_IN);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  /** Parameters by key from a table in the same columns. */
  public static Map<String, Parameter> read(Reader reader) throws IOException {
    Map<String, Parameter> out = new LinkedHashMap<>();
    try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
      for (NamedCsvRecord r : csv) {
        String key = r.getField("key").strip();
        String notes = r.getField("notes").strip();
        String value = r.getField("value").strip();
        Citation citation =
            new Citation(
                r.getField("source").strip().isEmpty() ? "(no source)" : r.getField("source"),
                "scope3plus_parameters.csv row " + key,
                r.getField("year"),
                r.getField("url"),
                verification(notes),
                notes);
        out.put(
            key,
            value.isEmpty()
                ? new Parameter(key, Double.NaN, r.getField("unit"), citation, r.getField("region"))
                : new Parameter(
                    key,
                    Double.parseDouble(value),
                    r.getField("unit"),
                    citation,
                    r.getField("region")));
      }
    }
    return out;
  }

  /** The verification implied by the flags that open a note. */
  static Verification verification(String notes) {
    String rest = notes.strip().toLowerCase(Locale.ROOT);
    StringBuilder flagText = new StringBuilder();
    while (rest.startsWith("[") && rest.indexOf(']') > 0) {
      flagText.append(rest, 0, rest.indexOf(']') + 1);
      rest = rest.substring(rest.indexOf(']') + 1);
    }
    String flags = flagText.toString();
    if (flags.contains("[to_verify]") || flags.contains("[not_found]")) {
      return Verification.TO_VERIFY;
    }
    if (flags.contains("[secondary]")) {
      return Verification.SECONDARY;
    }
    if (flags.contains("[derived]")) {
      return Verification.DERIVED;
    }
    return Verification.PUBLISHED;
  }
}
