package org.scopeplus.io.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.text.Decimals;

/**
 * The fields of one trace line, in a fixed order: from the record (file, row, id) through the
 * factor and its citation to the formula and the grams.
 */
public final class TraceFields {

  /** Column names, in order, for CSV output. */
  public static final List<String> COLUMNS =
      List.of(
          "record_id",
          "file",
          "row",
          "org_unit",
          "facility",
          "period",
          "activity_type",
          "scope",
          "category",
          "method",
          "gas",
          "biogenic",
          "gas_g",
          "co2e_g",
          "factor_id",
          "factor_region",
          "factor_type",
          "factor_value_kg_per_unit",
          "factor_unit",
          "citation",
          "verification",
          "url",
          "factor_choice",
          "conversion",
          "gwp",
          "gwp_set",
          "gwp_source",
          "share",
          "formula");

  private TraceFields() {}

  /** A line's trace fields as JSON names them (docs/data-contract.md), in column order. */
  public static Map<String, Object> jsonOf(ResultLine l) {
    Object[] values = values(l);
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      m.put(JSON_NAMES.get(i), values[i]);
    }
    return m;
  }

  /**
   * The JSON name of a CSV column: camelCase, and a unit suffix spelled out ({@code gas_g} is
   * {@code gasGrams}, {@code mass_t} is {@code massTonnes}).
   */
  public static String jsonName(String column) {
    String spelled = column.replaceAll("_g$", "_grams").replaceAll("_t$", "_tonnes");
    StringBuilder b = new StringBuilder(spelled.length());
    boolean up = false;
    for (char ch : spelled.toCharArray()) {
      if (ch == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return b.toString();
  }

  private static final List<String> JSON_NAMES =
      COLUMNS.stream().map(TraceFields::jsonName).toList();

  /** The trace fields of a line, by column name, in the order of {@link #COLUMNS}. */
  public static Map<String, Object> of(ResultLine l) {
    Object[] values = values(l);
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      m.put(COLUMNS.get(i), values[i]);
    }
    return m;
  }

  /** The values of a line's trace fields, in the order of {@link #COLUMNS}. */
  public static Object[] values(ResultLine l) {
    EmissionFactor f = l.factor();
    return new Object[] {
      l.record().id(),
      l.record().source().file(),
      l.record().source().row(),
      l.record().orgUnit(),
      l.record().facility(),
      l.record().period().label(),
      l.type().key(),
      l.type().scope().number(),
      l.type().category(),
      l.method().name().toLowerCase(java.util.Locale.ROOT),
      l.gas().id(),
      l.biogenic(),
      l.gasGrams(),
      l.co2eGrams(),
      f == null ? "" : f.id(),
      f == null ? "" : f.region(),
      f == null ? "supplied" : f.type().label(),
      Decimals.number(l.kgPerUnit()),
      f == null
          ? (l.record().supplierFactorUnit() != null
              ? l.record().supplierFactorUnit().symbol()
              : l.record().unit().symbol())
          : f.perUnit().symbol(),
      f == null
          ? "record " + l.record().id() + " (" + l.record().source() + ")"
          : f.citation().shortText(),
      f == null ? "user_supplied" : f.citation().verification().label(),
      f == null ? "" : f.citation().url(),
      l.factorNote(),
      l.conversion(),
      Decimals.number(l.gwp()),
      l.gwpSet().name(),
      l.gwpSource(),
      Decimals.number(l.share()),
      l.formula()
    };
  }
}
