package org.scopeplus.bench.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.scopeplus.io.demo.ActivityGenerator;

/**
 * A bounded load test of the service on loopback: {@code scopeplus serve} on H2 as a child JVM,
 * then (1) {@code clients} concurrent API clients with bearer tokens for {@code seconds}, mixing
 * reads (runs, results by org unit, org units, audit trail pages, Scope 3+ totals) with small CSV
 * imports, recording every answer's status and latency; (2) on a fresh service, {@code uploads}
 * concurrent uploads of {@code upload-mb} MB activity files, recording the service's peak resident
 * memory. Every request goes to 127.0.0.1; the run stops by itself at its deadline or after {@code
 * max-requests}.
 *
 * <pre>
 * java -cp ... org.scopeplus.bench.service.ServiceLoad [--jar scopeplus-cli/target/scopeplus.jar]
 *     [--clients 200] [--seconds 60] [--uploads 4] [--upload-mb 30] [--heap 2g]
 *     [--max-requests 2000000] [--work scopeplus-bench/target/service-load] [--scenario both|mixed|uploads]
 * </pre>
 */
public final class ServiceLoad {

  private static final String USER = "load-admin";
  private static final String TENANT = "Load Test Tenant";
  private static final String[] OPERATIONS = {
    "runs", "results", "org-units", "audit", "scope3plus-totals", "import"
  };

  /** Out of 100: imports are one request in ten. */
  private static final int[] WEIGHTS = {18, 18, 18, 18, 18, 10};

  private final Map<String, String> options;
  private final Path work;
  private final String password;

  private ServiceLoad(Map<String, String> options) {
    this.options = options;
    this.work = Path.of(options.getOrDefault("work", "scopeplus-bench/target/service-load"));
    byte[] secret = new byte[18];
    new SecureRandom().nextBytes(secret);
    this.password = java.util.Base64.getUrlEncoder().encodeToString(secret);
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new TreeMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    ServiceLoad load = new ServiceLoad(options);
    String scenario = options.getOrDefault("scenario", "both");
    Files.createDirectories(load.work);
    Path summary = load.work.resolve("summary.txt");
    Files.writeString(summary, "");
    if (!scenario.equals("uploads")) {
      load.report(summary, load.mixed());
    }
    if (!scenario.equals("mixed")) {
      load.report(summary, load.uploads());
    }
    System.exit(0);
  }

  /** Prints a scenario's figures and keeps them in the summary file as soon as it ends. */
  private void report(Path summary, String text) throws IOException {
    System.out.print(text);
    System.out.flush();
    Files.writeString(summary, text, java.nio.file.StandardOpenOption.APPEND);
  }

  private int option(String name, int fallback) {
    return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
  }

