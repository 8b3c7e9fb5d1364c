package org.scopeplus.cli.exchange;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code scopeplus pact client-add}: registers a PACT client (a customer's host system) through a
 * running service's API ({@code POST /api/v1/pact/clients}), as an admin with an API token in
 * {@code SCOPEPLUS_TOKEN}, and prints the client id and the secret, shown this once.
 */
@Command(
    name = "client-add",
    mixinStandardHelpOptions = true,
    description = {
      "Register a PACT client of the admin's tenant; prints its client id and secret (shown once).",
      "The admin's API token is read from SCOPEPLUS_TOKEN."
    })
public final class PactClientAddCommand implements Callable<Integer> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Option(names = "--server", required = true, paramLabel = "URL", description = "The service.")
  URI server;

  @Option(names = "--name", required = true, description = "Who the client is.")
  String name;

  @Option(
      names = "--product",
      paramLabel = "URN",
      description = "A product id the client may see (repeat it); all published ones without.")
  List<String> products = new ArrayList<>();

  @Override
  public Integer call() {
    String token = System.getenv("SCOPEPLUS_TOKEN");
    if (token == null || token.isBlank()) {
      System.err.println("client not added: set SCOPEPLUS_TOKEN to an admin's API token");
      return 2;
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("name", name);
    var shared = body.putArray("sharedProductIds");
    products.forEach(shared::add);
    HttpResponse<String> answer;
    try {
      answer =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(10))
              .build()
              .send(
                  HttpRequest.newBuilder(server.resolve("/api/v1/pact/clients"))
                      .timeout(Duration.ofSeconds(60))
                      .header("Content-Type", "application/json")
                      .header("Authorization", "Bearer " + token.strip())
                      .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      System.err.println("client not added: " + server + " could not be asked: " + e.getMessage());
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 2;
    }
    JsonNode json;
    try {
      json = JSON.readTree(answer.body() == null || answer.body().isBlank() ? "{}" : answer.body());
    } catch (RuntimeException notJson) {
      json = JSON.createObjectNode();
    }
    if (answer.statusCode() != 201) {
      String detail = json.path("detail").asString("");
      System.err.printf(
          "client not added: the service answered %d%s%n",
          answer.statusCode(), detail.isEmpty() ? "" : ": " + detail);
      return 1;
    }
    System.out.printf(
        "client_id=%s%nclient_secret=%s%n(the secret is shown this once)%n",
        json.path("clientId").asString(), json.path("clientSecret").asString());
    return 0;
  }
}
