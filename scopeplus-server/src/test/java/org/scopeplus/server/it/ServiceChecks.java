package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.store.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every service test has: the port, the database and a folder for files. */
abstract class ServiceChecks {

  @LocalServerPort int port;
  @Autowired Database database;
  @TempDir Path dir;

  private static final Set<String> SCHEMAS_TO_DROP = ConcurrentHashMap.newKeySet();

  /**
   * Drops this run's PostgreSQL test schema when the JVM ends (test contexts are cached for the
   * whole run), so reruns start clean and nothing is left behind.
   */
  @BeforeEach
  void dropTestSchemaAtExit() throws SQLException {
    if (!database.postgres()) {
      return;
    }
    String url;
    String user;
    String schema;
    try (Connection c = database.dataSource().getConnection()) {
      url = c.getMetaData().getURL();
      user = c.getMetaData().getUserName();
      schema = c.getSchema();
    }
    if (schema == null || !schema.matches("it_[0-9]+") || !SCHEMAS_TO_DROP.add(schema)) {
      return;
    }
    String password = System.getenv().getOrDefault("SCOPEPLUS_TEST_PG_PASSWORD", "");
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try (Connection c = DriverManager.getConnection(url, user, password);
                      Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                  } catch (SQLException e) {
                    System.err.println("cannot drop test schema " + schema + ": " + e.getMessage());
                  }
                }));
  }

  /** Changes one stored row behind the service's back, as a fault or a tampering would. */
  void sql(String statement, Object... params) throws Exception {
    try (Connection c = database.dataSource().getConnection();
        java.sql.PreparedStatement ps = c.prepareStatement(statement)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }

  /** The packed lines of the run's first block (a small run has one). */
  byte[] blockBytes(String runId) throws Exception {
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT lines FROM run_line_block WHERE run_id = ? AND block_no = 0")) {
      ps.setString(1, runId);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getBytes(1);
      }
    }
  }

  void setBlockBytes(String runId, byte[] lines) throws Exception {
    sql("UPDATE run_line_block SET lines = ? WHERE run_id = ? AND block_no = 0", lines, runId);
  }

  TenantFixture newTenant() {
    return TenantFixture.create(database, port);
  }

  /** Creates a reporting period for 2024 and returns its id. */
  static String period2024(ApiClient admin) {
    ApiClient.Reply r =
        admin.post(
            "/api/v1/periods",
            Map.of("name", "FY2024", "start", "2024-01-01", "end", "2024-12-31"));
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r.str("id");
  }

  /** Uploads and expects it stored; returns the import id. */
  static String imported(ApiClient who, String periodId, Path file) {
    ApiClient.Reply r = who.upload("/api/v1/periods/" + periodId + "/imports", file);
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r.str("id");
  }

  /** Runs the period and returns the run. */
  static ApiClient.Reply ran(ApiClient who, String periodId, Map<String, Object> body) {
    ApiClient.Reply r = who.post("/api/v1/periods/" + periodId + "/runs", body);
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r;
  }

  /** Imports a small file into a new 2024 period, runs it and returns the run's id. */
  String calculated(TenantFixture t, String prefix) {
    String period = period2024(t.admin);
    imported(t.admin, period, ApiClient.write(dir, prefix + ".csv", ActivityFiles.small(prefix)));
    return ran(t.admin, period, Map.of()).str("id");
  }

  /** Asserts an RFC 9457 problem with this status. */
  static void assertProblem(ApiClient.Reply r, int status) {
    assertThat(r.status()).as(r.text()).isEqualTo(status);
    assertThat(r.contentType()).as(r.text()).startsWith("application/problem+json");
    assertThat(r.json().get("status").asInt()).isEqualTo(status);
    assertThat(r.json().get("title").asString()).isNotBlank();
  }

  /** An HTTP client signed in through the login form. */
  HttpClient signedIn(String login) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager())
            .build();
    String token = csrf(http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body());
    HttpResponse<String> in =
        http.send(
            form(
                "/login",
                Map.of("username", login, "password", TenantFixture.PASSWORD, "_csrf", token)),
            HttpResponse.BodyHandlers.ofString());
    assertThat(in.statusCode()).isEqualTo(302);
    return http;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  HttpRequest get(String path) {
    return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build();
  }

  HttpRequest form(String path, Map<String, String> fields) {
    StringBuilder b = new StringBuilder();
    fields.forEach(
        (k, v) -> {
          if (b.length() > 0) {
            b.append('&');
          }
          b.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
    return HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(b.toString()))
        .build();
  }

  static String csrf(String html) throws IOException {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    if (!m.find()) {
      throw new IOException("no CSRF token in the page");
    }
    return m.group(1);
  }

  /** A GET answered as bytes (a PDF or a spreadsheet), as this API client. */
  HttpResponse<byte[]> bytes(ApiClient who, String path) throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", who.authorization())
            .GET()
            .build();
    return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofByteArray());
  }
}
