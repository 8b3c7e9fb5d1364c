package org.scopeplus.cli.service;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.scopeplus.server.ScopePlusApplication;
import org.scopeplus.server.ServerSettings;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code scopeplus serve}: starts the service (REST API, OpenAPI and Swagger UI, health and
 * Prometheus metrics) and runs until stopped; SIGTERM or Ctrl-C shuts it down gracefully.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Start the ScopePlus service (REST API, OpenAPI, health and metrics).",
      "REST API under /api/v1, Swagger UI at /swagger-ui.html, health at /actuator/health,",
      "metrics at /actuator/prometheus.",
      "There is no default password: while there is no user, the log shows a one-time setup",
      "token for `scopeplus user add --server URL` (or set SCOPEPLUS_ADMIN_USER,",
      "SCOPEPLUS_ADMIN_PASSWORD and SCOPEPLUS_ADMIN_TENANT before the first start)."
    })
public final class ServeCommand implements Callable<Integer> {

  @Mixin DatabaseOptions database;

  @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "HTTP port.")
  int port;

  @Option(
      names = "--demo",
      description =
          "Load the demo company and the demo city as tenants of their own on first start.")
  boolean demo;

  @Option(
      names = "--pact-port",
      paramLabel = "P",
      defaultValue = "8443",
      description = "HTTPS port of the PACT endpoints (/auth/token, /3/footprints, /3/events).")
  int pactPort;

  @Option(
      names = "--pact-keystore",
      paramLabel = "FILE",
      defaultValue = "",
      description = {
        "PKCS#12 key store for the PACT HTTPS port (password in SCOPEPLUS_PACT_KEYSTORE_PASSWORD).",
        "Without it a self-signed certificate is made in the data folder and its fingerprint logged."
      })
  String pactKeystore;

  @Override
  public Integer call() throws InterruptedException {
    ServerSettings settings =
        new ServerSettings(
            port,
            database.dataDir(),
            database.url(),
            database.user(),
            database.password(),
            demo,
            pactPort,
            pactKeystore,
            System.getenv().getOrDefault("SCOPEPLUS_PACT_KEYSTORE_PASSWORD", ""));
    Map<String, Object> properties = settings.properties();
    ConfigurableApplicationContext context = ScopePlusApplication.start(properties);
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent) {
            closed.countDown();
          }
        });
    if (!context.isActive()) {
      return 1;
    }
    closed.await();
    return 0;
  }
}
