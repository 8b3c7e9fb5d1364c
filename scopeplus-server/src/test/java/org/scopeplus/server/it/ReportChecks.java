package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A stored run's annual report over HTTP (docs/report.md): its figures equal the run's totals in
 * JSON, PDF (English and Chinese), XLSX and the ESRS E1-6 inline XBRL; the verifier's opinion on
 * the run is in it; roles and tenants are kept apart; unusable parameters are refused with a
 * sentence.
 */
abstract class ReportChecks extends ServiceChecks {

  @Test
  void aRunsReportStatesItsTotalsInEveryFormatToEveryReadingRole() throws Exception {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    imported(t.admin, period, ApiClient.write(dir, "a.csv", ActivityFiles.small("R")));
    JsonNode run = ran(t.admin, period, Map.of()).json();
    String id = run.get("id").asString();
    String path = "/api/v1/runs/" + id + "/report";
    JsonNode totals = run.get("totals");
    long scope1 = totals.get("scope1").asLong();
    long market = scope1 + totals.get("scope2Market").asLong() + totals.get("scope3").asLong();

    ApiClient.Reply opinion =
        t.verifier.post(
            "/api/v1/periods/" + period + "/opinions",
            Map.of(
                "runId",
                id,
                "assurance",
                "limited",
                "materialityThreshold",
                0.05,
                "opinion",
                "nothing has come to our attention"));
    assertThat(opinion.status()).as(opinion.text()).isEqualTo(201);

    // the company's net revenue of the year, recorded as an indicator: 250 million
    Map<String, Object> revenue =
        Map.of("orgUnit", "Group", "year", 2024, "metric", "revenue", "value", 250.0);
    ApiClient.Reply recorded = t.admin.post("/api/v1/indicators", revenue);
    assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);

    JsonNode json = t.viewer.get(path + "?format=json").json();
    // ESRS E1 §53 by hand: total market-based tonnes over 250 (million) of net revenue
    JsonNode intensity = null;
    for (JsonNode f : json.get("disclosures").get("esrsE1_6")) {
      if (f.get("id").asString().equals("esrs-e1-6-intensity-market")) {
        intensity = f;
      }
    }
    assertThat(intensity).isNotNull();
    assertThat(intensity.get("tonnesPerUnit").asDouble())
        .isCloseTo(market / 1e6 / 250.0, org.assertj.core.data.Percentage.withPercentage(1e-9));
    assertThat(intensity.get("per").asString()).isEqualTo("million");
    assertThat(json.get("schema").asString()).isEqualTo("scopeplus.report/1");
    assertThat(json.get("totals").get("scope1").decimalValue())
        .isEqualByComparingTo(BigDecimal.valueOf(scope1, 6));
    assertThat(json.get("totals").get("totalMarket").decimalValue())
        .isEqualByComparingTo(BigDecimal.valueOf(market, 6));
    assertThat(json.get("subject").get("runHash").asString())
        .isEqualTo(run.get("resultSha256").asString());
    assertThat(json.get("verification").get("assurance").asString()).isEqualTo("limited");
    assertThat(json.get("uncertainty").get("intervals").size()).isPositive();

