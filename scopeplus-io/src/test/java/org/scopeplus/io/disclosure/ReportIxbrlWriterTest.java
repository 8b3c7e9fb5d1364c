package org.scopeplus.io.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.disclosure.AnnualReport;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.io.demo.DemoReport;
import org.scopeplus.io.report.Tonnes;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The ESRS E1-6 inline XBRL document of the demo company's 2024 report, parsed back as XML: every
 * {@code esrs:} name in it (facts, axes, members) is one of the ESRS Set 1 taxonomy's E1-6 names
 * recorded in {@code disclosure/esrs-set1-2023-12-22-e1-6-elements.txt} with where they were read;
 * every tagged figure equals the inventory's own sums (made by another path than the report's line
 * groups); and the totals satisfy the taxonomy's own E1-6 calculation relationships ({@code
 * cal_esrs_301060.xml}: each total is Scope 1 + Scope 2 of its method + Scope 3).
 */
class ReportIxbrlWriterTest {

  private static final String IX = "http://www.xbrl.org/2013/inlineXBRL";
  private static final String XBRLI = "http://www.xbrl.org/2003/instance";
  private static final String XBRLDI = "http://xbrl.org/2006/xbrldi";

  private static AnnualReport report;
  private static Inventory inventory;
  private static Document document;

