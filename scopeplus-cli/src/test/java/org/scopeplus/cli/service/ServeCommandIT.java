package org.scopeplus.cli.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar scopeplus.jar serve} (what {@code bin/scopeplus serve} runs) starts the service
 * from the packaged jar on an H2 data folder, makes the first admin from the environment, answers
 * health and the API, and stops gracefully on SIGTERM.
 */
class ServeCommandIT {

  @TempDir Path dir;

  @Test
  void thePackagedJarServesAndStopsGracefully() throws Exception {
    Path jar = Path.of("target", "scopeplus.jar").toAbsolutePath();
    assertThat(jar).exists();
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ProcessBuilder pb =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-jar",
                    jar.toString(),
                    "serve",
                    "--port",
                    Integer.toString(port),
                    "--data",
                    dir.resolve("data").toString()))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("serve.log").toFile());
    pb.environment().put("SCOPEPLUS_ADMIN_USER", "first-admin");
    pb.environment().put("SCOPEPLUS_ADMIN_PASSWORD", "kestrel-harbour-lights");
    pb.environment().put("SCOPEPLUS_ADMIN_TENANT", "Kestrel");
    Process server = pb.start();
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      String base = "http://127.0.0.1:" + port;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      String health = "";
      while (System.nanoTime() < deadline && server.isAlive()) {
        try {
          health =
              http.send(
                      HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body();
          if (health.contains("UP")) {
            break;
          }
        } catch (java.io.IOException notYet) {
          Thread.sleep(500);
        }
      }
      assertThat(health).as(Files.readString(dir.resolve("serve.log"))).contains("\"UP\"");
      String basic =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      "first-admin:kestrel-harbour-lights".getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> me =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                  .header("Authorization", basic)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(me.statusCode()).isEqualTo(200);
      assertThat(me.body()).contains("\"tenant\":\"Kestrel\"");
      assertThat(
              http.send(
                      HttpRequest.newBuilder(URI.create(base + "/swagger-ui/index.html")).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .statusCode())
          .isEqualTo(200);
      server.destroy();
      assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String log = Files.readString(dir.resolve("serve.log"));
      assertThat(log)
          .contains("Graceful shutdown complete")
          .doesNotContain("kestrel-harbour-lights");
      assertThat(dir.resolve("data").resolve("scopeplus.mv.db")).exists();
    } finally {
      server.destroyForcibly();
    }
  }
}
