package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 9 ("each must end with a located 4xx"): every operation of the service's own OpenAPI
 * document, so a new endpoint is covered without editing this test, is sent malformed requests by
 * an admin (bodies that are empty, {@code null}, of the wrong shape, not JSON, of the wrong content
 * type, with unknown fields or a wrong type in each field; path ids that do not exist, are not
 * numbers or are huge; query parameters of the wrong type or out of range). None may answer 5xx;
 * every 4xx is a problem document with a {@code detail}; and the service still answers a normal
 * read afterwards.
 */
abstract class MalformedRequestChecks extends ServiceChecks {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
  private static final String HUGE = "99999999999999999999";
  private static final String MISSING_ID = "00000000-0000-0000-0000-000000000000";
  private static final List<String> BAD_IDS = List.of(MISSING_ID, "abc", HUGE, "-1");
  private static final List<String> BAD_QUERY_VALUES = List.of("abc", "-1", "1000000", HUGE, "");

  /** One request sent and what came back, for the failure message. */
  private record Answer(String request, int status, String contentType, String body) {}

  @Test
  void noOperationAnswers5xxToAMalformedRequest() {
    TenantFixture t = newTenant();
    Map<String, String> realIds = realIds(t);
    JsonNode docs = new ApiClient(port, null).get("/v3/api-docs").json();
    JsonNode schemas = docs.path("components").path("schemas");
    String auth = adminAuthorization(t);

    List<Answer> answers = new ArrayList<>();
    int operations = 0;
    for (Map.Entry<String, JsonNode> path : docs.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        String method = op.getKey().toUpperCase(Locale.ROOT);
        if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
          continue;
        }
        operations++;
        String template = path.getKey();
        JsonNode operation = op.getValue();
        boolean write = !method.equals("GET") && !method.equals("DELETE");
        String real = resolve(template, realIds, null);

        // Ids that do not exist, are not numbers, are huge or negative.
        if (VARIABLE.matcher(template).find()) {
          for (String bad : BAD_IDS) {
            String p = resolve(template, Map.of(), bad);
            answers.add(
                send(auth, method, p, write ? "application/json" : null, write ? "{}" : null));
          }
        }
        // Query parameters of the wrong type or out of range, each declared one in turn, and the
        // paging ones on every operation.
        List<String> names = new ArrayList<>(List.of("page", "size"));
        for (JsonNode parameter : operation.path("parameters")) {
          if ("query".equals(parameter.path("in").asString())) {
            names.add(parameter.get("name").asString());
          }
        }
        if (!write && !method.equals("DELETE")) {
          for (String name : names) {
            for (String value : BAD_QUERY_VALUES) {
              answers.add(send(auth, method, real + "?" + name + "=" + encode(value), null, null));
            }
          }
        }
        if (!write) {
          continue;
        }
        // Bodies: every one that is not what the operation expects.
        List<String[]> bodies = new ArrayList<>();
        bodies.add(new String[] {"application/json", ""});
        bodies.add(new String[] {"application/json", "{}"});
        bodies.add(new String[] {"application/json", "null"});
        bodies.add(new String[] {"application/json", "[]"});
        bodies.add(new String[] {"application/json", "[{}]"});
        bodies.add(new String[] {"application/json", "\"text\""});
        bodies.add(new String[] {"application/json", "42"});
        bodies.add(new String[] {"application/json", "{\"a\":"});
        bodies.add(new String[] {"application/json", "{\"unknownField\":1,\"other\":[true]}"});
        bodies.add(new String[] {"text/plain", "{}"});
        bodies.add(new String[] {"application/xml", "<a/>"});
        bodies.add(new String[] {"application/x-ndjson", "{}\n{\"a\":"});
        bodies.add(new String[] {"multipart/form-data; boundary=x", "--x--\r\n"});
        bodies.add(
            new String[] {
              "multipart/form-data; boundary=x",
              "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nab"
            });
        bodies.add(new String[] {"multipart/form-data", "--x--\r\n"});
        bodies.add(new String[] {null, ""});
        for (String body : wrongTypeBodies(operation, schemas)) {
          bodies.add(new String[] {"application/json", body});
        }
        for (String[] b : bodies) {
          answers.add(send(auth, method, real, b[0], b[1]));
          answers.add(send(auth, method, real + "?replaces=abc&name=&version=", b[0], b[1]));
        }
      }
    }

    assertThat(operations).isGreaterThanOrEqualTo(40);
    List<String> failures = new ArrayList<>();
    for (Answer a : answers) {
      if (a.status() >= 500) {
        failures.add(a.request() + " -> " + a.status() + " " + a.body());
      } else if (a.status() >= 400) {
        boolean problem = a.contentType().startsWith("application/problem+json");
        JsonNode json = problem && !a.body().isEmpty() ? ApiClient.JSON.readTree(a.body()) : null;
        if (json == null || json.path("detail").asString().isBlank()) {
          failures.add(
              a.request() + " -> " + a.status() + " without a problem detail: " + a.body());
        }
      } else if (a.status() < 200 || a.status() >= 300) {
        failures.add(a.request() + " -> " + a.status());
      }
    }
    assertThat(failures).as("requests answered with no located 4xx").isEmpty();
    assertThat(answers.size()).isGreaterThan(1000);

    // The service is healthy: normal reads answer as before.
    ApiClient.Reply me = t.admin.get("/api/v1/me");
    assertThat(me.status()).as(me.text()).isEqualTo(200);
    assertThat(me.str("tenant")).isEqualTo(t.name);
    ApiClient.Reply periods = t.admin.get("/api/v1/periods");
    assertThat(periods.status()).as(periods.text()).isEqualTo(200);
    assertThat(new ApiClient(port, null).get("/actuator/health").status()).isEqualTo(200);
  }

  @Test
  void aPasswordChangeWithoutABodyIsA400NamingTheBody() {
    TenantFixture t = newTenant();
    String auth = adminAuthorization(t);
    Answer none = send(auth, "PUT", "/api/v1/me/password", null, null);
    assertThat(none.status()).as(none.body()).isIn(400, 415);
    for (String body : List.of("", "null", "{}", "{\"oldPassword\":\"x\"}", "{\"a\":")) {
      Answer a = send(auth, "PUT", "/api/v1/me/password", "application/json", body);
      assertThat(a.status()).as(body + " -> " + a.body()).isEqualTo(400);
      assertThat(a.contentType()).startsWith("application/problem+json");
      assertThat(ApiClient.JSON.readTree(a.body()).get("detail").asString()).isNotBlank();
    }
    Answer missing =
        send(auth, "PUT", "/api/v1/me/password", "application/json", "{\"oldPassword\":\"x\"}");
    assertThat(ApiClient.JSON.readTree(missing.body()).get("detail").asString())
        .contains("newPassword");
    // Nothing changed: the admin's token still works, so no password was stored.
    assertThat(t.admin.get("/api/v1/me").status()).isEqualTo(200);
  }

  @Test
  void aWrongTypeOrAnUnreadableNumberNamesTheFieldOrParameter() {
    TenantFixture t = newTenant();
    String auth = adminAuthorization(t);
    Answer size = send(auth, "GET", "/api/v1/periods?size=abc", null, null);
    assertThat(size.status()).isEqualTo(400);
    assertThat(ApiClient.JSON.readTree(size.body()).get("detail").asString()).contains("size");
    Answer huge = send(auth, "GET", "/api/v1/periods?page=" + HUGE, null, null);
    assertThat(huge.status()).isEqualTo(400);
    assertThat(ApiClient.JSON.readTree(huge.body()).get("detail").asString()).contains("page");
    Answer threshold =
        send(
            auth,
            "PUT",
            "/api/v1/base-year",
            "application/json",
            "{\"runId\":\"x\",\"threshold\":\"abc\"}");
    assertThat(threshold.status()).isEqualTo(400);
    assertThat(ApiClient.JSON.readTree(threshold.body()).get("detail").asString())
        .contains("threshold");
    Answer notJson = send(auth, "POST", "/api/v1/periods", "application/json", "{\"name\":");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(ApiClient.JSON.readTree(notJson.body()).get("detail").asString())
        .contains("not valid JSON");
    Answer list =
        send(auth, "PUT", "/api/v1/users/x", "application/json", "{\"orgUnits\":[{\"a\":1}]}");
    assertThat(list.status()).isEqualTo(400);
    assertThat(ApiClient.JSON.readTree(list.body()).get("detail").asString())
        .contains("orgUnits[0]");
    Answer upload =
        send(auth, "POST", "/api/v1/factor-libraries?name=a&version=1", "application/json", "{}");
    assertThat(upload.status()).as(upload.body()).isEqualTo(415);
    assertThat(ApiClient.JSON.readTree(upload.body()).get("detail").asString())
        .contains("multipart/form-data");
    Answer extra =
        send(auth, "POST", "/api/v1/tokens", "application/json", "{\"name\":\"x\",\"unknown\":1}");
    assertThat(extra.status()).as("unknown fields are ignored: " + extra.body()).isEqualTo(201);
    Answer type = send(auth, "POST", "/api/v1/periods", "text/plain", "{}");
    assertThat(type.status()).isEqualTo(415);
    assertThat(type.contentType()).startsWith("application/problem+json");
  }

  /**
   * For each property of the operation's JSON body, a body with that property of the wrong type (a
   * string where a number, boolean or list is expected, an object where a string is), and one with
   * every property wrong at once.
   */
  private static List<String> wrongTypeBodies(JsonNode operation, JsonNode schemas) {
    JsonNode schema =
        operation.path("requestBody").path("content").path("application/json").path("schema");
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asString();
      schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }
    List<String> bodies = new ArrayList<>();
    ObjectNode all = ApiClient.JSON.createObjectNode();
    for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
      String type = p.getValue().path("type").asString();
      for (Object wrong : wrongValues(type)) {
        ObjectNode one = ApiClient.JSON.createObjectNode();
        one.set(p.getKey(), ApiClient.JSON.valueToTree(wrong));
        bodies.add(one.toString());
        all.set(p.getKey(), ApiClient.JSON.valueToTree(wrong));
      }
    }
    if (!all.isEmpty()) {
      bodies.add(all.toString());
    }
    return bodies;
  }

  private static List<Object> wrongValues(String type) {
    return switch (type) {
      case "integer", "number" -> List.of("abc", HUGE + "e999", List.of(1), Map.of("a", 1));
      case "boolean" -> List.of("abc", 2, List.of(true));
      case "array" -> List.of("abc", 3, Map.of("a", 1), List.of(Map.of("a", 1)));
      default -> List.of(Map.of("a", 1), List.of("a", "b"), HUGE, true);
    };
  }

  /**
   * Real ids of this tenant, keyed by the collection that names them in a path, so an operation
   * gets past its lookup to the body it reads.
   */
  private Map<String, String> realIds(TenantFixture t) {
    Map<String, String> ids = new LinkedHashMap<>();
    String period = period2024(t.admin);
    ids.put("periods", period);
    ids.put(
        "org-units",
        t.admin
            .post("/api/v1/org-units", Map.of("path", "Group/Cloud", "equityShare", 1.0))
            .str("id"));
    ids.put(
        "facilities",
        t.admin
            .post(
                "/api/v1/facilities",
                Map.of("name", "DC-Hangzhou", "orgUnit", "Group/Cloud", "region", "CN-ZJ"))
            .str("id"));
    ids.put(
        "imports",
        imported(t.admin, period, ApiClient.write(dir, "a.csv", ActivityFiles.small("A"))));
    ids.put("runs", ran(t.admin, period, Map.of()).str("id"));
    ids.put("factor-libraries", OwnLibrary.upload(t.admin, dir).str("id"));
    ids.put("tokens", t.admin.post("/api/v1/tokens", Map.of("name", "spare")).str("id"));
    ids.put(
        "users",
        t.admin
            .post(
                "/api/v1/users",
                Map.of(
                    "username",
                    "someone-" + t.name,
                    "password",
                    TenantFixture.PASSWORD,
                    "role",
                    "viewer"))
            .str("id"));
    ids.put("accounts", "actor-1");
    ids.put("statements", "2024-01");
    ids.put("results", "scope");
    ids.put("comparison", ids.get("runs"));
    return ids;
  }

  /**
   * The path with each variable replaced: by {@code fixed} when given, else by the real id of the
   * collection just before it, else by an id that does not exist.
   */
  private static String resolve(String template, Map<String, String> ids, String fixed) {
    Matcher m = VARIABLE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = fixed;
      if (value == null) {
        String before = template.substring(0, m.start());
        String[] segments = before.split("/");
        String collection = segments.length == 0 ? "" : segments[segments.length - 1];
        value = ids.getOrDefault(collection, MISSING_ID);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(encode(value)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * A bearer token of the admin: a wrong old password sent to the password change counts as a
   * failed login, and the throttle must not turn the rest of the requests into 429s.
   */
  private static String adminAuthorization(TenantFixture t) {
    ApiClient.Reply r = t.admin.post("/api/v1/tokens", Map.of("name", "malformed"));
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return ApiClient.bearer(r.str("secret"));
  }

  private Answer send(String auth, String method, String path, String contentType, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", auth)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    String request =
        method + " " + path + (contentType == null ? "" : " [" + contentType + "] ") + body;
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          request, r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(request, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