  private ServiceProcess start(String name) throws IOException, InterruptedException {
    Path data = work.resolve(name + "-data");
    if (Files.exists(data)) {
      try (var walk = Files.walk(data)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(work);
    ServiceProcess service =
        ServiceProcess.start(
            Path.of(options.getOrDefault("jar", "scopeplus-cli/target/scopeplus.jar")),
            data,
            options.getOrDefault("heap", "2g"),
            USER,
            password,
            TENANT,
            work.resolve(name + "-server.log"));
    HttpClient probe = HttpClient.newHttpClient();
    Api api = new Api(probe, service.port);
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (true) {
      try {
        HttpResponse<String> r =
            probe.send(
                HttpRequest.newBuilder(api.uri("/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return service;
        }
      } catch (IOException notYet) {
        // still starting
      }
      if (!service.process.isAlive() || System.nanoTime() > deadline) {
        service.close();
        throw new IllegalStateException("the service did not start; see " + name + "-server.log");
      }
      Thread.sleep(500);
    }
  }

  /** Scenario 1: mixed reads and small imports by many token-holding clients. */
  private String mixed() throws Exception {
    int clients = option("clients", 200);
    int seconds = option("seconds", 60);
    long maxRequests = Long.parseLong(options.getOrDefault("max-requests", "2000000"));
    try (ServiceProcess service = start("mixed")) {
      HttpClient http = Api.client(8);
      Api api = new Api(http, service.port);
      String basic = Api.basic(USER, password);
      List<String> tokens = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        tokens.add(
            "Bearer "
                + Api.field(
                    api.must(
                        api.postJson("/api/v1/tokens", basic, "{\"name\":\"load-" + i + "\"}")),
                    "secret"));
      }
      String auth = tokens.get(0);
      for (String line :
          Files.readAllLines(Path.of("examples/org-structure.csv"), StandardCharsets.UTF_8)) {
        String path = line.split(",")[0];
        if (!path.equals("org_unit")) {
          api.must(
              api.postJson(
                  "/api/v1/org-units", auth, "{\"path\":\"" + path + "\",\"equityShare\":1.0}"));
        }
      }
      String period =
          Api.field(
              api.must(
                  api.postJson(
                      "/api/v1/periods",
                      auth,
                      "{\"name\":\"FY2024\",\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"}")),
              "id");
      api.must(
          api.upload(
              "/api/v1/periods/" + period + "/imports",
              auth,
              "activity-2024.csv",
              List.of(Files.readAllBytes(Path.of("examples/activity-2024.csv")))));
      String run =
          Api.field(
              api.must(
                  api.postJson(
                      "/api/v1/periods/" + period + "/runs",
                      auth,
                      "{\"gwpSet\":\"AR5\",\"consolidation\":\"operational-control\"}")),
              "id");
      api.must(
          api.request("/api/v1/ecosystem/events", auth)
              .header("Content-Type", "application/x-ndjson")
              .POST(HttpRequest.BodyPublishers.ofFile(Path.of("examples/scope3plus-events.ndjson")))
              .build());

      Map<String, ConcurrentHistogram> latency = new TreeMap<>();
      for (String op : OPERATIONS) {
        latency.put(op, new ConcurrentHistogram(3_600_000_000L, 3));
      }
      ConcurrentHistogram all = new ConcurrentHistogram(3_600_000_000L, 3);
      Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
      AtomicLong sent = new AtomicLong();
      AtomicLong importNumber = new AtomicLong();
      HttpClient load = Api.client(Math.max(8, clients / 4));
      Api loadApi = new Api(load, service.port);
      Sampler sampler = new Sampler(service, loadApi, 1000);
      sampler.start();
      long start = System.nanoTime();
      long end = start + seconds * 1_000_000_000L;
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        String token = tokens.get(c % tokens.size());
        SplittableRandom random = new SplittableRandom(c);
        Thread t =
            new Thread(
                () -> {
                  while (System.nanoTime() < end && sent.incrementAndGet() <= maxRequests) {
                    String op = pick(random.nextInt(100));
                    HttpRequest request =
                        switch (op) {
                          case "runs" -> loadApi.get("/api/v1/runs", token);
                          case "results" ->
                              loadApi.get("/api/v1/runs/" + run + "/results/org-unit", token);
                          case "org-units" ->
                              loadApi.get("/api/v1/org-units?page=0&size=10", token);
                          case "audit" ->
                              loadApi.get(
                                  "/api/v1/audit?page=" + random.nextInt(5) + "&size=20", token);
                          case "scope3plus-totals" ->
                              loadApi.get("/api/v1/ecosystem/totals", token);
                          default ->
                              loadApi.upload(
                                  "/api/v1/periods/" + period + "/imports",
                                  token,
                                  "load.csv",
                                  List.of(smallImport(importNumber.incrementAndGet())));
                        };
                    long t0 = System.nanoTime();
                    String outcome;
                    try {
                      HttpResponse<byte[]> r =
                          load.send(request, HttpResponse.BodyHandlers.ofByteArray());
                      outcome = Integer.toString(r.statusCode());
                    } catch (IOException e) {
                      outcome = e.getClass().getSimpleName();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                      return;
                    }
                    long micros = (System.nanoTime() - t0) / 1000;
                    latency.get(op).recordValue(Math.min(micros, 3_600_000_000L));
                    all.recordValue(Math.min(micros, 3_600_000_000L));
                    outcomes.computeIfAbsent(op + " " + outcome, k -> new LongAdder()).increment();
                  }
                },
                "client-" + c);
        threads.add(t);
        t.start();
      }
      for (Thread t : threads) {
        t.join(Math.max(1, (end - System.nanoTime()) / 1_000_000) + 180_000);
      }
      double elapsed = (System.nanoTime() - start) / 1e9;
      sampler.stop();
      return mixedReport(clients, seconds, elapsed, latency, all, outcomes, sampler);
    }
  }

  private static String pick(int roll) {
    int sum = 0;
    for (int i = 0; i < OPERATIONS.length; i++) {
      sum += WEIGHTS[i];
      if (roll < sum) {
        return OPERATIONS[i];
      }
    }
    return OPERATIONS[OPERATIONS.length - 1];
  }

  /** Three electricity records with ids no other import uses. */
  private static byte[] smallImport(long n) {
    StringBuilder b =
        new StringBuilder(
            "record_id,org_unit,facility,period,activity_type,quantity,unit,region\n");
    for (int i = 1; i <= 3; i++) {
      b.append("L-")
          .append(n)
          .append('-')
          .append(i)
          .append(",Group/Cloud,,2024-0")
          .append(i)
          .append(",s2.electricity,")
          .append(100 + i)
          .append(",MWh,CN-ZJ\n");
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private String mixedReport(
      int clients,
      int seconds,
      double elapsed,
      Map<String, ConcurrentHistogram> latency,
      Histogram all,
      Map<String, LongAdder> outcomes,
      Sampler sampler) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            "Mixed load: %d clients, %d s asked, %.1f s measured, %d requests, %.0f requests/s%n",
            clients, seconds, elapsed, all.getTotalCount(), all.getTotalCount() / elapsed));
    b.append(
        "| operation | requests | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
    for (Map.Entry<String, ConcurrentHistogram> e : latency.entrySet()) {
      b.append(row(e.getKey(), e.getValue()));
    }
    b.append(row("all", all));
    long errors = 0;
    long refusals429 = 0;
    b.append("Answers by status:");
    for (Map.Entry<String, LongAdder> e : new TreeMap<>(outcomes).entrySet()) {
      b.append(' ').append(e.getKey()).append('=').append(e.getValue().sum()).append(';');
      String status = e.getKey().substring(e.getKey().lastIndexOf(' ') + 1);
      if (status.equals("429")) {
        refusals429 += e.getValue().sum();
      } else if (!status.startsWith("2")) {
        errors += e.getValue().sum();
      }
    }
    b.append(
        String.format("%nErrors (not 2xx, not 429): %d; 429 refusals: %d%n", errors, refusals429));
    b.append(sampler.summary()).append('\n');
    return b.toString();
  }

  private static String row(String name, Histogram h) {
    return String.format(
        "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n",
        name,
        h.getTotalCount(),
        h.getValueAtPercentile(50) / 1000.0,
        h.getValueAtPercentile(95) / 1000.0,
        h.getValueAtPercentile(99) / 1000.0,
        h.getMaxValue() / 1000.0);
  }

  /** Scenario 2: concurrent large uploads, each into a period of its own, on a fresh service. */
  private String uploads() throws Exception {
    int uploads = option("uploads", 4);
    int megabytes = option("upload-mb", 30);
    Path file = work.resolve("upload-" + megabytes + "mb.csv");
    Files.createDirectories(work);
    if (!Files.exists(file) || Files.size(file) < megabytes * 1_000_000L) {
      ByteArrayOutputStream sample = new ByteArrayOutputStream();
      ActivityGenerator.ofDemo().write(10_000, 42, sample);
      long rows = megabytes * 1_000_000L * 10_000 / sample.size() + 1;
      try (OutputStream out = Files.newOutputStream(file)) {
        ActivityGenerator.ofDemo().write(rows, 42, out);
      }
    }
    try (ServiceProcess service = start("uploads")) {
      HttpClient http = Api.client(uploads + 2);
      Api api = new Api(http, service.port);
      String auth =
          "Bearer "
              + Api.field(
                  api.must(
                      api.postJson(
                          "/api/v1/tokens", Api.basic(USER, password), "{\"name\":\"uploads\"}")),
                  "secret");
      List<String> periods = new ArrayList<>();
      for (int i = 0; i < uploads; i++) {
        periods.add(
            Api.field(
                api.must(
                    api.postJson(
                        "/api/v1/periods",
                        auth,
                        "{\"name\":\"Upload-"
                            + i
                            + "\",\"start\":\"2000-01-01\",\"end\":\"2099-12-31\"}")),
                "id"));
      }
      Sampler sampler = new Sampler(service, api, 250);
      long rssBefore = service.statusKb("VmRSS");
      sampler.start();
      long start = System.nanoTime();
      List<java.util.concurrent.CompletableFuture<String>> answers = new ArrayList<>();
      for (String period : periods) {
        long t0 = System.nanoTime();
        answers.add(
            http.sendAsync(
                    api.uploadFile("/api/v1/periods/" + period + "/imports", auth, file),
                    HttpResponse.BodyHandlers.ofString())
                .handle(
                    (r, failure) ->
                        failure != null
                            ? (failure.getCause() != null ? failure.getCause() : failure)
                                    .getClass()
                                    .getSimpleName()
                                + " after "
                                + String.format("%.1f", (System.nanoTime() - t0) / 1e9)
                                + " s"
                            : r.statusCode()
                                + " in "
                                + String.format("%.1f", (System.nanoTime() - t0) / 1e9)
                                + " s"
                                + (r.statusCode() / 100 == 2
                                    ? ""
                                    : ": "
                                        + r.body()
                                            .substring(0, Math.min(200, r.body().length())))));
      }
      List<String> results = new ArrayList<>();
      for (var a : answers) {
        results.add(a.get(20, java.util.concurrent.TimeUnit.MINUTES));
      }
      double elapsed = (System.nanoTime() - start) / 1e9;
      sampler.stop();
      return String.format(
          "Concurrent uploads: %d x %.1f MB (%s), %.1f s in all; answers: %s%n"
              + "Service RSS before %d MB; %s%n",
          uploads,
          Files.size(file) / 1e6,
          file.getFileName(),
          elapsed,
          String.join("; ", results),
          rssBefore / 1024,
          sampler.summary());
    }
  }
}
