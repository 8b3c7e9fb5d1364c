package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The console's disclosure page in a real browser and over plain HTTP: the period's state and who
 * moved it, the verifier's opinion, the uncertainty per scope, and the annual report downloaded in
 * both languages; a data owner sees the state but not the report. Saved as screenshots in both
 * languages.
 */
abstract class DisclosureConsoleChecks extends ServiceChecks {

  @Test
  void thePageShowsStateOpinionUncertaintyAndDownloadsInBothLanguages() throws Exception {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    imported(t.admin, period, ApiClient.write(dir, "a.csv", ActivityFiles.small("D")));
    JsonNode run = ran(t.admin, period, Map.of()).json();
    String id = run.get("id").asString();
    ApiClient.Reply opinion =
        t.verifier.post(
            "/api/v1/periods/" + period + "/opinions",
            Map.of(
                "runId",
                id,
                "assurance",
                "reasonable",
                "materialityThreshold",
                0.05,
                "opinion",
                "fairly stated in all material respects"));
    assertThat(opinion.status()).as(opinion.text()).isEqualTo(201);
    String suffix = t.name.substring("tenant-".length());

    for (String lang : List.of("en", "zh-CN")) {
      try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, lang)) {
        b.logIn(t.login("verifier-" + suffix), TenantFixture.PASSWORD);
        b.open("/disclosure?run=" + id);
        assertThat(b.find("html").getAttribute("lang")).isEqualTo(lang);
        assertThat(b.find("#period-state").getText())
            .isEqualTo(lang.equals("en") ? "Open: data owners import and run" : "开放：数据负责人导入并计算");
        assertThat(b.find("#opinions").getText())
            .contains("fairly stated in all material respects");
        // the file has Scopes 1 and 2 only: both totals, Scope 1 and Scope 2 by both methods
        assertThat(b.find("#uncertainty tbody").getText())
            .contains(lang.equals("en") ? "Scope 1" : "范围1")
            .contains(lang.equals("en") ? "Total, market-based" : "排放总量（基于市场）");
        assertThat(b.find("#report-pdf-zh").getAttribute("href")).contains("lang=zh-CN");
        assertThat(b.find("#report-ixbrl").getAttribute("href")).contains("format=ixbrl");
        b.screenshot("disclosure-" + lang + "-1366");
      }
    }

    HttpClient verifier = signedIn(t.login("verifier-" + suffix));
    for (String lang : List.of("en", "zh-CN")) {
      HttpResponse<byte[]> pdf =
          verifier.send(
              get("/disclosure/report?run=" + id + "&format=pdf&lang=" + lang),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(pdf.statusCode()).isEqualTo(200);
      assertThat(new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
    }
    HttpResponse<String> ixbrl =
        verifier.send(
            get("/disclosure/report?run=" + id + "&format=ixbrl"),
            HttpResponse.BodyHandlers.ofString());
    assertThat(ixbrl.statusCode()).isEqualTo(200);
    assertThat(ixbrl.body()).contains("name=\"esrs:GrossScope1GreenhouseGasEmissions\"");
    HttpClient owner = signedIn(t.login("owner-" + suffix));
    HttpResponse<String> page =
        owner.send(get("/disclosure?run=" + id), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"report-refused\"")
        .doesNotContain("id=\"report-pdf-en\"");
    assertThat(
            owner
                .send(
                    get("/disclosure/report?run=" + id + "&format=pdf"),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(403);
  }

  /**
   * "Who moved it" reads the period's own moves, however many other entries the tenant's audit
   * trail has: 1,100 newer entries of another entity stand before the two moves (more than the
   * 1,000 newest entries the page once searched), and the moves still show, newest first.
   */
  @Test
  void thePeriodsMovesShowBehindMoreThanAThousandNewerEntries() throws Exception {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    imported(t.admin, period, ApiClient.write(dir, "a.csv", ActivityFiles.small("W")));
    String id = ran(t.admin, period, Map.of()).str("id");
    String path = "/api/v1/periods/" + period + "/sign-off";
    ApiClient.Reply units = t.dataOwner.post(path + "/submit", Map.of());
    assertThat(units.status()).as(units.text()).isEqualTo(200);
    ApiClient.Reply submitted = t.admin.post(path + "/submit", Map.of());
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
    int others = 1_100;
    database.inTransaction(
        c -> {
          org.scopeplus.store.audit.AuditTrail trail = new org.scopeplus.store.audit.AuditTrail();
          for (int i = 0; i < others; i++) {
            trail.append(
                c,
                t.tenantId,
                "someone",
                "note.added",
                "note",
                "n-" + i,
                "",
                "x",
                "another entity");
          }
          return null;
        });
    String suffix = t.name.substring("tenant-".length());
    HttpResponse<String> page =
        signedIn(t.login("verifier-" + suffix))
            .send(get("/disclosure?run=" + id), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    int from = body.indexOf("id=\"period-moves\"");
    assertThat(from).isPositive();
    String moves = body.substring(from, body.indexOf("</table>", from));
    assertThat(moves).contains("period.submitted", "period.units-submitted");
    assertThat(moves.indexOf("period.submitted"))
        .isLessThan(moves.indexOf("period.units-submitted"));
    assertThat(moves).doesNotContain("note.added");
  }
}