  @BeforeAll
  static void render() throws Exception {
    FileRunReport.Composed c = DemoReport.of(2024);
    assertThat(c.ok()).isTrue();
    report = c.report();
    inventory = c.outcome().inventory();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ReportIxbrlWriter().write(report, out);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    document = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void everyEsrsNameIsAnElementOfThePublishedTaxonomysE16() throws Exception {
    Set<String> taxonomy = recordedNames();
    assertThat(taxonomy).contains("GrossScope1GreenhouseGasEmissions").hasSizeGreaterThan(30);
    List<String> used = new ArrayList<>();
    for (Element e : elements(IX, "nonFraction")) {
      used.add(e.getAttribute("name"));
    }
    for (Element e : elements(XBRLDI, "explicitMember")) {
      used.add(e.getAttribute("dimension"));
      used.add(e.getTextContent().strip());
    }
    assertThat(used).hasSizeGreaterThan(10);
    for (String qname : used) {
      assertThat(qname).startsWith("esrs:");
      String prefix = qname.substring(0, qname.indexOf(':'));
      assertThat(document.getDocumentElement().lookupNamespaceURI(prefix))
          .isEqualTo(ReportIxbrlWriter.ESRS_NAMESPACE);
      assertThat(taxonomy).as(qname).contains(qname.substring(qname.indexOf(':') + 1));
    }
  }

  @Test
  void everyTaggedFigureEqualsTheInventorysSums() throws Exception {
    Map<String, BigDecimal> facts = facts("y");
    Totals t = inventory.totals();
    assertThat(facts.get("GrossScope1GreenhouseGasEmissions"))
        .isEqualByComparingTo(Tonnes.of(t.scope1()));
    assertThat(facts.get("GrossLocationBasedScope2GreenhouseGasEmissions"))
        .isEqualByComparingTo(Tonnes.of(t.scope2Location()));
    assertThat(facts.get("GrossMarketBasedScope2GreenhouseGasEmissions"))
        .isEqualByComparingTo(Tonnes.of(t.scope2Market()));
    assertThat(facts.get("GrossScope3GreenhouseGasEmissions"))
        .isEqualByComparingTo(Tonnes.of(t.scope3()));
    assertThat(facts.get("LocationBasedGreenhouseGasEmissions"))
        .isEqualByComparingTo(Tonnes.of(t.totalLocation()));
    assertThat(facts.get("MarketBasedGreenhouseGasEmissions"))
        .isEqualByComparingTo(Tonnes.of(t.totalMarket()));
    // the taxonomy's calculation linkbase: each total is the sum of its scopes
    assertThat(facts.get("MarketBasedGreenhouseGasEmissions"))
        .isEqualByComparingTo(
            facts
                .get("GrossScope1GreenhouseGasEmissions")
                .add(facts.get("GrossMarketBasedScope2GreenhouseGasEmissions"))
                .add(facts.get("GrossScope3GreenhouseGasEmissions")));
    assertThat(facts.get("LocationBasedGreenhouseGasEmissions"))
        .isEqualByComparingTo(
            facts
                .get("GrossScope1GreenhouseGasEmissions")
                .add(facts.get("GrossLocationBasedScope2GreenhouseGasEmissions"))
                .add(facts.get("GrossScope3GreenhouseGasEmissions")));
    // a percentage is a ratio: ETS Scope 1 over Scope 1
    assertThat(
            facts
                .get("PercentageOfScope1GreenhouseGasEmissionsFromRegulatedEmissionTradingSchemes")
                .doubleValue())
        .isCloseTo(
            report.etsScope1Grams() / (double) t.scope1(),
            org.assertj.core.data.Offset.offset(1e-6));
    // intensity: tonnes per CNY (the demo's revenue is in million CNY)
    var revenue = report.context().revenue();
    assertThat(revenue.unit()).isEqualTo("million CNY");
    assertThat(
            facts
                .get("GHGEmissionsIntensityMarketbasedTotalGHGEmissionsPerNetRevenue")
                .doubleValue())
        .isCloseTo(
            t.totalMarket() / 1e6 / (revenue.value() * 1e6),
            org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void eachReportedScope3CategoryIsTaggedOnTheCategoryAxisAndTheyAddUpToScope3() {
    BigDecimal sum = BigDecimal.ZERO;
    int tagged = 0;
    for (AnnualReport.CategoryFigure c : report.scope3()) {
      Map<String, BigDecimal> facts = facts("s3c" + c.category());
      if (!c.reported()) {
        assertThat(facts).isEmpty();
        continue;
      }
      tagged++;
      BigDecimal expected = Tonnes.of(inventory.scope3Categories().get(c.category()));
      assertThat(facts.get("GrossScope3GreenhouseGasEmissions"))
          .as("category %d", c.category())
          .isEqualByComparingTo(expected);
      sum = sum.add(facts.get("GrossScope3GreenhouseGasEmissions"));
      Element context = context("s3c" + c.category());
      Element member = (Element) context.getElementsByTagNameNS(XBRLDI, "explicitMember").item(0);
      assertThat(member.getAttribute("dimension"))
          .isEqualTo("esrs:Scope3GHGEmissionsCategoryGHGProtocolAxis");
      assertThat(member.getTextContent())
          .startsWith("esrs:Category" + c.category())
          .endsWith("Member");
    }
    assertThat(tagged).isGreaterThan(3);
    assertThat(sum).isEqualByComparingTo(Tonnes.of(inventory.totals().scope3()));
  }

  @Test
  void everyFactNamesADeclaredContextAndUnitAndTheDocumentIsOneXhtmlPage() {
    Set<String> contexts = new LinkedHashSet<>();
    for (Element c : elements(XBRLI, "context")) {
      contexts.add(c.getAttribute("id"));
    }
    Set<String> units = new LinkedHashSet<>();
    for (Element u : elements(XBRLI, "unit")) {
      units.add(u.getAttribute("id"));
    }
    for (Element e : elements(IX, "nonFraction")) {
      assertThat(contexts).contains(e.getAttribute("contextRef"));
      assertThat(units).contains(e.getAttribute("unitRef"));
    }
    assertThat(document.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://www.w3.org/1999/xhtml");
    assertThat(
            elements("http://www.xbrl.org/2003/linkbase", "schemaRef")
                .get(0)
                .getAttributeNS("http://www.w3.org/1999/xlink", "href"))
        .isEqualTo("https://xbrl.efrag.org/taxonomy/esrs/2023-12-22/esrs_all.xsd");
  }

  /**
   * Biogenic CO2 is tagged apart from the scopes with the taxonomy's two biogenic elements (ESRS E1
   * AR 43(c) for Scope 1, AR 45(e) for Scope 2), by hand: a boiler's 5 t fossil CO2 and 2 t
   * biogenic CO2 in Scope 1; 1 t biogenic CO2 in the grid electricity, once by each Scope 2 method,
   * is 1 t (its location-based line), not 2 t. Gross Scope 1 stays 5 t.
   */
  @Test
  void biogenicCo2IsTaggedApartFromScopes1And2() throws Exception {
    org.scopeplus.core.disclosure.ReportSubject subject =
        new org.scopeplus.core.disclosure.ReportSubject(
            "Example Co", "", 2024, "operational_control", "AR5", "r", "h", "1", Set.of());
    org.scopeplus.core.disclosure.ComposingReport c =
        new org.scopeplus.core.disclosure.ComposingReport(subject);
    c.accept(line(1, org.scopeplus.core.calculation.Scope2Method.NOT_APPLICABLE, false, 5_000_000));
    c.accept(line(1, org.scopeplus.core.calculation.Scope2Method.NOT_APPLICABLE, true, 2_000_000));
    c.accept(line(2, org.scopeplus.core.calculation.Scope2Method.LOCATION, true, 1_000_000));
    c.accept(line(2, org.scopeplus.core.calculation.Scope2Method.MARKET, true, 1_000_000));
    AnnualReport r = c.compose(subject, org.scopeplus.core.disclosure.ReportContext.NONE);
    Map<String, BigDecimal> facts = tagged(new ReportIxbrlWriter().document(r));
    assertThat(
            facts.get(
                "BiogenicEmissionsOfCO2FromCombustionOrBiodegradationOfBiomassNotIncludedInScope1GHGEmissions"))
        .isEqualByComparingTo("2");
    assertThat(
            facts.get(
                "BiogenicEmissionsOfCO2FromCombustionOrBiodegradationOfBiomassNotIncludedInScope2GHGEmissions"))
        .isEqualByComparingTo("1");
    assertThat(facts.get("GrossScope1GreenhouseGasEmissions")).isEqualByComparingTo("5");
    assertThat(recordedNames())
        .contains(
            "BiogenicEmissionsOfCO2FromCombustionOrBiodegradationOfBiomassNotIncludedInScope1GHGEmissions",
            "BiogenicEmissionsOfCO2FromCombustionOrBiodegradationOfBiomassNotIncludedInScope2GHGEmissions");
  }

  /**
   * Biogenic CO2 of the value chain is tagged apart from Scope 3 (ESRS E1 AR 46(j)) with the
   * element esrs_cor.xsd declares for it; by hand: 4 t fossil CO2 and 1.5 t biogenic CO2 in
   * purchased goods (category 1), so gross Scope 3 is 4 t and the biogenic fact 1.5 t, and the
   * Scope 1 and 2 biogenic facts stay 0.
   */
  @Test
  void biogenicCo2OfTheValueChainIsTaggedApartFromScope3() throws Exception {
    org.scopeplus.core.disclosure.ReportSubject subject =
        new org.scopeplus.core.disclosure.ReportSubject(
            "Example Co", "", 2024, "operational_control", "AR5", "r", "h", "1", Set.of());
    org.scopeplus.core.disclosure.ComposingReport c =
        new org.scopeplus.core.disclosure.ComposingReport(subject);
    c.accept(scope3(false, 4_000_000));
    c.accept(scope3(true, 1_500_000));
    AnnualReport r = c.compose(subject, org.scopeplus.core.disclosure.ReportContext.NONE);
    String scope3Biogenic =
        "BiogenicEmissionsOfCO2FromCombustionOrBiodegradationOfBiomassThatOccurInUpstreamAndDownstreamValueChainNotIncludedInScope3GHGEmissions";
    Map<String, BigDecimal> facts = tagged(new ReportIxbrlWriter().document(r));
    assertThat(facts.get(scope3Biogenic)).isEqualByComparingTo("1.5");
    assertThat(facts.get("GrossScope3GreenhouseGasEmissions")).isEqualByComparingTo("4");
    assertThat(
            facts.get(
                "BiogenicEmissionsOfCO2FromCombustionOrBiodegradationOfBiomassNotIncludedInScope1GHGEmissions"))
        .isEqualByComparingTo("0");
    assertThat(recordedNames()).contains(scope3Biogenic);
  }

  private static org.scopeplus.core.disclosure.ReportLine scope3(boolean biogenic, long grams) {
    return new org.scopeplus.core.disclosure.ReportLine(
        "p",
        "Co",
        "",
        "t",
        "spend-based",
        3,
        1,
        org.scopeplus.core.calculation.Scope2Method.NOT_APPLICABLE,
        "CO2",
        biogenic,
        !biogenic,
        grams,
        false,
        "f",
        "Pub",
        grams);
  }

  /**
   * A filer's LEI identifies the entity under the ISO 17442 scheme; GLEIF's own LEI
   * 506700GE1G29325QX363 (gleif.org) passes the ISO 7064 MOD 97-10 check, the same with its last
   * digit changed does not and is refused with a sentence, as is a 21-character one.
   */
  @Test
  void anLeiIdentifiesTheEntityAndABadOneIsRefused() throws Exception {
    String doc = new ReportIxbrlWriter("506700ge1g29325qx363").document(report);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document d =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
    NodeList ids = d.getElementsByTagNameNS(XBRLI, "identifier");
    assertThat(ids.getLength()).isPositive();
    for (int i = 0; i < ids.getLength(); i++) {
      Element id = (Element) ids.item(i);
      assertThat(id.getAttribute("scheme")).isEqualTo("http://standards.iso.org/iso/17442");
      assertThat(id.getTextContent()).isEqualTo("506700GE1G29325QX363");
    }
    assertThat(ReportIxbrlWriter.validLei("506700GE1G29325QX364")).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new ReportIxbrlWriter("506700GE1G29325QX364"))
        .isInstanceOf(ReportRefused.class)
        .hasMessageContaining("ISO 17442");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new ReportIxbrlWriter("506700GE1G29325QX3630"))
        .isInstanceOf(ReportRefused.class);
    Element placeholder = (Element) document.getElementsByTagNameNS(XBRLI, "identifier").item(0);
    assertThat(placeholder.getAttribute("scheme")).isEqualTo(ReportIxbrlWriter.ENTITY_SCHEME);
  }

  private static org.scopeplus.core.disclosure.ReportLine line(
      int scope, org.scopeplus.core.calculation.Scope2Method m, boolean biogenic, long grams) {
    return new org.scopeplus.core.disclosure.ReportLine(
        "r",
        "Co",
        "",
        "t",
        "fuel-based",
        scope,
        0,
        m,
        "CO2",
        biogenic,
        !biogenic,
        grams,
        true,
        "f",
        "Pub",
        grams);
  }

  private static Map<String, BigDecimal> tagged(String xhtml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document d =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    NodeList l = d.getElementsByTagNameNS(IX, "nonFraction");
    Map<String, BigDecimal> out = new HashMap<>();
    for (int i = 0; i < l.getLength(); i++) {
      Element e = (Element) l.item(i);
      String name = e.getAttribute("name");
      out.put(
          name.substring(name.indexOf(':') + 1),
          new BigDecimal(e.getTextContent().strip())
              .scaleByPowerOfTen(Integer.parseInt(e.getAttribute("scale"))));
    }
    return out;
  }

  @Test
  void revenueUnitsAreReadAsIso4217Currencies() {
    assertThat(ReportIxbrlWriter.Currency.parse("million CNY"))
        .contains(new ReportIxbrlWriter.Currency("CNY", 6));
    assertThat(ReportIxbrlWriter.Currency.parse("EUR"))
        .contains(new ReportIxbrlWriter.Currency("EUR", 0));
    assertThat(ReportIxbrlWriter.Currency.parse("thousand RMB"))
        .contains(new ReportIxbrlWriter.Currency("CNY", 3));
    assertThat(ReportIxbrlWriter.Currency.parse("employees")).isEmpty();
    assertThat(ReportIxbrlWriter.Currency.parse("a lot of USD")).isEmpty();
  }

  /** The facts of one context: local name to value (shown x 10^scale, with its sign). */
  private static Map<String, BigDecimal> facts(String contextId) {
    Map<String, BigDecimal> out = new HashMap<>();
    for (Element e : elements(IX, "nonFraction")) {
      if (!e.getAttribute("contextRef").equals(contextId)) {
        continue;
      }
      BigDecimal v =
          new BigDecimal(e.getTextContent().strip())
              .scaleByPowerOfTen(Integer.parseInt(e.getAttribute("scale")));
      if (e.getAttribute("sign").equals("-")) {
        v = v.negate();
      }
      String name = e.getAttribute("name");
      assertThat(out.put(name.substring(name.indexOf(':') + 1), v))
          .as("one %s fact", name)
          .isNull();
    }
    return out;
  }

  private static Element context(String id) {
    for (Element c : elements(XBRLI, "context")) {
      if (c.getAttribute("id").equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no context " + id);
  }

  private static List<Element> elements(String ns, String local) {
    NodeList l = document.getElementsByTagNameNS(ns, local);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < l.getLength(); i++) {
      out.add((Element) l.item(i));
    }
    return out;
  }

  private static Set<String> recordedNames() throws Exception {
    Set<String> names = new LinkedHashSet<>();
    try (InputStream in =
        ReportIxbrlWriterTest.class.getResourceAsStream(
            "/disclosure/esrs-set1-2023-12-22-e1-6-elements.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          names.add(s);
        }
      }
    }
    return names;
  }
}
