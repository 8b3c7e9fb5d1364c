package org.scopeplus.io.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.disclosure.AnnualReport;
import org.scopeplus.core.disclosure.DisclosedFigure;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.io.demo.DemoReport;
import org.scopeplus.io.report.Tonnes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo company's 2024 report in every format, read back: each figure equals the run's own
 * totals (the inventory's exact sums, made by a different path than the report's line groups). The
 * PDF pages are rendered to PNG with poppler's pdftoppm under target/report-pages/ to be looked at,
 * in English and in Chinese.
 */
class AnnualReportRenderingTest {

  private static final int YEAR = 2024;
  private static AnnualReport report;
  private static Inventory inventory;
  private static byte[] pdfEn;
  private static byte[] pdfZh;

  @BeforeAll
  static void compose() throws IOException {
    FileRunReport.Composed c = DemoReport.of(YEAR);
    assertThat(c.ok()).isTrue();
    report = c.report();
    inventory = c.outcome().inventory();
    pdfEn = pdf(ReportLanguage.EN);
    pdfZh = pdf(ReportLanguage.ZH_CN);
  }

  private static byte[] pdf(ReportLanguage l) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ReportPdfWriter().write(report, l, out);
    return out.toByteArray();
  }

  @Test
  void theReportsSumsEqualTheInventorysSums() {
    assertThat(report.totals()).isEqualTo(inventory.totals());
    for (AnnualReport.CategoryFigure c : report.scope3()) {
      assertThat(c.grams())
          .as("category %d", c.category())
          .isEqualTo(inventory.scope3Categories().get(c.category()));
    }
    for (AnnualReport.UnitFigure u : report.businessUnits()) {
      assertThat(u.totals()).as(u.unit()).isEqualTo(inventory.byOrgUnit().get(u.unit()));
    }
    assertThat(report.lines()).isEqualTo(inventory.lines());
    assertThat(report.totals().totalMarket()).isPositive();
  }

  @Test
  void everyFigureOfTheDataPackIsAFormulaThatEvaluatesToTheInventory() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ReportXlsxWriter().write(report, ReportLanguage.EN, out);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
      Sheet summary = wb.getSheet("Summary");
      Totals t = inventory.totals();
      long[] expected = {
        t.scope1(),
        t.scope2Location(),
        t.scope2Market(),
        t.scope3(),
        t.totalLocation(),
        t.totalMarket(),
        t.biogenicCo2(),
        t.montrealMemo()
      };
      for (int i = 0; i < expected.length; i++) {
        Cell cell = summary.getRow(i + 1).getCell(1);
        assertThat(cell.getCellFormula()).as("Summary row %d", i + 2).isNotBlank();
        assertThat(grams(ev.evaluate(cell).getNumberValue()))
            .as("Summary row %d", i + 2)
            .isEqualTo(expected[i]);
      }
      Sheet scope3 = wb.getSheet("Scope3");
      for (int c = 1; c <= 15; c++) {
        Cell cell = scope3.getRow(c).getCell(2);
        assertThat(grams(ev.evaluate(cell).getNumberValue()))
            .as("category %d", c)
            .isEqualTo(inventory.scope3Categories().get(c));
      }
      Sheet units = wb.getSheet("BusinessUnits");
      for (int i = 0; i < report.businessUnits().size(); i++) {
        Row row = units.getRow(i + 1);
        Totals u = inventory.byOrgUnit().get(row.getCell(0).getStringCellValue());
        assertThat(grams(ev.evaluate(row.getCell(1)).getNumberValue())).isEqualTo(u.scope1());
        assertThat(grams(ev.evaluate(row.getCell(5)).getNumberValue())).isEqualTo(u.totalMarket());
      }
      Sheet disclosures = wb.getSheet("Disclosures");
      int checked = 0;
      for (Row row : disclosures) {
        String id = row.getCell(0).getStringCellValue();
        for (DisclosedFigure f : report.disclosures()) {
          if (f.id().equals(id) && f.value() instanceof DisclosedFigure.Grams g) {
            assertThat(row.getCell(3).getCellFormula()).isNotBlank();
            assertThat(grams(ev.evaluate(row.getCell(3)).getNumberValue()))
                .as(id)
                .isEqualTo(g.grams());
            checked++;
          }
          if (f.id().equals(id) && f.value() instanceof DisclosedFigure.Percent p) {
            // the ETS share (§48(b)) and the share of Scope 3 from primary data (AR 46(g)):
            // formulas over the Lines sheet equal to the report's own percentages
            assertThat(row.getCell(3).getCellFormula()).as(id).isNotBlank();
            assertThat(ev.evaluate(row.getCell(3)).getNumberValue())
                .as(id)
                .isCloseTo(p.percent(), org.assertj.core.data.Offset.offset(1e-9));
            checked++;
          }
          if (f.id().equals(id) && f.value() instanceof DisclosedFigure.Intensity i) {
            assertThat(ev.evaluate(row.getCell(3)).getNumberValue())
                .as(id)
                .isCloseTo(
                    i.tonnesPerUnit(), org.assertj.core.data.Percentage.withPercentage(1e-9));
            checked++;
          }
        }
      }
      assertThat(checked).isGreaterThanOrEqualTo(15);
    }
  }

  /**
   * The demo run is within the limit, so the Lines sheet has one row per calculated line (as many
   * as the inventory counted, by its own path), each naming its record, with its factor's source
   * beside a library factor; the Summary's formulas over those rows evaluate (POI) to the
   * inventory's totals.
   */
  @Test
  void theLinesSheetListsEveryCalculatedLineAndTheFormulasSumThem() throws IOException {
    assertThat(report.detailed()).isTrue();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ReportXlsxWriter().write(report, ReportLanguage.EN, out);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet lines = wb.getSheet("Lines");
      Row header = lines.getRow(0);
      assertThat(header.getCell(14).getStringCellValue()).isEqualTo("record_id");
      assertThat(header.getCell(18).getStringCellValue()).startsWith("Each row is one calculated");
      assertThat((long) lines.getLastRowNum()).isEqualTo(inventory.lines());
      java.util.Set<String> records = new java.util.HashSet<>();
      for (int i = 1; i <= lines.getLastRowNum(); i++) {
        Row row = lines.getRow(i);
        assertThat(row.getCell(14).getStringCellValue()).as("row %d", i + 1).isNotBlank();
        assertThat(row.getCell(12).getNumericCellValue()).as("row %d", i + 1).isEqualTo(1.0);
        if (!row.getCell(8).getStringCellValue().isEmpty()) {
          assertThat(row.getCell(9).getStringCellValue()).as("row %d", i + 1).isNotBlank();
        }
        records.add(row.getCell(14).getStringCellValue());
      }
      assertThat(records.size()).isGreaterThan(1);
      assertSummaryEqualsInventory(wb);
    }
  }

  /**
   * Above the limit the Lines sheet lists the line groups and says so in S1; the same formulas
   * still evaluate to the inventory's totals.
   */
  @Test
  void aReportWithoutItsLinesListsTheGroupsAndSaysSo() throws IOException {
    AnnualReport grouped =
        org.scopeplus.core.disclosure.ComposingReport.of(
            report.subject(), report.groups(), report.context());
    assertThat(grouped.detailed()).isFalse();
    for (ReportLanguage l : ReportLanguage.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new ReportXlsxWriter().write(grouped, l, out);
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
        Sheet lines = wb.getSheet("Lines");
        assertThat(lines.getLastRowNum()).isEqualTo(report.groups().size());
        assertThat(lines.getRow(0).getCell(18).getStringCellValue())
            .contains(l == ReportLanguage.EN ? "group of lines" : "一组明细")
            .contains(String.valueOf(report.groups().size()));
        assertSummaryEqualsInventory(wb);
      }
    }
  }

  private static void assertSummaryEqualsInventory(XSSFWorkbook wb) {
    FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
    Sheet summary = wb.getSheet("Summary");
    Totals t = inventory.totals();
    long[] expected = {
      t.scope1(),
      t.scope2Location(),
      t.scope2Market(),
      t.scope3(),
      t.totalLocation(),
      t.totalMarket(),
      t.biogenicCo2(),
      t.montrealMemo()
    };
    for (int i = 0; i < expected.length; i++) {
      Cell cell = summary.getRow(i + 1).getCell(1);
      // the scopes are sums over the Lines sheet; the two totals (rows 6, 7) add the scope cells
      assertThat(cell.getCellFormula())
          .as("Summary row %d", i + 2)
          .contains(i == 4 || i == 5 ? "B2+" : "Lines!");
      assertThat(grams(ev.evaluate(cell).getNumberValue()))
          .as("Summary row %d", i + 2)
          .isEqualTo(expected[i]);
    }
  }

  @Test
  void theEnglishPdfStatesEveryFigure() throws IOException {
    String text = text(pdfEn);
    assertThat(text).contains("Contents", "Page 1", "ESRS E1-6", "IFRS S2", "Scope 3+");
    for (String figure : figures()) {
      assertThat(text).contains(figure);
    }
  }

  @Test
  void theChinesePdfStatesEveryFigureWithAnEmbeddedCjkFont() throws IOException {
    String text = text(pdfZh);
    assertThat(text).contains("目录", "范围1", "第1页", "基于市场");
    for (String figure : figures()) {
      assertThat(text).contains(figure);
    }
    assertThat(new String(pdfZh, java.nio.charset.StandardCharsets.ISO_8859_1))
        .contains("/FontFile2");
  }

  /**
   * The Chinese PDF says the calculation methods, the ledgers' labels, the exchanges' guideline and
   * the revenue's unit in Chinese: no method key of the built-in catalog and none of the ledgers'
   * English words appears in its text. Names from the data stay as they were given: the
   * organisation, the target's name, and the factor sources' titles, which this test leaves out of
   * the report (one of them is "GHG Protocol mass-balance / direct measurement"). Every method of
   * the catalog has Chinese words, so a method added to the catalog without them fails here.
   */
  @Test
  void theChinesePdfSaysMethodsAndLedgerLabelsInChinese() throws IOException {
    List<AnnualReport.FactorFigure> unnamed = new ArrayList<>();
    for (AnnualReport.FactorFigure x : report.factors()) {
      unnamed.add(new AnnualReport.FactorFigure(x.factorId(), "", x.grams(), x.lines()));
    }
    AnnualReport withoutSources =
        new AnnualReport(
            report.subject(),
            report.totals(),
            report.scope3(),
            report.gases(),
            report.businessUnits(),
            unnamed,
            report.etsScope1Grams(),
            report.context(),
            report.groups(),
            report.lines());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ReportPdfWriter().write(withoutSources, ReportLanguage.ZH_CN, out);
    String text = text(out.toByteArray()).replaceAll("\\s+", " ");
    java.util.Set<String> methods = new java.util.TreeSet<>();
    org.scopeplus.io.builtin.BuiltInReferenceData.load()
        .catalog()
        .types()
        .forEach(t -> methods.add(t.method()));
    assertThat(methods).contains("average-data", "distance-based", "spend-based");
    ReportLanguage.Words zh = ReportLanguage.ZH_CN.words();
    for (String m : methods) {
      String words = zh.getOr("method." + m, "");
      assertThat(words).as(m).isNotBlank().doesNotContainPattern("[A-Za-z]");
      assertThat(text).as(m).doesNotContain(m);
    }
    assertThat(text).contains("平均数据法", "基于距离的方法", "减排类碳信用", "平台促成的减排量", "百万元");
    for (String english :
        List.of(
            ": actual",
            ": pathway",
            "avoidance",
            "removal",
            "residual after credits",
            "Reductions enabled",
            "SSE/SZSE",
            "million",
            "yes, 0 no")) {
      assertThat(text).as(english).doesNotContain(english);
    }
    assertThat(text(pdfEn)).contains("average-data", "Reductions enabled by the platform 2024");
  }

  @Test
  void theJsonCarriesTheSameFigures() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ReportJsonWriter().write(report, out);
    JsonNode root = JsonMapper.builder().build().readTree(out.toByteArray());
    assertThat(root.get("schema").asString()).isEqualTo(ReportJsonWriter.SCHEMA);
    Totals t = inventory.totals();
    assertThat(root.get("totals").get("scope1").decimalValue())
        .isEqualByComparingTo(Tonnes.of(t.scope1()));
    assertThat(root.get("totals").get("totalMarket").decimalValue())
        .isEqualByComparingTo(Tonnes.of(t.totalMarket()));
    JsonNode esrs = root.get("disclosures").get("esrsE1_6");
    assertThat(esrs.get(0).get("tonnes").decimalValue())
        .isEqualByComparingTo(Tonnes.of(t.scope1()));
    assertThat(root.get("scope3PlusAvoided").size()).isEqualTo(1);
    assertThat(root.get("lineGroups").size()).isEqualTo(report.groups().size());
  }

  @Test
  void pagesRenderToPngInBothLanguages() throws IOException, InterruptedException {
    for (var e : Map.of("en", pdfEn, "zh-CN", pdfZh).entrySet()) {
      Path dir = Path.of("target", "report-pages", e.getKey());
      Files.createDirectories(dir);
      Path pdf = dir.resolve("report.pdf");
      Files.write(pdf, e.getValue());
      Process p =
          new ProcessBuilder(
                  "pdftoppm", "-r", "60", "-png", pdf.toString(), dir.resolve("page").toString())
              .redirectErrorStream(true)
              .start();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
      List<Path> pages = new ArrayList<>();
      try (var s = Files.list(dir)) {
        s.filter(x -> x.toString().endsWith(".png")).sorted().forEach(pages::add);
      }
      try (PdfReader reader = new PdfReader(e.getValue())) {
        assertThat(pages).hasSize(reader.getNumberOfPages());
      }
      for (Path page : pages) {
        BufferedImage img = ImageIO.read(page.toFile());
        assertThat(inkedPixels(img)).as(page.toString()).isGreaterThan(500);
      }
    }
  }

  /** The figures both PDFs must show: the totals, the reported categories, ESRS grams figures. */
  private static List<String> figures() {
    List<String> out = new ArrayList<>();
    Totals t = inventory.totals();
    for (long g :
        new long[] {
          t.scope1(),
          t.scope2Location(),
          t.scope2Market(),
          t.scope3(),
          t.totalLocation(),
          t.totalMarket()
        }) {
      out.add(Tonnes.formatted(g));
    }
    inventory
        .scope3Categories()
        .forEach(
            (c, g) -> {
              if (g != 0) {
                out.add(Tonnes.formatted(g));
              }
            });
    for (DisclosedFigure f : report.disclosures()) {
      if (f.value() instanceof DisclosedFigure.Grams g) {
        out.add(Tonnes.formatted(g.grams()));
      }
    }
    return out;
  }

  /**
   * Each gas's mass (ISO 14064-1:2018 clause 9.3.1 e) equals the inventory's own mass sums per gas
   * group, in the report and in the data pack's Gases sheet, whose mass cells are formulas over the
   * Lines sheet's grams of gas.
   */
  @Test
  void gasMassesEqualTheInventorysMassesInTheReportAndTheDataPack() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ReportXlsxWriter().write(report, ReportLanguage.EN, out);
    int checked = 0;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
      Sheet gases = wb.getSheet("Gases");
      for (int i = 0; i < report.gases().size(); i++) {
        AnnualReport.GasFigure g = report.gases().get(i);
        var group =
            java.util.Arrays.stream(org.scopeplus.core.gas.GasGroup.values())
                .filter(x -> x.key().equals(g.gas()))
                .findFirst();
        if (group.isEmpty() || !inventory.byGas().containsKey(group.get())) {
          continue;
        }
        long mass = inventory.byGas().get(group.get()).massLocation();
        assertThat(g.locationMassGrams()).as(g.gas()).isEqualTo(mass);
        Cell cell = gases.getRow(i + 1).getCell(3);
        assertThat(cell.getCellFormula()).contains("Lines!$N:$N");
        assertThat(grams(ev.evaluate(cell).getNumberValue())).as(g.gas()).isEqualTo(mass);
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(3);
    var co2 = report.gases().stream().filter(g -> g.gas().equals("CO2")).findFirst().orElseThrow();
    assertThat(co2.locationMassGrams()).isPositive();
  }

  /**
   * Chinese names in the data of an English report (an organisation and a business unit) come out
   * in its text, not dropped: the standard font cannot show them, so the CJK font is embedded.
   */
  @Test
  void anEnglishReportShowsChineseNamesInItsData() throws IOException {
    var s = report.subject();
    AnnualReport chinese =
        new AnnualReport(
            new org.scopeplus.core.disclosure.ReportSubject(
                "鹰隼科技有限公司",
                "张伟",
                s.year(),
                s.consolidation(),
                s.gwpSet(),
                s.runId(),
                s.runHash(),
                s.engineVersion(),
                s.etsFacilities()),
            report.totals(),
            report.scope3(),
            report.gases(),
            report.businessUnits(),
            report.factors(),
            report.etsScope1Grams(),
            report.context(),
            report.groups(),
            report.lines());
    assertThat(ReportPdfWriter.beyondWinAnsi(chinese)).isTrue();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ReportPdfWriter().write(chinese, ReportLanguage.EN, out);
    String text = text(out.toByteArray());
    assertThat(text).contains("鹰隼科技有限公司", "张伟", "Verification statement");
    assertThat(text).contains(Tonnes.formatted(report.totals().totalMarket()));
  }

  /**
   * Supplier engagement figures in the JSON and the data pack, against a hand calculation: 2024 has
   * 8 t of Scope 3, of which 2 t from suppliers with validated targets (2/8 = 25%), 1.5 t from
   * supplier-specific data (1.5/8 = 18.75%) and 0.25 t naming a supplier not in the register plus
   * 0.75 t naming none (1 t without a registered supplier); 2023 has no Scope 3, so its shares have
   * nothing to divide by and are left empty, not 0. Without a register the report has neither the
   * member nor the sheet.
   */
  @Test
  void supplierEngagementIsInTheDataOnlyWithARegister() throws IOException {
    java.util.SortedMap<Integer, org.scopeplus.core.supplier.EngagementYear> years =
        new java.util.TreeMap<>();
    years.put(2023, engagement(2023, 0, 0, 0, 0, 0));
    years.put(2024, engagement(2024, 8_000_000, 2_000_000, 1_500_000, 250_000, 750_000));
    AnnualReport withRegister =
        new AnnualReport(
            report.subject(),
            report.totals(),
            report.scope3(),
            report.gases(),
            report.businessUnits(),
            report.factors(),
            report.etsScope1Grams(),
            report.context().withSupplierEngagement(years),
            report.groups(),
            report.lines());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ReportJsonWriter().write(withRegister, out);
    JsonNode se =
        JsonMapper.builder().build().readTree(out.toByteArray()).get("supplierEngagement");
    assertThat(se.size()).isEqualTo(2);
    JsonNode y2023 = se.get(0);
    assertThat(y2023.get("year").asInt()).isEqualTo(2023);
    assertThat(y2023.get("validatedTargetPercentOfScope3").isNull()).isTrue();
    assertThat(y2023.get("supplierSpecificPercentOfScope3").isNull()).isTrue();
    JsonNode y2024 = se.get(1);
    assertThat(y2024.get("scope3Tonnes").decimalValue()).isEqualByComparingTo("8");
    assertThat(y2024.get("validatedTargetTonnes").decimalValue()).isEqualByComparingTo("2");
    assertThat(y2024.get("validatedTargetPercentOfScope3").asDouble()).isEqualTo(25.0);
    assertThat(y2024.get("supplierSpecificTonnes").decimalValue()).isEqualByComparingTo("1.5");
    assertThat(y2024.get("supplierSpecificPercentOfScope3").asDouble()).isEqualTo(18.75);
    assertThat(y2024.get("noRegisteredSupplierTonnes").decimalValue()).isEqualByComparingTo("1");
    assertThat(y2024.get("unregisteredSupplierTonnes").decimalValue()).isEqualByComparingTo("0.25");
    assertThat(y2024.get("noSupplierTonnes").decimalValue()).isEqualByComparingTo("0.75");

    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    new ReportXlsxWriter().write(withRegister, ReportLanguage.EN, xlsx);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
      FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
      Sheet sheet = wb.getSheet("Suppliers");
      Row r2023 = sheet.getRow(1);
      assertThat(ev.evaluate(r2023.getCell(3)).getStringValue()).isEmpty();
      Row r2024 = sheet.getRow(2);
      assertThat(r2024.getCell(0).getNumericCellValue()).isEqualTo(2024);
      assertThat(r2024.getCell(1).getNumericCellValue()).isEqualTo(8.0);
      assertThat(ev.evaluate(r2024.getCell(3)).getNumberValue()).isEqualTo(25.0);
      assertThat(ev.evaluate(r2024.getCell(5)).getNumberValue()).isEqualTo(18.75);
      assertThat(r2024.getCell(6).getNumericCellValue()).isEqualTo(1.0);
    }

    ByteArrayOutputStream none = new ByteArrayOutputStream();
    new ReportJsonWriter().write(report, none);
    assertThat(report.context().supplierEngagement()).isNull();
    assertThat(JsonMapper.builder().build().readTree(none.toByteArray()).has("supplierEngagement"))
        .isFalse();
    ByteArrayOutputStream noneXlsx = new ByteArrayOutputStream();
    new ReportXlsxWriter().write(report, ReportLanguage.EN, noneXlsx);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(noneXlsx.toByteArray()))) {
      assertThat(wb.getSheet("Suppliers")).isNull();
    }
  }

  private static org.scopeplus.core.supplier.EngagementYear engagement(
      int year, long scope3, long validated, long specific, long unregistered, long unnamed) {
    return new org.scopeplus.core.supplier.EngagementYear(
        year,
        scope3,
        scope3,
        validated,
        specific,
        unregistered,
        unnamed,
        new java.util.TreeMap<>(),
        List.of(),
        List.of());
  }

  private static String text(byte[] pdf) throws IOException {
    StringBuilder b = new StringBuilder();
    try (PdfReader reader = new PdfReader(pdf)) {
      PdfTextExtractor x = new PdfTextExtractor(reader);
      for (int i = 1; i <= reader.getNumberOfPages(); i++) {
        b.append(x.getTextFromPage(i)).append('\n');
      }
    }
    return b.toString();
  }

  private static long grams(double tonnes) {
    return new BigDecimal(tonnes)
        .movePointRight(6)
        .setScale(0, java.math.RoundingMode.HALF_EVEN)
        .longValueExact();
  }

  private static int inkedPixels(BufferedImage img) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          n++;
        }
      }
    }
    return n;
  }
}
