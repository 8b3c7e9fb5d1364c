package org.scopeplus.io.report;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.gas.GasGroup;
import org.scopeplus.core.inventory.FactorYearUse;
import org.scopeplus.core.inventory.GasTotal;
import org.scopeplus.core.inventory.InputDigest;
import org.scopeplus.core.inventory.IntensityDenominator;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.core.inventory.LibraryDigest;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.core.inventory.WeakFactorUse;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an inventory as JSON in the stable format of docs/output-json.md, named as every ScopePlus
 * JSON is (docs/data-contract.md: camelCase, the unit in the name or beside the value): amounts in
 * tonnes CO2e with six decimals (exact grams), keys in a fixed order, so the same run gives the
 * same bytes.
 */
public final class InventoryJsonWriter {

  /** The format identifier written as {@code schema}. */
  public static final String SCHEMA = "scopeplus.inventory/2";

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final JsonMapper COMPACT = JsonMapper.builder().build();

  /** The JSON tree of an inventory, with the trace lines when given. */
  public Map<String, Object> tree(Inventory inv, List<ResultLine> trace) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", SCHEMA);
    root.put("unit", "t CO2e");
    root.put("gwpSet", inv.manifest().gwpSet().name());
    root.put("consolidation", inv.manifest().consolidation().label());
    root.put("totals", totals(inv.totals()));
    Map<String, Object> cats = new LinkedHashMap<>();
    inv.scope3Categories().forEach((c, g) -> cats.put(Integer.toString(c), Tonnes.of(g)));
    root.put("scope3Categories", cats);
    Map<String, Object> supplierData = new LinkedHashMap<>();
    inv.scope3FromSupplierData()
        .forEach(
            (c, g) -> {
              if (inv.scope3Categories().get(c) != 0) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("tCo2e", Tonnes.of(g));
                m.put("share", SupplierDataShare.text(inv, c));
                supplierData.put(Integer.toString(c), m);
              }
            });
    root.put("scope3FromSupplierData", supplierData);
    Map<String, Object> gases = new LinkedHashMap<>();
    for (GasGroup g : GasGroup.values()) {
      GasTotal t = inv.byGas().get(g);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("co2eLocation", Tonnes.of(t.co2eLocation()));
      m.put("co2eMarket", Tonnes.of(t.co2eMarket()));
      m.put("massTonnes", Tonnes.of(t.massLocation()));
      gases.put(g.key(), m);
    }
    root.put("byGas", gases);
    root.put("byOrgUnit", breakdown(inv.byOrgUnit()));
    root.put("byFacility", breakdown(inv.byFacility()));
    root.put("byMonth", breakdown(inv.byMonth()));
    root.put("byActivityType", breakdown(inv.byActivityType()));
    root.put("intensity", intensity(inv));
    root.put("weakFactors", weak(inv.weakFactors()));
    root.put("factorYearWarnings", factorYears(inv.factorYears()));
    root.put("records", inv.records());
    root.put("lines", inv.lines());
    root.put("manifest", manifest(inv));
    if (trace != null) {
      List<Object> lines = new ArrayList<>(trace.size());
      for (ResultLine l : trace) {
        lines.add(TraceFields.jsonOf(l));
      }
      root.put("trace", lines);
    }
    return root;
  }

  /** Writes the inventory (and trace when given) to the stream. */
  public void write(Inventory inv, List<ResultLine> trace, OutputStream out) {
    MAPPER.writeValue(out, tree(inv, trace));
  }

  /** One result line of the trace as a JSON object on one line, the element {@link #tree} gives. */
  public String traceElement(ResultLine line) {
    return COMPACT.writeValueAsString(TraceFields.jsonOf(line));
  }

  /** The inventory as a JSON string. */
  public String toJson(Inventory inv, List<ResultLine> trace) {
    return MAPPER.writeValueAsString(tree(inv, trace));
  }

  static Map<String, Object> totals(Totals t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scope1", Tonnes.of(t.scope1()));
    m.put("scope2Location", Tonnes.of(t.scope2Location()));
    m.put("scope2Market", Tonnes.of(t.scope2Market()));
    m.put("scope3", Tonnes.of(t.scope3()));
    m.put("biogenicCo2", Tonnes.of(t.biogenicCo2()));
    m.put("totalLocation", Tonnes.of(t.totalLocation()));
    m.put("totalMarket", Tonnes.of(t.totalMarket()));
    m.put("montrealMemo", Tonnes.of(t.montrealMemo()));
    return m;
  }

  private static Map<String, Object> breakdown(Map<String, Totals> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k, totals(v)));
    return out;
  }

  private static List<Object> intensity(Inventory inv) {
    List<Object> out = new ArrayList<>();
    Totals t = inv.totals();
    for (IntensityDenominator d : inv.intensityDenominators()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("metric", d.metric());
      m.put("year", d.year());
      m.put("denominator", BigDecimal.valueOf(d.value()));
      m.put("denominatorUnit", d.unit());
      m.put("unit", "t CO2e per " + d.unit());
      m.put("scope1And2Location", per(t.scope1() + t.scope2Location(), d.value()));
      m.put("scope1And2Market", per(t.scope1() + t.scope2Market(), d.value()));
      m.put("scope3", per(t.scope3(), d.value()));
      m.put("totalLocation", per(t.totalLocation(), d.value()));
      m.put("totalMarket", per(t.totalMarket(), d.value()));
      out.add(m);
    }
    return out;
  }

  private static BigDecimal per(long grams, double denominator) {
    return Tonnes.of(grams)
        .divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64)
        .setScale(6, RoundingMode.HALF_EVEN);
  }

  private static List<Object> weak(List<WeakFactorUse> uses) {
    List<Object> out = new ArrayList<>();
    for (WeakFactorUse u : uses) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("factorId", u.factor().id());
      m.put("verification", u.factor().citation().verification().label());
      m.put("citation", u.factor().citation().shortText());
      m.put("notes", u.factor().citation().notes());
      m.put("emissions", totals(u.emissions()));
      out.add(m);
    }
    return out;
  }

  private static List<Object> factorYears(List<FactorYearUse> uses) {
    List<Object> out = new ArrayList<>();
    for (FactorYearUse u : uses) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("factorId", u.factor().id());
      m.put("validFrom", u.factor().validFrom().toString());
      m.put("validTo", u.factor().validTo().toString());
      m.put("activityYear", u.activityYear());
      m.put("rule", u.earlier() ? "nearest earlier year" : "earliest later year (none earlier)");
      m.put("warning", u.sentence());
      m.put("emissions", totals(u.emissions()));
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> manifest(Inventory inv) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("engineVersion", inv.manifest().engineVersion());
    m.put("gwpSet", inv.manifest().gwpSet().name());
    m.put("consolidation", inv.manifest().consolidation().label());
    List<Object> inputs = new ArrayList<>();
    for (InputDigest d : inv.manifest().inputs()) {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("name", d.name());
      i.put("sha256", d.sha256());
      i.put("records", d.records());
      inputs.add(i);
    }
    m.put("inputs", inputs);
    List<Object> libs = new ArrayList<>();
    for (LibraryDigest d : inv.manifest().libraries()) {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("name", d.name());
      i.put("version", d.version());
      i.put("sha256", d.sha256());
      libs.add(i);
    }
    m.put("factorLibraries", libs);
    Map<String, Object> options = new java.util.TreeMap<>();
    inv.manifest().options().forEach((k, v) -> options.put(TraceFields.jsonName(k), v));
    m.put("options", options);
    return m;
  }
}
