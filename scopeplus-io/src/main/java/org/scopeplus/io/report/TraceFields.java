package org.scopeplus.io.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.factor.EmissionFactor;

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

  /** The trace fields of a line. */
  public static Map<String, Object> of(ResultLine l) {
    Map<String, Object> m = new LinkedHashMap<>();
    EmissionFactor f = l.factor();
    m.put("record_id", l.record().id());
    m.put("file", l.record().source().file());
    m.put("row", l.record().source().row());
    m.put("org_unit", l.record().orgUnit());
    m.put("facility", l.record().facility());
    m.put("period", l.record().period().label());
    m.put("activity_type", l.type().key());
    m.put("scope", l.type().scope().number());
    m.put("category", l.type().category());
    m.put("method", l.method().name().toLowerCase(java.util.Locale.ROOT));
    m.put("gas", l.gas().id());
    m.put("biogenic", l.biogenic());
    m.put("gas_g", l.gasGrams());
    m.put("co2e_g", l.co2eGrams());
    m.put("factor_id", f == null ? "" : f.id());
    m.put("factor_region", f == null ? "" : f.region());
    m.put("factor_type", f == null ? "supplied" : f.type().label());
    m.put("factor_value_kg_per_unit", l.kgPerUnit());
    m.put(
        "factor_unit",
        f == null
            ? (l.record().supplierFactorUnit() != null
                ? l.record().supplierFactorUnit().symbol()
                : l.record().unit().symbol())
            : f.perUnit().symbol());
    m.put(
        "citation",
        f == null
            ? "record " + l.record().id() + " (" + l.record().source() + ")"
            : f.citation().shortText());
    m.put("verification", f == null ? "user_supplied" : f.citation().verification().label());
    m.put("url", f == null ? "" : f.citation().url());
    m.put("factor_choice", l.factorNote());
    m.put("conversion", l.conversion());
    m.put("gwp", l.gwp());
    m.put("gwp_set", l.gwpSet().name());
    m.put("gwp_source", l.gwpSource());
    m.put("share", l.share());
    m.put("formula", l.formula());
    return m;
  }
}
