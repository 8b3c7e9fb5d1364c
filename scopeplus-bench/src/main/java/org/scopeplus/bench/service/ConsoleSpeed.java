package org.scopeplus.bench.service;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.demo.ActivityGenerator;
import org.scopeplus.server.ScopePlusApplication;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.activity.ImportingActivities;
import org.scopeplus.store.run.CalculatingRun;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.GeneratedPeriod;
import org.scopeplus.store.run.ResultRow;
import org.scopeplus.store.run.RunCells;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.run.TraceLine;
import org.scopeplus.store.tenant.TenantStore;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The console's speed on a tenant of many records: a PostgreSQL schema holding one period of {@code
 * records} generated activity records (the demo's mix, {@link ActivityGenerator} seed 42), imported
 * and calculated through the service's store as the API does ({@link GeneratedPeriod} of the
 * store's tests: {@link ImportingActivities}, then {@link CalculatingRun}: COPY of the rows, the
 * trace lines and the run's cells); the schema is kept, so later runs measure the same data without
 * making it again. Then the service runs in this JVM on that schema, one client signs in through
 * the login form (session cookie and CSRF token, as a browser does) and asks for each console page
 * in turn: the overview, and the explorer's drill-down from the whole tenant to a business unit, a
 * facility, an activity type with its first page of trace lines, and one record. Latency is from
 * sending the request to reading the whole page; every answer must be 200 with the page's heading.
 *
 * <pre>
 * ConsoleSpeed [--records 10000000] [--rounds 200] [--warmup 30] [--schema console_bench_N]
 *     [--pg-url jdbc:postgresql://127.0.0.1:5432/test] [--dir scopeplus-bench/target/console-speed]
 *     [--drop true]
 * </pre>
 */
public final class ConsoleSpeed {

  private static final String TENANT = "Console Bench";
  private static final String USER = "console-bench";

  private ConsoleSpeed() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    long records = Long.parseLong(o.getOrDefault("records", "10000000"));
    int rounds = Integer.parseInt(o.getOrDefault("rounds", "200"));
    int warmup = Integer.parseInt(o.getOrDefault("warmup", "30"));
    String pgUrl = o.getOrDefault("pg-url", "jdbc:postgresql://127.0.0.1:5432/test");
    String schema = o.getOrDefault("schema", "console_bench_" + records);
    Path dir = Path.of(o.getOrDefault("dir", "scopeplus-bench/target/console-speed"));
    boolean drop = Boolean.parseBoolean(o.getOrDefault("drop", "false"));
    Files.createDirectories(dir);
    DatabaseSettings settings = new DatabaseSettings(pgUrl, "postgres", "", schema);
    try {
      Optional<String> ready = readyRun(pgUrl, schema, records);
      if (ready.isEmpty()) {
        make(pgUrl, settings, records, dir);
      } else {
        System.out.printf(Locale.ROOT, "schema %s holds run %s already%n", schema, ready.get());
      }
      measure(settings, rounds, warmup, dir);
    } finally {
      if (drop) {
        try (Connection c = DriverManager.getConnection(pgUrl, "postgres", "");
            Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
      }
    }
    System.exit(0);
  }

  /** The run of the schema's bench tenant over exactly {@code records} records, if made. */
  private static Optional<String> readyRun(String pgUrl, String schema, long records)
      throws Exception {
    try (Connection c = DriverManager.getConnection(pgUrl, "postgres", "")) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name ="
                  + " 'calculation_run'")) {
        ps.setString(1, schema);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT r.id FROM "
                  + schema
                  + ".calculation_run r JOIN "
                  + schema
                  + ".tenant t ON t.id = r.tenant_id WHERE t.name = ? AND r.record_count = ?")) {
        ps.setString(1, TENANT);
        ps.setLong(2, records);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
      }
    }
  }

  /** A fresh schema with the tenant, its period, the import and the run. */
  private static void make(String pgUrl, DatabaseSettings settings, long records, Path dir)
      throws Exception {
    try (Connection c = DriverManager.getConnection(pgUrl, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + settings.schema() + " CASCADE");
      s.execute("CREATE SCHEMA " + settings.schema());
    }
    long t0 = System.nanoTime();
    Path file = GeneratedPeriod.generated(dir, "period-" + records, records, 42);
    System.out.printf(
        Locale.ROOT,
        "generated %,d records (%,d bytes) in %.1f s%n",
        records,
        Files.size(file),
        seconds(t0));
    ReferenceData reference = BuiltInReferenceData.load();
    try (Database db = Database.open(settings)) {
      String tenant = db.inTransaction(c -> new TenantStore().create(c, TENANT, "bench").id());
      GeneratedPeriod period = GeneratedPeriod.of(db, tenant);
      long t1 = System.nanoTime();
      period = period.imported(db, reference, file);
      System.out.printf(Locale.ROOT, "imported %,d records in %.1f s%n", records, seconds(t1));
      long t2 = System.nanoTime();
      CalculationRun run = period.run(db, new CalculatingRun(reference));
      System.out.printf(
          Locale.ROOT,
          "calculated %,d records, %,d trace lines in %.1f s%n",
          records,
          run.lines(),
          seconds(t2));
    }
    try (Connection c = DriverManager.getConnection(pgUrl, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("SET search_path TO " + settings.schema());
      s.execute("ANALYZE");
    }
    Files.delete(file);
  }

  /** One page to time: its name and its path. */
  private record Page(String name, String path) {}

  private static void measure(DatabaseSettings settings, int rounds, int warmup, Path dir)
      throws Exception {
    List<Page> pages = pages(settings);
    byte[] secret = new byte[18];
    new SecureRandom().nextBytes(secret);
    String password = java.util.Base64.getUrlEncoder().encodeToString(secret);
    int port;
    try (java.net.ServerSocket probe =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("server.port", Integer.toString(port));
    props.put("server.address", "127.0.0.1");
    props.put("scopeplus.data-dir", dir.resolve("data").toAbsolutePath().toString());
    props.put("scopeplus.db.url", settings.url());
    props.put("scopeplus.db.user", settings.user());
    props.put("scopeplus.db.password", settings.password());
    props.put("scopeplus.db.schema", settings.schema());
    props.put("scopeplus.demo", "false");
    props.put("SCOPEPLUS_ADMIN_USER", USER);
    props.put("SCOPEPLUS_ADMIN_PASSWORD", password);
    props.put("SCOPEPLUS_ADMIN_TENANT", TENANT);
    // the admin is made by the service at its first start on the schema; set the password again
    // on later starts, as the bench owns the schema
    resetPassword(settings, password);
    try (ConfigurableApplicationContext app = ScopePlusApplication.start(props)) {
      String base = "http://127.0.0.1:" + port;
      HttpClient http =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      logIn(http, base, password);
      for (int i = 0; i < warmup; i++) {
        for (Page p : pages) {
          get(http, base, p);
        }
      }
      Map<String, Histogram> latency = new LinkedHashMap<>();
      for (Page p : pages) {
        latency.put(p.name(), new Histogram(60_000_000L, 3));
      }
      for (int i = 0; i < rounds; i++) {
        for (Page p : pages) {
          long t = System.nanoTime();
          get(http, base, p);
          latency.get(p.name()).recordValue((System.nanoTime() - t) / 1000);
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%n%d rounds after %d warm-up rounds, one signed-in client, sequential%n",
          rounds,
          warmup);
      System.out.println("| page | path | requests | p50 ms | p95 ms | p99 ms | max ms |");
      System.out.println("|---|---|---:|---:|---:|---:|---:|");
      for (Page p : pages) {
        Histogram h = latency.get(p.name());
        System.out.printf(
            Locale.ROOT,
            "| %s | `%s` | %d | %.1f | %.1f | %.1f | %.1f |%n",
            p.name(),
            p.path().replaceAll("run=[0-9a-f-]+", "run=RUN"),
            h.getTotalCount(),
            h.getValueAtPercentile(50) / 1000.0,
            h.getValueAtPercentile(95) / 1000.0,
            h.getValueAtPercentile(99) / 1000.0,
            h.getMaxValue() / 1000.0);
      }
    }
  }

  /**
   * The pages: the overview, then the explorer from the whole tenant down the largest business
   * unit, its largest facility and that facility's largest activity type, and one record of it.
   */
  private static List<Page> pages(DatabaseSettings settings) throws Exception {
    try (Database db = Database.open(settings)) {
      return db.inTransaction(
          c -> {
            String tenantId;
            try (PreparedStatement ps =
                c.prepareStatement("SELECT id FROM tenant WHERE name = ?")) {
              ps.setString(1, TENANT);
              try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                tenantId = rs.getString(1);
              }
            }
            RunStore runs = new RunStore();
            CalculationRun run =
                runs.list(c, tenantId, null, new org.scopeplus.store.PageRequest(0, 1))
                    .items()
                    .get(0);
            RunCells cells = new RunCells();
            List<ResultRow> units = cells.sums(c, run, RunCells.Filter.ALL, RunCells.By.ORG_UNIT);
            int top = units.stream().mapToInt(r -> depth(r.item())).min().orElseThrow();
            String unit =
                largest(units.stream().filter(r -> depth(r.item()) == top + 1).toList()).item();
            RunCells.Filter inUnit = new RunCells.Filter(unit, null, null, null, null, null);
            String facility =
                largest(
                        cells.sums(c, run, inUnit, RunCells.By.FACILITY).stream()
                            .filter(r -> !r.item().isEmpty())
                            .toList())
                    .item();
            RunCells.Filter atFacility =
                new RunCells.Filter(unit, facility, null, null, null, null);
            String type = largest(cells.sums(c, run, atFacility, RunCells.By.ACTIVITY_TYPE)).item();
            List<TraceLine> lines = cells.lines(c, run, unit, facility, type, 0, 1);
            if (lines.isEmpty()) {
              throw new IllegalStateException(
                  "no trace line for " + unit + ", " + facility + ", " + type);
            }
            String u = "unit=" + enc(unit);
            String f = u + "&facility=" + enc(facility);
            String t = f + "&type=" + enc(type);
            return List.of(
                new Page("overview", "/overview"),
                new Page("explorer: tenant", "/explorer"),
                new Page("explorer: business unit", "/explorer?" + u),
                new Page("explorer: facility", "/explorer?" + f),
                new Page("explorer: activity type, trace lines", "/explorer?" + t),
                new Page(
                    "explorer: record",
                    "/explorer/record?run="
                        + run.id()
                        + "&record="
                        + enc(lines.get(0).recordId())));
          });
    }
  }

  private static ResultRow largest(List<ResultRow> rows) {
    return rows.stream()
        .max(java.util.Comparator.comparingLong(r -> r.totals().totalLocation()))
        .orElseThrow();
  }

  private static int depth(String path) {
    return (int) path.chars().filter(ch -> ch == '/').count();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void resetPassword(DatabaseSettings settings, String password) throws Exception {
    try (Database db = Database.open(settings)) {
      db.inTransaction(
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement("UPDATE app_user SET password_hash = ? WHERE username = ?")) {
              ps.setString(1, org.scopeplus.server.security.Passwords.hash(password));
              ps.setString(2, USER);
              ps.executeUpdate();
            }
            return null;
          });
    }
  }

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  /** Signs in through the login form, as a browser does: the page's CSRF token, then the post. */
  private static void logIn(HttpClient http, String base, String password) throws Exception {
    HttpResponse<String> form =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = CSRF.matcher(form.body());
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token on the login page");
    }
    String body =
        "username=" + enc(USER) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
    HttpResponse<String> posted =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String to = posted.headers().firstValue("Location").orElse("");
    if (posted.statusCode() != 302 || to.contains("/login")) {
      throw new IllegalStateException("login refused: " + posted.statusCode() + " to " + to);
    }
  }

  private static void get(HttpClient http, String base, Page p) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + p.path()))
                .header("Accept-Language", "en")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200 || !r.body().contains("<h1")) {
      throw new IllegalStateException(p.path() + " answered " + r.statusCode());
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
