package org.scopeplus.io.disclosure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.disclosure.AnnualReport;
import org.scopeplus.core.disclosure.LineGroup;
import org.scopeplus.core.inventory.IntensityDenominator;
import org.scopeplus.io.report.Tonnes;

/**
 * ESRS E1-6 of the annual report as an inline XBRL document (XHTML, Inline XBRL 1.1) tagged with
 * the elements of the ESRS Set 1 XBRL taxonomy that EFRAG published on 2023-12-22 (namespace
 * {@value #ESRS_NAMESPACE}): gross Scope 1 and its share from regulated emissions trading schemes,
 * gross Scope 2 by both methods, gross Scope 3 and each reported category on the taxonomy's GHG
 * Protocol category axis, the share of Scope 3 from primary data, both totals and both intensities
 * per net revenue. Element, axis and member names are those of the taxonomy's E1-6 linkbases
 * ({@code all/linkbases/def_esrs_301060.xml}, {@code cal_esrs_301060.xml}, {@code
 * def_esrs_301061.xml}); units as its unit checks ask ({@code for_esrs_validation_units.xml}:
 * {@code utr:tCO2e}); docs/report.md lists them. Emissions are tagged in tonnes with six decimals
 * (whole grams), percentages as ratios (shown in per cent, {@code scale="-2"}).
 *
 * <p>The entity identifier is the filer's LEI (ISO 17442, under the scheme {@value #LEI_SCHEME})
 * when one is given, else the organisation's name under this platform's scheme. Biogenic CO2 of
 * Scope 1 and of Scope 2 (location-based lines) is tagged with the taxonomy's two biogenic
 * elements, apart from the scopes. The document is in English whatever the report's language.
 */
public final class ReportIxbrlWriter {

  /** The namespace of the ESRS Set 1 taxonomy of 2023-12-22. */
  public static final String ESRS_NAMESPACE = "https://xbrl.efrag.org/taxonomy/esrs/2023-12-22";

  /** The taxonomy's entry point the document refers to. */
  public static final String ENTRY_POINT =
      "https://xbrl.efrag.org/taxonomy/esrs/2023-12-22/esrs_all.xsd";

  /** The entity identifier scheme used when no LEI is given. */
  static final String ENTITY_SCHEME = "https://scopeplus.org/organisation";

  /** The scheme of a Legal Entity Identifier (ISO 17442), as ESEF filings name it. */
  public static final String LEI_SCHEME = "http://standards.iso.org/iso/17442";

  private final String lei;

  /** A writer that identifies the entity by the organisation's name (no LEI given). */
  public ReportIxbrlWriter() {
    this.lei = "";
  }

  /**
   * A writer that identifies the entity by {@code lei}, or by the organisation's name when it is
   * null or blank.
   *
   * @throws ReportRefused when {@code lei} is not a valid ISO 17442 identifier
   */
  public ReportIxbrlWriter(String lei) {
    String l = lei == null ? "" : lei.strip().toUpperCase(java.util.Locale.ROOT);
    if (!l.isEmpty() && !validLei(l)) {
      throw new ReportRefused(
          "the LEI '"
              + (l.length() > 40 ? l.substring(0, 40) + "..." : l)
              + "' is not an ISO 17442 identifier: 20 letters and digits whose last two are"
              + " check digits (ISO 7064 MOD 97-10)");
    }
    this.lei = l;
  }

  /**
   * An ISO 17442 LEI: 18 letters or digits and 2 check digits, the whole read as a number (A=10 ...
   * Z=35) leaving 1 when divided by 97 (ISO 7064 MOD 97-10).
   */
  static boolean validLei(String lei) {
    if (!lei.matches("[0-9A-Z]{18}[0-9]{2}")) {
      return false;
    }
    int mod = 0;
    for (char ch : lei.toCharArray()) {
      int v = Character.digit(ch, 36);
      mod = (v > 9 ? mod * 100 + v : mod * 10 + v) % 97;
    }
    return mod == 1;
  }

  /** The taxonomy's axis of the Scope 3 categories of the GHG Protocol. */
  static final String CATEGORY_AXIS = "Scope3GHGEmissionsCategoryGHGProtocolAxis";

  /** The members of {@link #CATEGORY_AXIS}, categories 1 to 15. */
  static final List<String> CATEGORY_MEMBERS =
      List.of(
          "Category1PurchasedGoodsAndServicesMember",
          "Category2CapitalGoodsMember",
          "Category3FuelAndEnergyrelatedActivitiesMember",
          "Category4UpstreamTransportationAndDistributionMember",
          "Category5WasteGeneratedInOperationsMember",
          "Category6BusinessTravelMember",
          "Category7EmployeeCommutingMember",
          "Category8UpstreamLeasedAssetsMember",
          "Category9DownstreamTransportationAndDistributionMember",
          "Category10ProcessingOfSoldProductsMember",
          "Category11UseOfSoldProductsMember",
          "Category12EndoflifeTreatmentOfSoldProductsMember",
          "Category13DownstreamLeasedAssetsMember",
          "Category14FranchisesMember",
          "Category15InvestmentsMember");

