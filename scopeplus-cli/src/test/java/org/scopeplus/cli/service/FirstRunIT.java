package org.scopeplus.cli.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.core.baseyear.BaseYear;
import org.scopeplus.io.demo.DemoCompany;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.baseyear.BaseYearStore;
import org.scopeplus.store.tenant.TenantStore;

/**
 * The README's first run, in the order it is written, on the packaged jar: {@code serve --demo}
 * prints a one-time setup token; while it runs, {@code user add} straight on its data folder is
 * refused with a sentence, and {@code user add --server URL} with the token makes the first admin
 * (once: the same token again is refused); docs/api.md's curl session runs as that admin in a
 * tenant of its own; after the service stops, {@code audit verify} on the same folder finds every
 * chain intact, and the demo company's base year is still its own (2020, set by the demo).
 */
class FirstRunIT {

  private static final Pattern TOKEN = Pattern.compile("One-time setup token: (\\S+)");
  private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
  private static final String PASSWORD = "osprey-estuary-morning";

  @TempDir Path dir;

  @Test
  void theReadmeFirstRunWorksInTheOrderWritten() throws Exception {
    Path data = dir.resolve("data");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String base = "http://127.0.0.1:" + port;
    Path log = dir.resolve("serve.log");
    Process server =
        new ProcessBuilder(
                jar("serve", "--demo", "--port", Integer.toString(port), "--data", data.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      awaitHealth(base, server, log);
      Matcher token = TOKEN.matcher(Files.readString(log));
      assertThat(token.find()).as(Files.readString(log)).isTrue();

      Ran direct =
          run(
              jar(
                  "user",
                  "add",
                  "--data",
                  data.toString(),
                  "--tenant",
                  "Session Example",
                  "--username",
                  "alice",
                  "--password-stdin"),
              Map.of(),
              PASSWORD + "\n");
      assertThat(direct.exit()).as(direct.output()).isEqualTo(2);
      assertThat(direct.output()).contains("is in use by a running service");

      List<String> add =
          jar(
              "user",
              "add",
              "--server",
              base,
              "--tenant",
              "Session Example",
              "--username",
              "alice",
              "--password-stdin");
      Ran added = run(add, Map.of("SCOPEPLUS_SETUP_TOKEN", token.group(1)), PASSWORD + "\n");
      assertThat(added.exit()).as(added.output()).isZero();
      assertThat(added.output()).contains("log in as Session Example/alice");
      Ran again = run(add, Map.of("SCOPEPLUS_SETUP_TOKEN", token.group(1)), PASSWORD + "\n");
      assertThat(again.exit()).as(again.output()).isEqualTo(1);
      assertThat(again.output()).contains("409").contains("the first admin exists already");

      Ran session = apiSession(base, "Session Example/alice");
      assertThat(session.exit()).as(session.output()).isZero();
      assertThat(session.output()).contains("utility-specific grid factor for Zhejiang");
    } finally {
      server.destroy();
      assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
      server.destroyForcibly();
    }

    Ran verified = run(jar("audit", "verify", "--data", data.toString()), Map.of(), "");
    assertThat(verified.exit()).as(verified.output()).isZero();
    assertThat(verified.output())
        .contains(DemoCompany.NAME + ": the audit chain is intact")
        .contains("Session Example: the audit chain is intact");
    try (Database db = Database.open(DatabaseSettings.h2In(data))) {
      BaseYear demoBase =
          db.inTransaction(
              c ->
                  new BaseYearStore()
                      .get(c, new TenantStore().byName(c, DemoCompany.NAME).orElseThrow().id())
                      .orElseThrow());
      assertThat(demoBase.year()).isEqualTo(DemoCompany.FIRST_YEAR);
      assertThat(demoBase.setBy()).isEqualTo("demo");
    }
  }

  private Ran apiSession(String base, String login) throws IOException, InterruptedException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    String doc = Files.readString(root.resolve("docs/api.md"), StandardCharsets.UTF_8);
    StringBuilder script = new StringBuilder("set -euo pipefail\n");
    Matcher m = SH_BLOCK.matcher(doc);
    while (m.find()) {
      script.append(m.group(1)).append('\n');
    }
    Path file = Files.writeString(dir.resolve("session.sh"), script);
    ProcessBuilder pb =
        new ProcessBuilder(List.of("bash", file.toString()))
            .directory(root.toFile())
            .redirectErrorStream(true);
    pb.environment().put("BASE", base);
    pb.environment().put("SCOPEPLUS_USER", login);
    pb.environment().put("SCOPEPLUS_PASSWORD", PASSWORD);
    return finished(pb.start(), "", 10);
  }

  private static void awaitHealth(String base, Process server, Path log) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    // the demo company loads before the service is ready: minutes on a busy machine
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(900);
    String health = "";
    while (System.nanoTime() < deadline && server.isAlive() && !health.contains("UP")) {
      try {
        health =
            http.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body();
      } catch (IOException notYet) {
        Thread.sleep(500);
      }
    }
    assertThat(health).as(Files.readString(log)).contains("\"UP\"");
  }

  private static List<String> jar(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                Path.of("target", "scopeplus.jar").toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return command;
  }

  private static Ran run(List<String> command, Map<String, String> env, String input)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("SCOPEPLUS_PASSWORD");
    pb.environment().remove("SCOPEPLUS_DATA_DIR");
    pb.environment().putAll(env);
    return finished(pb.start(), input, 10);
  }

  private static Ran finished(Process p, String input, int minutes)
      throws IOException, InterruptedException {
    p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(minutes, TimeUnit.MINUTES)).isTrue();
    return new Ran(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  private record Ran(int exit, String output) {}
}
