package org.scopeplus.cli.service;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the first admin through a running service ({@code POST /api/v1/setup/first-admin}) with the
 * one-time setup token from its log, and says what the service answered.
 */
final class FirstAdminThroughService {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final URI server;
  private final HttpClient http;

  FirstAdminThroughService(URI server) {
    this.server = server;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** 0 when added, 1 when the service refused, 2 when it could not be asked. */
  int add(String token, String tenant, String username, String password) {
    ObjectNode body = JSON.createObjectNode();
    body.put("setupToken", token.strip());
    body.put("tenant", tenant);
    body.put("username", username);
    body.put("password", password);
    URI endpoint = server.resolve("/api/v1/setup/first-admin");
    HttpResponse<String> answer;
    try {
      answer =
          http.send(
              HttpRequest.newBuilder(endpoint)
                  .timeout(Duration.ofSeconds(60))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (ConnectException e) {
      System.err.println("user not added: no service answers at " + server);
      return 2;
    } catch (IOException e) {
      System.err.println("user not added: " + server + " could not be asked: " + e.getMessage());
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 2;
    }
    JsonNode json = parsed(answer.body());
    if (answer.statusCode() == 201) {
      System.out.printf(
          "added %s (admin) to tenant %s; log in as %s%n",
          json.path("username").asString(),
          json.path("tenant").asString(),
          json.path("loginName").asString());
      return 0;
    }
    String detail = json.path("detail").asString("");
    System.err.printf(
        "user not added: the service answered %d%s%n",
        answer.statusCode(), detail.isEmpty() ? "" : ": " + detail);
    return answer.statusCode() == 404 ? 2 : 1;
  }

  private static JsonNode parsed(String body) {
    try {
      return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
    } catch (RuntimeException notJson) {
      return JSON.createObjectNode();
    }
  }
}
