package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scopeplus.server.api.ImportPermits;
import org.scopeplus.server.scope3plus.TenantLedgers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Request sizes and concurrent imports (docs/security.md, "Request sizes, uploads and memory"): a
 * body over its limit, declared or chunked, is answered 413 with a problem, nothing is stored, and
 * the service answers the next request normally; imports beyond the caps are answered 429 with
 * Retry-After.
 */
abstract class LimitsChecks extends ServiceChecks {

  /** JSON bodies 16 KiB, event batches 64 KiB or 5 events, uploads 256 KiB. */
  static final String SMALL_LIMITS =
      "scopeplus.limits.json-body=16KB\n"
          + "scopeplus.limits.events-body=64KB\n"
          + "scopeplus.limits.events-per-batch=5\n"
          + "scopeplus.limits.upload=256KB\n"
          + "scopeplus.imports.max-concurrent=3\n"
          + "scopeplus.imports.max-concurrent-per-tenant=2\n"
          + "scopeplus.imports.retry-after-seconds=9";

  private static final String EVENTS = "/api/v1/ecosystem/events";

  @Autowired ImportPermits permits;
  @Autowired TenantLedgers ledgers;

  private final List<String> tenants = new ArrayList<>();

  @Override
  TenantFixture newTenant() {
    TenantFixture t = super.newTenant();
    tenants.add(t.tenantId);
    return t;
  }

