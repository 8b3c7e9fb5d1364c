package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A run whose stored block of trace lines was changed behind the service's back: every read of its
 * lines, through the API and the console, answers a 409 naming the run and the block in the
 * reader's language and pointing to the audit check, never a 500; restored, the lines read again.
 */
abstract class UnreadableLinesChecks extends ServiceChecks {

  private static final String EN = "changed since it was calculated";
  private static final String ZH = "已保存的数据在核算之后被更改";

  @Test
  void aRunWhoseBlockNoLongerDecodesIsRefusedNamingTheRunAndBlock() throws Exception {
    TenantFixture t = newTenant();
    String run = calculated(t, "C");
    String api = "/api/v1/runs/" + run;
    List<String> reads =
        List.of(
            api + "/lines",
            api + "/lines?recordId=C-E1",
            api + "/lines?after=0",
            api + "/report?format=json",
            api + "/uncertainty");
    for (String path : reads) {
      assertThat(t.verifier.get(path).status()).as(path).isEqualTo(200);
    }
    byte[] stored = blockBytes(run);

    // bytes cut in half (the codec refuses them) and an unknown format byte
    for (byte[] broken :
        List.of(Arrays.copyOf(stored, stored.length / 2), new byte[] {9, 1, 2, 3})) {
      setBlockBytes(run, broken);
      try {
        for (String path : reads) {
          assertRefused(t.verifier.get(path), run, path);
        }
        ApiClient.Reply zh = t.verifier.get(api + "/lines?recordId=C-E1", "zh-CN");
        assertRefused(zh, run, "zh-CN");
        assertThat(zh.json().get("detail").asString()).contains(ZH).contains("audit verify");
        assertConsoleRefuses(t, run);
      } finally {
        setBlockBytes(run, stored);
      }
    }
    // a block that decodes but does not hold the lines its row says: refused by the row checks
    sql("UPDATE run_line_block SET line_count = line_count + 1 WHERE run_id = ?", run);
    try {
      assertRefused(t.verifier.get(api + "/lines"), run, "line_count");
    } finally {
      sql("UPDATE run_line_block SET line_count = line_count - 1 WHERE run_id = ?", run);
    }
    for (String path : reads) {
      assertThat(t.verifier.get(path).status()).as(path).isEqualTo(200);
    }
  }

  private static void assertRefused(ApiClient.Reply r, String run, String what) {
    assertProblem(r, 409);
    JsonNode p = r.json();
    assertThat(p.get("runId").asString()).as(what).isEqualTo(run);
    assertThat(p.get("blockNo").asInt()).as(what).isZero();
    assertThat(p.get("detail").asString()).as(what).contains(run).contains("audit verify");
    if (!what.equals("zh-CN")) {
      assertThat(p.get("detail").asString()).as(what).contains("Block 0 ").contains(EN);
    }
  }

  /** The explorer's lines, the record drill-down and the disclosure page, in both languages. */
  private void assertConsoleRefuses(TenantFixture t, String run) throws Exception {
    HttpClient http = signedIn(t.login("verifier-" + t.name.substring("tenant-".length())));
    List<String> pages =
        List.of(
            "/explorer?unit=Group/Cloud&facility=DC-Hangzhou&type=s2.electricity",
            "/explorer/record?run=" + run + "&record=C-E1",
            "/disclosure?run=" + run);
    for (String page : pages) {
      HttpResponse<String> en = http.send(in(page, "en"), HttpResponse.BodyHandlers.ofString());
      assertThat(en.statusCode()).as(page + ": " + en.body()).isEqualTo(409);
      assertThat(en.body()).as(page).contains("id=\"refusal\"", run, EN, "audit verify");
      HttpResponse<String> zh = http.send(in(page, "zh-CN"), HttpResponse.BodyHandlers.ofString());
      assertThat(zh.statusCode()).as(page).isEqualTo(409);
      assertThat(zh.body()).as(page).contains(run, ZH);
    }
  }

  /** A console page asked for in {@code lang} (the switch the console's language links use). */
  private HttpRequest in(String page, String lang) {
    return HttpRequest.newBuilder(uri(page + (page.contains("?") ? "&" : "?") + "lang=" + lang))
        .header("Accept", "text/html")
        .header("Accept-Language", lang)
        .build();
  }
}