    for (String lang : new String[] {"en", "zh-CN"}) {
      HttpResponse<byte[]> pdf = bytes(t.verifier, path + "?format=pdf&lang=" + lang);
      assertThat(pdf.statusCode()).isEqualTo(200);
      assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
      String text = text(pdf.body());
      assertThat(text).contains(org.scopeplus.io.report.Tonnes.formatted(market));
      assertThat(text).contains(lang.equals("en") ? "Verification statement" : "核查声明");
    }
    HttpResponse<byte[]> xlsx = bytes(t.admin, path + "?format=xlsx");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
      double s1 = ev.evaluate(wb.getSheet("Summary").getRow(1).getCell(1)).getNumberValue();
      assertThat(Math.round(s1 * 1e6)).isEqualTo(scope1);
      double tm = ev.evaluate(wb.getSheet("Summary").getRow(6).getCell(1)).getNumberValue();
      assertThat(Math.round(tm * 1e6)).isEqualTo(market);
    }

    HttpResponse<byte[]> ixbrl = bytes(t.verifier, path + "?format=ixbrl");
    assertThat(ixbrl.statusCode()).isEqualTo(200);
    assertThat(ixbrl.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/xhtml+xml");
    String xhtml = new String(ixbrl.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(xhtml)
        .contains(
            "name=\"esrs:GrossScope1GreenhouseGasEmissions\"",
            "name=\"esrs:MarketBasedGreenhouseGasEmissions\"",
            ">" + BigDecimal.valueOf(market, 6).toPlainString() + "</ix:nonFraction>");

    assertProblem(t.dataOwner.get(path + "?format=json"), 403);
    assertProblem(newTenant().admin.get(path + "?format=json"), 404);
    assertProblem(t.viewer.get(path + "?format=docx"), 400);
    assertProblem(t.viewer.get(path + "?format=pdf&lang=fr"), 400);
    // the filer's LEI (GLEIF's own) identifies the entity; one failing ISO 7064's check is a 400
    HttpResponse<byte[]> withLei =
        bytes(t.verifier, path + "?format=ixbrl&lei=506700GE1G29325QX363");
    assertThat(withLei.statusCode()).isEqualTo(200);
    assertThat(new String(withLei.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains(
            "<xbrli:identifier scheme=\"http://standards.iso.org/iso/17442\">506700GE1G29325QX363<");
    assertProblem(t.viewer.get(path + "?format=ixbrl&lei=506700GE1G29325QX364"), 400);
  }

  @Test
  void aStoredRunsReportShowsTheCompanysTargetPathway() throws Exception {
    TenantFixture t = newTenant();
    ApiClient.Reply p2020 =
        t.admin.post(
            "/api/v1/periods",
            Map.of("name", "FY2020", "start", "2020-01-01", "end", "2020-12-31"));
    assertThat(p2020.status()).as(p2020.text()).isEqualTo(201);
    // the base year: 1,000 t of CO2 released by a process, 1,000 t CO2e of Scope 1 (GWP 1)
    imported(
        t.admin,
        p2020.str("id"),
        ApiClient.write(
            dir,
            "base.csv",
            ActivityFiles.HEADER
                + "B-1,Group/Retail/Store-07,Store-07,2020-03,s1.process.release,1000,t,CN-SH,CO2,,"
                + "measured,scale ticket\n"));
    JsonNode base = ran(t.admin, p2020.str("id"), Map.of()).json();
    assertThat(base.get("totals").get("scope1").asLong()).isEqualTo(1_000_000_000L);
    ApiClient.Reply baseYear =
        t.admin.put("/api/v1/base-year", Map.of("runId", base.get("id").asString()));
    assertThat(baseYear.status()).as(baseYear.text()).isEqualTo(200);
    Map<String, Object> target = new java.util.HashMap<>();
    target.put("name", "Scopes 1+2 -50% by 2030");
    target.put("kind", "absolute");
    target.put("orgUnit", "Group");
    target.put("scopes", "1+2");
    target.put("scope2", "market");
    target.put("baseYear", 2020);
    target.put("targetYear", 2030);
    target.put("targetValue", 0.5);
    target.put("pathway", "linear");
    ApiClient.Reply set = t.admin.post("/api/v1/targets", target);
    assertThat(set.status()).as(set.text()).isEqualTo(201);
    String period = period2024(t.admin);
    imported(t.admin, period, ApiClient.write(dir, "p.csv", ActivityFiles.small("P")));
    JsonNode run = ran(t.admin, period, Map.of()).json();
    String path = "/api/v1/runs/" + run.get("id").asString() + "/report";
    long actual =
        run.get("totals").get("scope1").asLong() + run.get("totals").get("scope2Market").asLong();

    // by hand (linear pathway): 1,000 t in 2020, -50% by 2030: 1,000 - 500 x 4/10 = 800 t in 2024
    JsonNode json = t.viewer.get(path + "?format=json").json();
    assertThat(json.get("pathwayTarget").asString()).isEqualTo("Scopes 1+2 -50% by 2030");
    assertThat(json.get("trendMeasure").asString()).isEqualTo("scope-1-2-market");
    Map<Integer, BigDecimal> pathway = new java.util.TreeMap<>();
    for (JsonNode y : json.get("pathway")) {
      pathway.put(y.get("year").asInt(), y.get("tonnes").decimalValue());
    }
    assertThat(pathway).hasSize(11);
    assertThat(pathway.get(2020)).isEqualByComparingTo("1000");
    assertThat(pathway.get(2024)).isEqualByComparingTo("800");
    assertThat(pathway.get(2030)).isEqualByComparingTo("500");
    // the trend's years (the base year and the run's) carry the same values
    Map<Integer, BigDecimal> trendPathway = new java.util.TreeMap<>();
    for (JsonNode y : json.get("trend")) {
      trendPathway.put(y.get("year").asInt(), y.get("pathway").decimalValue());
    }
    assertThat(trendPathway.keySet()).containsExactly(2020, 2024);
    assertThat(trendPathway.get(2024)).isEqualByComparingTo("800");
    for (String lang : new String[] {"en", "zh-CN"}) {
      HttpResponse<byte[]> pdf = bytes(t.verifier, path + "?format=pdf&lang=" + lang);
      assertThat(pdf.statusCode()).isEqualTo(200);
      String text = text(pdf.body()).replaceAll("\\s+", " ");
      // the ledger's label cell, then its value and unit cells (the extracted text joins them)
      assertThat(text)
          .containsPattern(
              java.util.regex.Pattern.quote(
                      lang.equals("en")
                          ? "Scopes 1+2 -50% by 2030: pathway 2024"
                          : "Scopes 1+2 -50% by 2030：2024年目标路径")
                  + " ?800 ?t CO2e");
    }
    // the target's actual of the year is the run's Scopes 1+2 (market-based)
    JsonNode actualEntry = null;
    for (JsonNode e : json.get("managementLedgers")) {
      if (e.get("label").asString().equals("Scopes 1+2 -50% by 2030: actual 2024")) {
        actualEntry = e;
      }
    }
    assertThat(actualEntry).isNotNull();
    assertThat(Math.round(actualEntry.get("value").asDouble() * 1e6)).isEqualTo(actual);
    HttpResponse<byte[]> xlsx = bytes(t.admin, path + "?format=xlsx");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Double xlsxPathway = null;
      for (org.apache.poi.ss.usermodel.Row r : wb.getSheet("Context")) {
        if (r.getCell(0) != null
            && r.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
            && r.getCell(0).getNumericCellValue() == 2024
            && r.getCell(3) != null
            && r.getCell(3).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
          xlsxPathway = r.getCell(3).getNumericCellValue();
        }
      }
      assertThat(xlsxPathway).isEqualTo(800.0);
    }
  }

  private static String text(byte[] pdf) throws Exception {
    StringBuilder b = new StringBuilder();
    try (PdfReader reader = new PdfReader(pdf)) {
      PdfTextExtractor x = new PdfTextExtractor(reader);
      for (int i = 1; i <= reader.getNumberOfPages(); i++) {
        b.append(x.getTextFromPage(i)).append('\n');
      }
    }
    return b.toString();
  }
}