  @AfterEach
  void removeTheTestLedgers() throws IOException {
    for (String tenant : tenants) {
      Path folder = ledgers.folderOf(tenant);
      if (Files.exists(folder)) {
        try (var walk = Files.walk(folder)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    }
  }

  private static void assert413(int status, String contentType, String body, long limit) {
    assertThat(status).as(body).isEqualTo(413);
    assertThat(contentType).startsWith("application/problem+json");
    JsonNode p = ApiClient.JSON.readTree(body);
    assertThat(p.get("status").asInt()).isEqualTo(413);
    assertThat(p.get("title").asString()).isEqualTo("Content Too Large");
    assertThat(p.get("detail").asString()).contains(Long.toString(limit)).contains("nothing");
  }

  private static HttpRequest.BodyPublisher chunked(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
  }

  private static Map<String, Object> period(String name) {
    return Map.of("name", name, "start", "2024-01-01", "end", "2024-12-31");
  }

  @Test
  void aJsonBodyOverItsLimitIsRefusedDeclaredOrChunkedAndNothingIsStored() {
    TenantFixture t = newTenant();
    String big = ApiClient.JSON.writeValueAsString(period("P".repeat(20_000)));

    HttpResponse<String> declared =
        t.admin.exchange(
            "/api/v1/periods", "application/json", HttpRequest.BodyPublishers.ofString(big));
    assert413(
        declared.statusCode(),
        declared.headers().firstValue("Content-Type").orElse(""),
        declared.body(),
        16_384);

    HttpResponse<String> streamed =
        t.admin.exchange("/api/v1/periods", "application/json", chunked(big));
    assert413(
        streamed.statusCode(),
        streamed.headers().firstValue("Content-Type").orElse(""),
        streamed.body(),
        16_384);

    assertThat(t.admin.get("/api/v1/periods").json().get("total").asLong()).isZero();
    period2024(t.admin);
    assertThat(t.admin.get("/api/v1/periods").json().get("total").asLong()).isEqualTo(1);
  }

  private static String event(String id) {
    return "{\"event_id\":\""
        + id
        + "\",\"programme\":\"maps\",\"actor\":\"a-"
        + id
        + "\",\"action\":\"green_trip.cycle\",\"quantities\":[{\"value\":10,\"unit\":\"km\"}],"
        + "\"time\":\"2024-05-01T08:00:00Z\",\"region\":\"GB\",\"evidence\":\"ev\"}\n";
  }

  @Test
  void anEventBatchOverItsByteOrEventLimitStopsWith413AndNothingIsCounted() {
    TenantFixture t = newTenant();
    // three events, about 90 KB with their long evidence: over the byte limit of 64 KiB,
    // within the limit of five events; refused while read, chunked as well as declared
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      big.append(
          event("big-" + i)
              .replace("\"evidence\":\"ev\"", "\"evidence\":\"" + "e".repeat(30_000) + "\""));
    }
    HttpResponse<String> streamed =
        t.admin.exchange(EVENTS, "application/x-ndjson", chunked(big.toString()));
    assert413(
        streamed.statusCode(),
        streamed.headers().firstValue("Content-Type").orElse(""),
        streamed.body(),
        65_536);
    HttpResponse<String> declared =
        t.admin.exchange(
            EVENTS,
            "application/json",
            HttpRequest.BodyPublishers.ofString(
                "[" + big.toString().strip().replace("\n", ",") + "]"));
    assert413(
        declared.statusCode(),
        declared.headers().firstValue("Content-Type").orElse(""),
        declared.body(),
        65_536);

    StringBuilder six = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      six.append(event("six-" + i));
    }
    HttpResponse<String> tooMany =
        t.admin.exchange(EVENTS, "application/x-ndjson", chunked(six.toString()));
    assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(413);
    assertThat(tooMany.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(tooMany.body()).contains("at most 5 events").contains("Batch Too Large");

    assertThat(t.admin.get("/api/v1/ecosystem/totals").json().get("acceptedEvents").asLong())
        .isZero();
    HttpResponse<String> fine =
        t.admin.exchange(
            EVENTS,
            "application/x-ndjson",
            HttpRequest.BodyPublishers.ofString(event("ok-1") + event("ok-2")));
    assertThat(fine.statusCode()).as(fine.body()).isEqualTo(200);
    assertThat(ApiClient.JSON.readTree(fine.body()).get("counted").asLong()).isEqualTo(2);
  }

  @Test
  void anUploadHasItsOwnLimitAboveTheJsonOne() {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    String imports = "/api/v1/periods/" + period + "/imports";
    // about 300 KB: over the 256 KiB upload limit
    ApiClient.Reply big = t.admin.upload(imports, ActivityFiles.large(dir, "big.csv", "B", 3500));
    assertProblem(big, 413);
    assertThat(t.admin.get("/api/v1/imports?periodId=" + period).json().get("total").asLong())
        .isZero();
    // the same without a Content-Length: the container counts the multipart body as it reads it
    String boundary = "chunkedb0undary";
    HttpResponse<String> chunkedUpload =
        t.admin.exchange(
            imports,
            "multipart/form-data; boundary=" + boundary,
            chunked(
                "--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\""
                    + "\r\n\r\n"
                    + "x".repeat(300_000)
                    + "\r\n--"
                    + boundary
                    + "--\r\n"));
    assertThat(chunkedUpload.statusCode()).as(chunkedUpload.body()).isEqualTo(413);
    assertThat(chunkedUpload.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(t.admin.get("/api/v1/imports?periodId=" + period).json().get("total").asLong())
        .isZero();
    // about 100 KB: over the JSON limit, within the upload limit
    String id = imported(t.admin, period, ActivityFiles.large(dir, "fits.csv", "F", 1000));
    assertThat(t.admin.get("/api/v1/imports/" + id).json().get("records").asLong()).isEqualTo(1000);
  }

  @Test
  void importsBeyondTheTenantOrServiceCapAreAnswered429WithRetryAfter() {
    TenantFixture t = newTenant();
    TenantFixture other = newTenant();
    String period = period2024(t.admin);
    String otherPeriod = period2024(other.admin);
    Path file = ApiClient.write(dir, "small.csv", ActivityFiles.small("C"));
    String imports = "/api/v1/periods/" + period + "/imports";

    ImportPermits.Permit first = permits.tryAcquire(t.tenantId).orElseThrow();
    ImportPermits.Permit second = permits.tryAcquire(t.tenantId).orElseThrow();
    try {
      ApiClient.Reply busy = t.admin.upload(imports, file);
      assertProblem(busy, 429);
      assertThat(busy.json().get("title").asString()).isEqualTo("Too Many Imports");
      String boundary = "b0undary";
      HttpResponse<String> raw =
          t.admin.exchange(
              imports,
              "multipart/form-data; boundary=" + boundary,
              HttpRequest.BodyPublishers.ofString(
                  "--"
                      + boundary
                      + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.csv\""
                      + "\r\n\r\n"
                      + ActivityFiles.small("R")
                      + "\r\n--"
                      + boundary
                      + "--\r\n"));
      assertThat(raw.statusCode()).isEqualTo(429);
      assertThat(raw.headers().firstValue("Retry-After")).hasValue("9");
      // a factor library is an import too
      ApiClient.Reply library =
          t.admin.upload(
              "/api/v1/factor-libraries",
              ApiClient.write(dir, "lib.csv", "x\n"),
              Map.of("name", "own", "version", "1"));
      assertProblem(library, 429);

      // the other tenant still imports, until the service cap (3) is reached too
      ImportPermits.Permit third = permits.tryAcquire("someone else").orElseThrow();
      try {
        assertProblem(other.admin.upload("/api/v1/periods/" + otherPeriod + "/imports", file), 429);
      } finally {
        third.close();
      }
      imported(other.admin, otherPeriod, file);
    } finally {
      first.close();
      second.close();
    }
    assertThat(t.admin.get("/api/v1/imports?periodId=" + period).json().get("total").asLong())
        .isZero();
    imported(t.admin, period, file);
  }

  /**
   * A meter's readings are an import too: beyond the tenant's cap a file or JSON upload is answered
   * 429 with Retry-After and the console's form says so in the page's language; nothing is stored,
   * and once a permit is back the same upload is stored.
   */
  @Test
  void readingUploadsShareTheImportCaps() throws Exception {
    TenantFixture t = newTenant();
    Map<String, Object> site = new java.util.HashMap<>();
    site.put("name", "Works");
    site.put("orgUnit", "Group");
    site.put("timeZone", "UTC");
    site.put("latitude", 31.2);
    site.put("longitude", 121.5);
    ApiClient.Reply s = t.admin.post("/api/v1/energy/sites", site);
    assertThat(s.status()).as(s.text()).isEqualTo(201);
    ApiClient.Reply m =
        t.admin.post(
            "/api/v1/energy/sites/" + s.json().get("value").get("id").asString() + "/meters",
            Map.of("name", "Main", "carrier", "electricity", "intervalMinutes", 60));
    assertThat(m.status()).as(m.text()).isEqualTo(201);
    String meter = m.json().get("value").get("id").asString();
    String readings = "/api/v1/energy/meters/" + meter + "/readings";
    String csv = "timestamp,kwh\n2024-06-01T00:00:00Z,1.5\n2024-06-01T01:00:00Z,2\n";
    Path file = ApiClient.write(dir, "readings.csv", csv);
    String suffix = t.name.substring("tenant-".length());
    java.net.http.HttpClient owner = signedIn(t.login("admin-" + suffix));

    ImportPermits.Permit first = permits.tryAcquire(t.tenantId).orElseThrow();
    ImportPermits.Permit second = permits.tryAcquire(t.tenantId).orElseThrow();
    try {
      ApiClient.Reply busy = t.admin.upload(readings, file);
      assertProblem(busy, 429);
      assertThat(busy.json().get("title").asString()).isEqualTo("Too Many Imports");
      assertThat(busy.json().get("detail").asString())
          .isEqualTo(
              "as many imports as the service allows are running (for your tenant or in all);"
                  + " try again in 9 seconds; nothing was stored");
      assertThat(busy.json().get("retryAfterSeconds").asLong()).isEqualTo(9);
      HttpResponse<String> json =
          t.admin.exchange(
              readings,
              "application/json",
              HttpRequest.BodyPublishers.ofString(
                  "{\"readings\": [{\"timestamp\": \"2024-06-01T00:00:00Z\", \"kwh\": 1}]}"));
      assertThat(json.statusCode()).as(json.body()).isEqualTo(429);
      assertThat(json.headers().firstValue("Retry-After")).hasValue("9");
      assertThat(json.headers().firstValue("Content-Type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));

      // the console's form: the refusal in the page's language, on the energy page
      for (String lang : List.of("en", "zh-CN")) {
        String page = consoleUpload(owner, meter, csv, lang);
        assertThat(page)
            .contains("id=\"energy-refused\"")
            .contains(
                lang.equals("en")
                    ? "as many imports as the service allows are running (for your tenant or in"
                        + " all); try again in 9 seconds; nothing was stored"
                    : "正在运行的导入已达到上限（本租户或整个服务），请 9 秒后再试；未保存任何数据");
      }
      assertThat(
              t.admin
                  .get(readings + "?from=2024-06-01&to=2024-06-01")
                  .json()
                  .get("readings")
                  .size())
          .as("nothing stored")
          .isZero();
    } finally {
      first.close();
      second.close();
    }
    ApiClient.Reply stored = t.admin.upload(readings, file);
    assertThat(stored.status()).as(stored.text()).isEqualTo(201);
    assertThat(stored.json().get("readings").asLong()).isEqualTo(2);
  }

  /** Posts the energy page's readings form with the file, and returns the page it leads back to. */
  private String consoleUpload(
      java.net.http.HttpClient http, String meter, String csv, String language) throws Exception {
    String token =
        csrf(
            http.send(
                    HttpRequest.newBuilder(uri("/energy"))
                        .header("Accept", "text/html")
                        .header("Accept-Language", language)
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    String boundary = "r3adings";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
            + token
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"meter\"\r\n\r\n"
            + meter
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"
            + csv
            + "\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> posted =
        http.send(
            HttpRequest.newBuilder(uri("/energy/readings"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
    return http.send(
            HttpRequest.newBuilder(uri("/energy"))
                .header("Accept", "text/html")
                .header("Accept-Language", language)
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