  /** Writes the E1-6 document of {@code report} to {@code out} (left open). */
  public void write(AnnualReport report, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(document(report));
    w.flush();
  }

  /** The XHTML text of the E1-6 document of {@code report}. */
  public String document(AnnualReport r) {
    int year = r.subject().year();
    var t = r.totals();
    List<String> rows = new ArrayList<>();
    List<String> contexts = new ArrayList<>();
    List<String> units = new ArrayList<>();
    String entity =
        "<xbrli:entity><xbrli:identifier scheme=\""
            + (lei.isEmpty() ? ENTITY_SCHEME : LEI_SCHEME)
            + "\">"
            + (lei.isEmpty() ? text(identifier(r.subject().organisation())) : lei)
            + "</xbrli:identifier></xbrli:entity>";
    String period =
        "<xbrli:period><xbrli:startDate>"
            + year
            + "-01-01</xbrli:startDate><xbrli:endDate>"
            + year
            + "-12-31</xbrli:endDate></xbrli:period>";
    contexts.add("<xbrli:context id=\"y\">" + entity + period + "</xbrli:context>");
    units.add("<xbrli:unit id=\"tCO2e\"><xbrli:measure>utr:tCO2e</xbrli:measure></xbrli:unit>");
    units.add("<xbrli:unit id=\"pure\"><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>");

    rows.add(
        tonnes(
            "Gross Scope 1 GHG emissions",
            "§48(a)",
            "GrossScope1GreenhouseGasEmissions",
            "y",
            t.scope1()));
    if (t.scope1() != 0) {
      rows.add(
          percent(
              "Percentage of Scope 1 GHG emissions from regulated emission trading schemes",
              "§48(b)",
              "PercentageOfScope1GreenhouseGasEmissionsFromRegulatedEmissionTradingSchemes",
              r.etsScope1Grams(),
              t.scope1()));
    } else {
      rows.add(
          row(
              "Percentage of Scope 1 GHG emissions from regulated emission trading schemes",
              "§48(b)",
              "not available: no Scope 1 emissions",
              ""));
    }
    rows.add(
        tonnes(
            "Gross location-based Scope 2 GHG emissions",
            "§49(a)",
            "GrossLocationBasedScope2GreenhouseGasEmissions",
            "y",
            t.scope2Location()));
    rows.add(
        tonnes(
            "Gross market-based Scope 2 GHG emissions",
            "§49(b)",
            "GrossMarketBasedScope2GreenhouseGasEmissions",
            "y",
            t.scope2Market()));
    rows.add(
        tonnes(
            "Gross Scope 3 GHG emissions",
            "§51",
            "GrossScope3GreenhouseGasEmissions",
            "y",
            t.scope3()));
    for (AnnualReport.CategoryFigure c : r.scope3()) {
      if (!c.reported()) {
        continue;
      }
      String id = "s3c" + c.category();
      contexts.add(
          "<xbrli:context id=\""
              + id
              + "\">"
              + entity
              + period
              + "<xbrli:scenario><xbrldi:explicitMember dimension=\"esrs:"
              + CATEGORY_AXIS
              + "\">esrs:"
              + CATEGORY_MEMBERS.get(c.category() - 1)
              + "</xbrldi:explicitMember></xbrli:scenario></xbrli:context>");
      rows.add(
          tonnes(
              "  Scope 3 category " + c.category(),
              "§51",
              "GrossScope3GreenhouseGasEmissions",
              id,
              c.grams()));
    }
    if (t.scope3() != 0) {
      rows.add(
          percent(
              "Percentage of gross Scope 3 GHG emissions calculated using primary data",
              "§AR 46(g)",
              "PercentageOfGrossScope3GreenhouseGasEmissionsCalculatedUsingPrimaryDataObtainedFromSuppliersOrOtherValueChainPartners",
              r.scope3PrimaryGrams(),
              t.scope3()));
    }
    rows.add(
        tonnes(
            "Total GHG emissions (location-based)",
            "§52(a)",
            "LocationBasedGreenhouseGasEmissions",
            "y",
            t.totalLocation()));
    rows.add(
        tonnes(
            "Total GHG emissions (market-based)",
            "§52(b)",
            "MarketBasedGreenhouseGasEmissions",
            "y",
            t.totalMarket()));

    // biogenic CO2 apart from the scopes (§AR 43(c), AR 45(e), AR 46(j)): Scope 2's from its
    // location-based
    // lines, so the same grid electricity is not counted under both methods
    long biogenic1 = 0;
    long biogenic2 = 0;
    long biogenic3 = 0;
    for (LineGroup g : r.groups()) {
      if (g.slot() == 4 && g.scope() == 1) {
        biogenic1 = Math.addExact(biogenic1, g.grams());
      } else if (g.slot() == 4 && g.scope() == 2 && g.scope2Method() != Scope2Method.MARKET) {
        biogenic2 = Math.addExact(biogenic2, g.grams());
      } else if (g.slot() == 4 && g.scope() == 3) {
        biogenic3 = Math.addExact(biogenic3, g.grams());
      }
    }
    rows.add(
        tonnes(
            "Biogenic CO2 emissions not included in Scope 1",
            "§AR 43(c)",
            "BiogenicEmissionsOfCO2FromCombustionOrBiodegradationOfBiomassNotIncludedInScope1GHGEmissions",
            "y",
            biogenic1));
    rows.add(
        tonnes(
            "Biogenic CO2 emissions not included in Scope 2",
            "§AR 45(e)",
            "BiogenicEmissionsOfCO2FromCombustionOrBiodegradationOfBiomassNotIncludedInScope2GHGEmissions",
            "y",
            biogenic2));
    // §AR 46(j): declared in common/esrs_cor.xsd beside the two above (ghgEmissionsItemType)
    rows.add(
        tonnes(
            "Biogenic CO2 emissions in the value chain not included in Scope 3",
            "§AR 46(j)",
            "BiogenicEmissionsOfCO2FromCombustionOrBiodegradationOfBiomassThatOccurInUpstreamAndDownstreamValueChainNotIncludedInScope3GHGEmissions",
            "y",
            biogenic3));

    IntensityDenominator revenue = r.context().revenue();
    Optional<Currency> currency =
        revenue == null ? Optional.empty() : Currency.parse(revenue.unit());
    String[][] intensities = {
      {
        "GHG intensity per net revenue (location-based)",
        "GHGEmissionsIntensityLocationbasedTotalGHGEmissionsPerNetRevenue"
      },
      {
        "GHG intensity per net revenue (market-based)",
        "GHGEmissionsIntensityMarketbasedTotalGHGEmissionsPerNetRevenue"
      }
    };
    long[] totals = {t.totalLocation(), t.totalMarket()};
    if (currency.isPresent()) {
      Currency cur = currency.get();
      units.add(
          "<xbrli:unit id=\"perRevenue\"><xbrli:divide><xbrli:unitNumerator><xbrli:measure>utr:tCO2e"
              + "</xbrli:measure></xbrli:unitNumerator><xbrli:unitDenominator><xbrli:measure>iso4217:"
              + cur.code()
              + "</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>");
      for (int i = 0; i < 2; i++) {
        // tonnes per (10^scale currency units), shown as such and tagged per currency unit
        BigDecimal shown =
            Tonnes.of(totals[i])
                .divide(BigDecimal.valueOf(revenue.value()), 6, RoundingMode.HALF_EVEN);
        rows.add(
            row(
                intensities[i][0],
                "§53",
                nonFraction(
                    intensities[i][1], "y", "perRevenue", shown, -cur.scale(), 6 + cur.scale()),
                "t CO2e per " + revenue.unit()));
      }
    } else {
      String why =
          revenue == null
              ? "not available: no net revenue for the year"
              : "not tagged: the revenue unit '" + revenue.unit() + "' names no ISO 4217 currency";
      for (String[] i : intensities) {
        rows.add(row(i[0], "§53", text(why), ""));
      }
    }

    StringBuilder b = new StringBuilder(8192);
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\"")
        .append(" xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\"")
        .append(" xmlns:ixt=\"http://www.xbrl.org/inlineXBRL/transformation/2020-02-12\"")
        .append(" xmlns:xbrli=\"http://www.xbrl.org/2003/instance\"")
        .append(" xmlns:xbrldi=\"http://xbrl.org/2006/xbrldi\"")
        .append(" xmlns:link=\"http://www.xbrl.org/2003/linkbase\"")
        .append(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
        .append(" xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\"")
        .append(" xmlns:utr=\"http://www.xbrl.org/2009/utr\"")
        .append(" xmlns:esrs=\"")
        .append(ESRS_NAMESPACE)
        .append(
            "\" xml:lang=\"en\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/>\n<title>")
        .append(text(r.subject().organisation()))
        .append(" — ESRS E1-6 gross Scopes 1, 2, 3 and total GHG emissions, ")
        .append(year)
        .append(
            "</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
        .append(
            "td,th{border:1px solid #999;padding:4px 8px;text-align:left}td.n{text-align:right}</style>\n")
        .append("</head>\n<body>\n<div style=\"display:none\">\n<ix:header>\n<ix:references>\n")
        .append("<link:schemaRef xlink:type=\"simple\" xlink:href=\"")
        .append(ENTRY_POINT)
        .append("\"/>\n</ix:references>\n<ix:resources>\n");
    for (String c : contexts) {
      b.append(c).append('\n');
    }
    for (String u : units) {
      b.append(u).append('\n');
    }
    b.append("</ix:resources>\n</ix:header>\n</div>\n<h1>")
        .append(text(r.subject().organisation()))
        .append("</h1>\n<h2>ESRS E1-6 Gross Scopes 1, 2, 3 and Total GHG emissions, ")
        .append(year)
        .append(
            "</h2>\n<p>Commission Delegated Regulation (EU) 2023/2772, ESRS E1 paragraphs 44 to 53;")
        .append(" tagged with the ESRS Set 1 XBRL taxonomy (EFRAG, 2023-12-22). Run ")
        .append(text(r.subject().runId().isEmpty() ? "calculated from files" : r.subject().runId()))
        .append(", GWP ")
        .append(text(r.subject().gwpSet()))
        .append(", ")
        .append(text(r.subject().consolidation()))
        .append(
            ".</p>\n<table>\n<tr><th>Disclosure</th><th>Paragraph</th><th>Value</th><th>Unit</th></tr>\n");
    for (String row : rows) {
      b.append(row).append('\n');
    }
    b.append("</table>\n</body>\n</html>\n");
    return b.toString();
  }

  private static String tonnes(
      String label, String paragraph, String element, String context, long grams) {
    return row(
        label, paragraph, nonFraction(element, context, "tCO2e", Tonnes.of(grams), 0, 6), "t CO2e");
  }

  private static String percent(
      String label, String paragraph, String element, long part, long whole) {
    BigDecimal shown =
        BigDecimal.valueOf(part)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    return row(label, paragraph, nonFraction(element, "y", "pure", shown, -2, 6), "%");
  }

  private static String row(String label, String paragraph, String value, String unit) {
    return "<tr><td>"
        + text(label.strip())
        + "</td><td>ESRS E1-6 "
        + text(paragraph)
        + "</td><td class=\"n\">"
        + value
        + "</td><td>"
        + text(unit)
        + "</td></tr>";
  }

  /**
   * An {@code ix:nonFraction}: {@code shown} as displayed; the fact is {@code shown x 10^scale},
   * accurate to {@code decimals} places; a negative value is shown without its sign and tagged
   * {@code sign="-"}, as Inline XBRL 1.1 asks.
   */
  private static String nonFraction(
      String element, String context, String unit, BigDecimal shown, int scale, int decimals) {
    return "<ix:nonFraction name=\"esrs:"
        + element
        + "\" contextRef=\""
        + context
        + "\" unitRef=\""
        + unit
        + "\" decimals=\""
        + decimals
        + "\" scale=\""
        + scale
        + "\" format=\"ixt:num-dot-decimal\""
        + (shown.signum() < 0 ? " sign=\"-\"" : "")
        + ">"
        + shown.abs().toPlainString()
        + "</ix:nonFraction>";
  }

  /** An identifier token from a name: its words joined by hyphens. */
  private static String identifier(String name) {
    String s = name.strip().replaceAll("\\s+", "-");
    return s.isEmpty() ? "reporting-organisation" : s;
  }

  /** Text escaped for XHTML. */
  static String text(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * A revenue unit read as an ISO 4217 currency and a power of ten: {@code million CNY} is CNY at
   * scale 6, {@code EUR} at 0; {@code RMB} is read as CNY.
   */
  record Currency(String code, int scale) {
    static Optional<Currency> parse(String unit) {
      String[] words = unit.strip().split("\\s+");
      int scale = 0;
      String code;
      if (words.length == 2) {
        scale =
            switch (words[0].toLowerCase(Locale.ROOT)) {
              case "thousand", "k" -> 3;
              case "million", "m", "mn" -> 6;
              case "billion", "bn" -> 9;
              default -> -1;
            };
        code = words[1];
      } else if (words.length == 1) {
        code = words[0];
      } else {
        return Optional.empty();
      }
      code = code.toUpperCase(Locale.ROOT);
      if (code.equals("RMB")) {
        code = "CNY";
      }
      if (scale < 0 || !code.matches("[A-Z]{3}")) {
        return Optional.empty();
      }
      return Optional.of(new Currency(code, scale));
    }
  }
}
