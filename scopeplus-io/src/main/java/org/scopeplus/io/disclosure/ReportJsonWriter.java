package org.scopeplus.io.disclosure;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.baseyear.Restatement;
import org.scopeplus.core.disclosure.AnnualReport;
import org.scopeplus.core.disclosure.DisclosedFigure;
import org.scopeplus.core.disclosure.LedgerEntry;
import org.scopeplus.core.disclosure.LineGroup;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.core.supplier.EngagementYear;
import org.scopeplus.core.uncertainty.Interval;
import org.scopeplus.io.report.Tonnes;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The annual report as JSON ({@code scopeplus.report/1}, docs/report.md): the same figures as the
 * PDF and the data pack, tonnes as exact decimals with six places (whole grams).
 */
public final class ReportJsonWriter {

  /** The format identifier written as {@code schema}. */
  public static final String SCHEMA = "scopeplus.report/1";

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** Writes {@code report} to {@code out} (left open). */
  public void write(AnnualReport report, OutputStream out) {
    MAPPER.writeValue(new NonClosing(out), tree(report));
  }

  /** The JSON tree of {@code report}. */
  public Map<String, Object> tree(AnnualReport r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", SCHEMA);
    root.put("unit", "t CO2e");
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("organisation", r.subject().organisation());
    s.put("responsiblePerson", r.subject().responsiblePerson());
    s.put("year", r.subject().year());
    s.put("consolidation", r.subject().consolidation());
    s.put("gwpSet", r.subject().gwpSet());
    s.put("runId", r.subject().runId());
    s.put("runHash", r.subject().runHash());
    s.put("engineVersion", r.subject().engineVersion());
    s.put("etsFacilities", List.copyOf(r.subject().etsFacilities()));
    root.put("subject", s);
    root.put("totals", totals(r.totals()));
    List<Object> cats = new ArrayList<>();
    for (AnnualReport.CategoryFigure c : r.scope3()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("category", c.category());
      m.put("tonnes", Tonnes.of(c.grams()));
      m.put("methods", c.methods());
      m.put("primaryTonnes", Tonnes.of(c.primaryGrams()));
      m.put("primaryPercent", c.primaryPercent());
      m.put("lines", c.lines());
      m.put("reported", c.reported());
      cats.add(m);
    }
    root.put("scope3Categories", cats);
    List<Object> gases = new ArrayList<>();
    for (AnnualReport.GasFigure g : r.gases()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("gas", g.gas());
      m.put("location", Tonnes.of(g.locationGrams()));
      m.put("market", Tonnes.of(g.marketGrams()));
      m.put("locationMass", Tonnes.of(g.locationMassGrams()));
      m.put("marketMass", Tonnes.of(g.marketMassGrams()));
      gases.add(m);
    }
    root.put("byGas", gases);
    List<Object> units = new ArrayList<>();
    for (AnnualReport.UnitFigure u : r.businessUnits()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("unit", u.unit());
      m.putAll(totals(u.totals()));
      units.add(m);
    }
    root.put("businessUnits", units);
    List<Object> factors = new ArrayList<>();
    for (AnnualReport.FactorFigure f : r.factors()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("factorId", f.factorId());
      m.put("source", f.source());
      m.put("tonnes", Tonnes.of(f.grams()));
      m.put("lines", f.lines());
      factors.add(m);
    }
    root.put("factors", factors);
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("esrsE1_6", figures(r.esrsE16()));
    d.put("ifrsS2_29a", figures(r.ifrsS2()));
    d.put("cnExchanges", figures(r.chinaExchanges()));
    root.put("disclosures", d);
    Map<String, Object> u = new LinkedHashMap<>();
    u.put("approach", r.context().uncertaintyApproach());
    List<Object> intervals = new ArrayList<>();
    for (Interval i : r.context().uncertainty()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("cell", i.cell());
      m.put("central", Tonnes.of(i.centralGrams()));
      m.put("lower", i.lowerGrams() / 1e6);
      m.put("upper", i.upperGrams() / 1e6);
      m.put("minusPercent", i.minusPercent());
      m.put("plusPercent", i.plusPercent());
      intervals.add(m);
    }
    u.put("intervals", intervals);
    root.put("uncertainty", u);
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("year", r.context().baseYear() == 0 ? null : r.context().baseYear());
    b.put(
        "totals",
        r.context().baseYearTotals() == null ? null : totals(r.context().baseYearTotals()));
    List<Object> restatements = new ArrayList<>();
    for (Restatement x : r.context().restatements()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", x.id());
      m.put("trigger", x.trigger().name().toLowerCase(java.util.Locale.ROOT));
      m.put("reason", x.reason());
      m.put("previousTonnes", Tonnes.of(x.previousGrams()));
      m.put("newTonnes", Tonnes.of(x.newGrams()));
      m.put("restatedBy", x.restatedBy());
      m.put("restatedAt", x.restatedAt().toString());
      restatements.add(m);
    }
    b.put("restatements", restatements);
    root.put("baseYear", b);
    List<Object> trend = new ArrayList<>();
    r.context()
        .trend()
        .forEach(
            (year, t) -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("year", year);
              m.put("totalLocation", Tonnes.of(t.totalLocation()));
              m.put("totalMarket", Tonnes.of(t.totalMarket()));
              m.put("measured", Tonnes.of(r.context().trendValue(t)));
              Long p = r.context().pathway().get(year);
              m.put("pathway", p == null ? null : Tonnes.of(p));
              trend.add(m);
            });
    root.put("trend", trend);
    // every year of the target's pathway, also those without a trend year (up to the target year)
    List<Object> pathway = new ArrayList<>();
    r.context()
        .pathway()
        .forEach(
            (year, grams) -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("year", year);
              m.put("tonnes", Tonnes.of(grams));
              pathway.add(m);
            });
    root.put("pathway", pathway);
    root.put("trendMeasure", r.context().trendMeasure());
    root.put("pathwayTarget", r.context().pathwayLabel());
    var v = r.context().verification();
    if (v == null) {
      root.put("verification", null);
    } else {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("verifier", v.verifier());
      m.put("assurance", v.assurance().label());
      m.put("materialityThreshold", v.materialityThreshold());
      m.put("opinion", v.opinion());
      m.put("runHash", v.runHash());
      m.put("recordedAt", v.recordedAt());
      m.put("findings", v.findings());
      root.put("verification", m);
    }
    root.put("managementLedgers", ledger(r.context().management()));
    root.put("scope3PlusAvoided", ledger(r.context().avoided()));
    var engagement = r.context().supplierEngagement();
    if (engagement != null) {
      // additive member, only with a supplier register: without one there is nothing measured
      List<Object> years = new ArrayList<>();
      for (EngagementYear e : engagement.values()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", e.year());
        m.put("scope3Tonnes", Tonnes.of(e.scope3Grams()));
        m.put("validatedTargetTonnes", Tonnes.of(e.validatedGrams()));
        m.put("validatedTargetPercentOfScope3", percent(e.validatedShareOfScope3()));
        m.put("supplierSpecificTonnes", Tonnes.of(e.supplierSpecificGrams()));
        m.put("supplierSpecificPercentOfScope3", percent(e.supplierSpecificShareOfScope3()));
        m.put("noRegisteredSupplierTonnes", Tonnes.of(e.noRegisteredSupplierGrams()));
        m.put("unregisteredSupplierTonnes", Tonnes.of(e.unregisteredGrams()));
        m.put("noSupplierTonnes", Tonnes.of(e.unnamedGrams()));
        years.add(m);
      }
      root.put("supplierEngagement", years);
    }
    root.put("lines", r.lines());
    List<Object> groups = new ArrayList<>();
    for (LineGroup g : r.groups()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("businessUnit", g.businessUnit());
      m.put("activityType", g.activityType());
      m.put("method", g.method());
      m.put("slot", g.slotName());
      m.put("category", g.category());
      m.put("gas", g.gas());
      m.put("primary", g.primary());
      m.put("ets", g.ets());
      m.put("factorId", g.factorId());
      m.put("tonnes", Tonnes.of(g.grams()));
      m.put("lines", g.lines());
      m.put("gasTonnes", Tonnes.of(g.gasGrams()));
      groups.add(m);
    }
    root.put("lineGroups", groups);
    return root;
  }

  /** A share as per cent, or null when there was nothing to divide by. */
  private static Double percent(double share) {
    return Double.isNaN(share) ? null : share * 100;
  }

  private static List<Object> ledger(List<LedgerEntry> entries) {
    List<Object> out = new ArrayList<>();
    for (LedgerEntry e : entries) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ledger", e.ledger());
      m.put("label", e.label());
      m.put("value", e.value());
      m.put("unit", e.unit());
      out.add(m);
    }
    return out;
  }

  private static List<Object> figures(List<DisclosedFigure> figures) {
    List<Object> out = new ArrayList<>();
    for (DisclosedFigure f : figures) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", f.id());
      m.put("reference", f.reference());
      DisclosedFigure.Value v = f.value();
      if (v instanceof DisclosedFigure.Grams g) {
        m.put("tonnes", Tonnes.of(g.grams()));
      } else if (v instanceof DisclosedFigure.Percent p) {
        m.put("percent", p.percent());
      } else if (v instanceof DisclosedFigure.Intensity i) {
        m.put("tonnesPerUnit", i.tonnesPerUnit());
        m.put("per", i.denominatorUnit());
      } else if (v instanceof DisclosedFigure.Text t) {
        m.put("text", t.text());
      } else if (v instanceof DisclosedFigure.NotAvailable n) {
        m.put("notAvailable", n.reason());
      }
      out.add(m);
    }
    return out;
  }

  static Map<String, Object> totals(Totals t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scope1", Tonnes.of(t.scope1()));
    m.put("scope2Location", Tonnes.of(t.scope2Location()));
    m.put("scope2Market", Tonnes.of(t.scope2Market()));
    m.put("scope3", Tonnes.of(t.scope3()));
    m.put("totalLocation", Tonnes.of(t.totalLocation()));
    m.put("totalMarket", Tonnes.of(t.totalMarket()));
    m.put("biogenicCo2", Tonnes.of(t.biogenicCo2()));
    m.put("montrealMemo", Tonnes.of(t.montrealMemo()));
    return m;
  }

  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }
}
