package org.scopeplus.core.disclosure;

import java.util.ArrayList;
import java.util.List;
import org.scopeplus.core.inventory.Totals;

/**
 * The annual greenhouse-gas report of one run: the contents ISO 14064-1:2018 clause 9.3 asks for,
 * the GHG Protocol Corporate Standard's tables (ch. 9), and the figures of ESRS E1-6, IFRS S2
 * paragraph 29(a) and the Chinese stock exchanges' sustainability reporting guideline, all derived
 * from the same exact sums of the run's lines. The management ledgers and the Scope 3+ avoided
 * emissions stay in their own sections and are never netted against the inventory.
 *
 * @param subject who and what the report is about
 * @param totals the six totals, summed exactly from the lines
 * @param scope3 the fifteen Scope 3 categories, in order
 * @param gases CO2e by gas, in gas-id order
 * @param businessUnits the totals of each business unit (the org units one level below the root)
 * @param factors the factors used, with their sources and the emissions calculated with each
 * @param etsScope1Grams Scope 1 grams from facilities a regulated ETS covers
 * @param context the uncertainty, base year, trend, verification and ledgers
 * @param groups the sums of lines every figure is made of
 * @param lines the number of lines summed
 * @param detail every line summed, in the run's order, when the run has at most {@link
 *     ComposingReport#DETAIL_LIMIT} lines (the data pack's lines sheet then lists them one by one);
 *     empty above it, where the data pack lists the groups
 */
