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