public record AnnualReport(
    ReportSubject subject,
    Totals totals,
    List<CategoryFigure> scope3,
    List<GasFigure> gases,
    List<UnitFigure> businessUnits,
    List<FactorFigure> factors,
    long etsScope1Grams,
    ReportContext context,
    List<LineGroup> groups,
    long lines,
    List<ReportLine> detail) {

  public AnnualReport {
    scope3 = List.copyOf(scope3);
    gases = List.copyOf(gases);
    businessUnits = List.copyOf(businessUnits);
    factors = List.copyOf(factors);
    groups = List.copyOf(groups);
    detail = List.copyOf(detail);
    if (!detail.isEmpty() && detail.size() != lines) {
      throw new IllegalArgumentException(
          "the report lists " + detail.size() + " of its " + lines + " lines; all or none");
    }
  }

  /** A report without its lines one by one (the groups stand for them). */
  public AnnualReport(
      ReportSubject subject,
      Totals totals,
      List<CategoryFigure> scope3,
      List<GasFigure> gases,
      List<UnitFigure> businessUnits,
      List<FactorFigure> factors,
      long etsScope1Grams,
      ReportContext context,
      List<LineGroup> groups,
      long lines) {
    this(
        subject,
        totals,
        scope3,
        gases,
        businessUnits,
        factors,
        etsScope1Grams,
        context,
        groups,
        lines,
        List.of());
  }

  /** True when {@link #detail()} holds every line summed (always so for a report of no lines). */
  public boolean detailed() {
    return detail.size() == lines;
  }

  /**
   * One Scope 3 category.
   *
   * @param category 1 to 15
   * @param grams grams CO2e
   * @param methods the calculation methods of its lines, comma-separated ("" when none)
   * @param primaryGrams grams resting on primary data ({@link ReportLine#isPrimary})
   * @param lines the number of its lines (0: not reported, an exclusion)
   */
  public record CategoryFigure(
      int category, long grams, String methods, long primaryGrams, long lines) {

    /** Share of primary data, per cent of the category's grams; 0 when it has none. */
    public double primaryPercent() {
      return grams == 0 ? 0 : primaryGrams * 100.0 / grams;
    }

    /** Reported: the category has lines. Categories without lines are listed as exclusions. */
    public boolean reported() {
      return lines > 0;
    }
  }

  /**
   * One gas in the totals, as CO2e and as the mass of the gas itself (ISO 14064-1:2018 clause 9.3.1
   * e asks for each gas in tonnes of the gas as well as in tonnes CO2e).
   *
   * @param gas the gas id
   * @param locationGrams grams CO2e in the location-based total
   * @param marketGrams grams CO2e in the market-based total
   * @param locationMassGrams grams of the gas in the location-based total
   * @param marketMassGrams grams of the gas in the market-based total
   */
  public record GasFigure(
      String gas,
      long locationGrams,
      long marketGrams,
      long locationMassGrams,
      long marketMassGrams) {}

  /**
   * One business unit's totals.
   *
   * @param unit the unit's path
   * @param totals its totals, everything below it included
   */
  public record UnitFigure(String unit, Totals totals) {}

  /**
   * One factor used.
   *
   * @param factorId its id ("" for factors supplied with the records)
   * @param source its publication, table and year
   * @param grams grams CO2e calculated with it (all slots)
   * @param lines lines calculated with it
   */
  public record FactorFigure(String factorId, String source, long grams, long lines) {}

  /**
   * ESRS E1-6 (Commission Delegated Regulation (EU) 2023/2772, ESRS E1 paragraphs 44 to 53): gross
   * Scope 1 and the share of it from regulated ETS, gross Scope 2 by both methods, gross Scope 3 by
   * significant category (here: every category with reported emissions), the share of Scope 3 from
   * primary data (AR 46(g)), the totals by both methods and the intensity per net revenue.
   */
  public List<DisclosedFigure> esrsE16() {
    List<DisclosedFigure> f = new ArrayList<>();
    f.add(grams("esrs-e1-6-gross-scope-1", "ESRS E1-6 §48(a)", totals.scope1()));
    f.add(
        new DisclosedFigure(
            "esrs-e1-6-scope-1-regulated-ets-percent",
            "ESRS E1-6 §48(b)",
            totals.scope1() == 0
                ? new DisclosedFigure.NotAvailable("no-scope-1")
                : new DisclosedFigure.Percent(etsScope1Grams * 100.0 / totals.scope1())));
    f.add(grams("esrs-e1-6-gross-scope-2-location", "ESRS E1-6 §49(a)", totals.scope2Location()));
    f.add(grams("esrs-e1-6-gross-scope-2-market", "ESRS E1-6 §49(b)", totals.scope2Market()));
    f.add(grams("esrs-e1-6-gross-scope-3", "ESRS E1-6 §51", totals.scope3()));
    for (CategoryFigure c : scope3) {
      if (c.reported()) {
        f.add(
            grams("esrs-e1-6-gross-scope-3-category-" + c.category(), "ESRS E1-6 §51", c.grams()));
      }
    }
    // AR 46(g): the percentage of Scope 3 calculated using primary data from suppliers or other
    // value chain partners (EFRAG ESRS Q&A 530 quotes it)
    f.add(
        new DisclosedFigure(
            "esrs-e1-6-scope-3-primary-data-percent",
            "ESRS E1 AR 46(g)",
            totals.scope3() == 0
                ? new DisclosedFigure.NotAvailable("no-scope-3")
                : new DisclosedFigure.Percent(scope3PrimaryGrams() * 100.0 / totals.scope3())));
    f.add(grams("esrs-e1-6-total-location", "ESRS E1-6 §52(a)", totals.totalLocation()));
    f.add(grams("esrs-e1-6-total-market", "ESRS E1-6 §52(b)", totals.totalMarket()));
    f.add(intensity("esrs-e1-6-intensity-location", "ESRS E1-6 §53", totals.totalLocation()));
    f.add(intensity("esrs-e1-6-intensity-market", "ESRS E1-6 §53", totals.totalMarket()));
    return f;
  }

  /**
   * IFRS S2 paragraph 29(a): absolute gross emissions by Scope 1, 2 (location-based, paragraph
   * 29(a)(v), with the market-based figure as information on contractual instruments) and 3, and
   * the Scope 3 categories included (29(a)(vi)).
   */
  public List<DisclosedFigure> ifrsS2() {
    List<DisclosedFigure> f = new ArrayList<>();
    f.add(grams("ifrs-s2-29a-scope-1", "IFRS S2 29(a)(i)(1)", totals.scope1()));
    f.add(
        grams("ifrs-s2-29a-scope-2-location", "IFRS S2 29(a)(i)(2), (v)", totals.scope2Location()));
    f.add(grams("ifrs-s2-29a-scope-2-market", "IFRS S2 29(a)(v)", totals.scope2Market()));
    f.add(grams("ifrs-s2-29a-scope-3", "IFRS S2 29(a)(i)(3)", totals.scope3()));
    f.add(
        new DisclosedFigure(
            "ifrs-s2-29a-scope-3-categories",
            "IFRS S2 29(a)(vi)",
            new DisclosedFigure.Text(includedCategories())));
    return f;
  }

  /**
   * The Shanghai, Shenzhen and Beijing stock exchanges' sustainability reporting guideline
   * (上交所《上市公司自律监管指引第14号——可持续发展报告（试行）》, 深交所第17号, 2024), climate change: total Scope 1 and Scope 2
   * emissions, Scope 3 where the company can, and the intensity.
   */
  public List<DisclosedFigure> chinaExchanges() {
    List<DisclosedFigure> f = new ArrayList<>();
    String ref = "SSE/SZSE Guideline 14/17";
    f.add(grams("cn-exchanges-scope-1", ref, totals.scope1()));
    f.add(grams("cn-exchanges-scope-2-location", ref, totals.scope2Location()));
    f.add(grams("cn-exchanges-scope-2-market", ref, totals.scope2Market()));
    f.add(
        grams(
            "cn-exchanges-scope-1-2-market",
            ref,
            Math.addExact(totals.scope1(), totals.scope2Market())));
    f.add(grams("cn-exchanges-scope-3", ref, totals.scope3()));
    f.add(intensity("cn-exchanges-intensity-market", ref, totals.totalMarket()));
    return f;
  }

  /** Grams CO2e of Scope 3 calculated with primary data, all categories, added exactly. */
  public long scope3PrimaryGrams() {
    long g = 0;
    for (CategoryFigure c : scope3) {
      g = Math.addExact(g, c.primaryGrams());
    }
    return g;
  }

  /** The Scope 3 categories with lines, e.g. {@code 1, 4, 6}. */
  public String includedCategories() {
    StringBuilder b = new StringBuilder();
    for (CategoryFigure c : scope3) {
      if (c.reported()) {
        if (b.length() > 0) {
          b.append(", ");
        }
        b.append(c.category());
      }
    }
    return b.toString();
  }

  /** Every disclosure figure: ESRS E1-6, IFRS S2 29(a), the Chinese exchanges' guideline. */
  public List<DisclosedFigure> disclosures() {
    List<DisclosedFigure> all = new ArrayList<>(esrsE16());
    all.addAll(ifrsS2());
    all.addAll(chinaExchanges());
    return all;
  }

  private static DisclosedFigure grams(String id, String reference, long grams) {
    return new DisclosedFigure(id, reference, new DisclosedFigure.Grams(grams));
  }

  private DisclosedFigure intensity(String id, String reference, long grams) {
    var revenue = context.revenue();
    if (revenue == null) {
      return new DisclosedFigure(id, reference, new DisclosedFigure.NotAvailable("no-revenue"));
    }
    return new DisclosedFigure(
        id,
        reference,
        new DisclosedFigure.Intensity(grams / 1e6 / revenue.value(), revenue.unit()));
  }
}
