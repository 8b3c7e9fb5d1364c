package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Runs every {@code sh} block of docs/api.md, in order, as one bash script against the running
 * service, so the documented curl session keeps working; and checks that every operation of the
 * OpenAPI document has a summary, so Swagger UI lists what each one does.
 */
@OnH2
class ApiDocsH2IT extends ServiceChecks {

  private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

  @Test
  void theCurlSessionOfTheApiDocumentRuns() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    String doc = Files.readString(root.resolve("docs/api.md"), StandardCharsets.UTF_8);
    StringBuilder script = new StringBuilder("set -euo pipefail\n");
    Matcher m = SH_BLOCK.matcher(doc);
    int blocks = 0;
    while (m.find()) {
      script.append(m.group(1)).append('\n');
      blocks++;
    }
    assertThat(blocks).isGreaterThanOrEqualTo(8);
    TenantFixture t = newTenant();
    Path file = Files.writeString(dir.resolve("session.sh"), script);
    ProcessBuilder pb =
        new ProcessBuilder(List.of("bash", file.toString()))
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("session.out").toFile());
    pb.environment().put("BASE", "http://127.0.0.1:" + port);
    pb.environment().put("SCOPEPLUS_USER", t.login(t.adminName));
    pb.environment().put("SCOPEPLUS_PASSWORD", TenantFixture.PASSWORD);
    Process p = pb.start();
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
    String out = Files.readString(dir.resolve("session.out"));
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out)
        .contains("bad.csv:2 [period]")
        .contains("utility-specific grid factor for Zhejiang");
  }

  @Test
  void everyOperationOfTheOpenApiDocumentHasASummary() {
    JsonNode paths = new ApiClient(port, null).get("/v3/api-docs").json().get("paths");
    List<String> operations = new ArrayList<>();
    List<String> unnamed = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        String name = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
        operations.add(name);
        JsonNode summary = op.getValue().get("summary");
        if (summary == null || summary.asString().isBlank()) {
          unnamed.add(name);
        }
      }
    }
    assertThat(operations).contains("PUT /api/v1/me/password", "GET /api/v1/audit/verification");
    assertThat(operations).hasSizeGreaterThanOrEqualTo(40);
    assertThat(unnamed).as("operations without a summary").isEmpty();
    List<String> undescribed = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        JsonNode description = op.getValue().get("description");
        if (description == null || description.asString().isBlank()) {
          undescribed.add(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
        }
      }
    }
    assertThat(undescribed).as("operations without a description").isEmpty();
  }

  @Test
  void everyOperationIsTaggedForItsDomain() {
    JsonNode paths = new ApiClient(port, null).get("/v3/api-docs").json().get("paths");
    List<String> domains =
        List.of(
            "Audit",
            "Base year",
            "Carbon credits",
            "City",
            "City emissions trading",
            "Energy",
            "Green-power instruments",
            "Indicators",
            "Review and sign-off",
            "Targets",
            "Verification",
            "Factor libraries",
            "Imports",
            "Organisation",
            "Runs",
            "Scope 3+",
            "Setup",
            "Suppliers",
            "Tokens",
            "Users",
            "PACT exchange");
    List<String> untagged = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        JsonNode tags = op.getValue().get("tags");
        if (tags == null || tags.size() != 1 || !domains.contains(tags.get(0).asString())) {
          untagged.add(op.getKey() + " " + path.getKey() + " " + tags);
        }
      }
    }
    assertThat(untagged).as("operations without one domain tag").isEmpty();
  }

  @Test
  void everyParameterIsDescribedAndTheDomainValuesAreEnumerated() {
    JsonNode doc = new ApiClient(port, null).get("/v3/api-docs").json();
    List<String> undescribed = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        JsonNode parameters = op.getValue().get("parameters");
        if (parameters == null) {
          continue;
        }
        for (JsonNode p : parameters) {
          if (p.get("description") == null || p.get("description").asString().isBlank()) {
            undescribed.add(op.getKey() + " " + path.getKey() + " " + p.get("name").asString());
          }
        }
      }
    }
    assertThat(undescribed).as("parameters without a description").isEmpty();
    JsonNode results = doc.get("paths").get("/api/v1/runs/{id}/results/{dimension}").get("get");
    JsonNode dimension = null;
    for (JsonNode p : results.get("parameters")) {
      if (p.get("name").asString().equals("dimension")) {
        dimension = p;
      }
    }
    assertThat(dimension.get("schema").get("enum").toString())
        .contains("\"scope3-category\"", "\"org-unit\"", "\"month\"");
    JsonNode schemas = doc.get("components").get("schemas");
    assertThat(schemas.get("RunBody").get("properties").get("gwpSet").get("enum"))
        .as(schemas.get("RunBody").toString())
        .isNotNull();
    assertThat(schemas.get("RunBody").get("properties").get("gwpSet").get("enum").toString())
        .isEqualTo("[\"AR4\",\"AR5\",\"AR6\"]");
    assertThat(
            schemas
                .get("RecalculationBody")
                .get("properties")
                .get("trigger")
                .get("enum")
                .toString())
        .contains("\"methodology-change\"");
    assertThat(schemas.get("NewUser").get("properties").get("role").get("enum").toString())
        .contains("\"data-owner\"", "\"verifier\"");
  }

  @Test
  void theSetupEndpointsNeedNoLoginAndRefuseOnceAUserExists() {
    newTenant();
    ApiClient anonymous = new ApiClient(port, null);
    ApiClient.Reply state = anonymous.get("/api/v1/setup");
    assertThat(state.status()).as(state.text()).isEqualTo(200);
    assertThat(state.json().get("firstAdminNeeded").asBoolean()).isFalse();
    ApiClient.Reply late =
        anonymous.post(
            "/api/v1/setup/first-admin",
            Map.of(
                "setupToken", "guess",
                "tenant", "Late",
                "username", "late-admin",
                "password", "a-long-enough-password"));
    assertThat(late.status()).as(late.text()).isEqualTo(409);
    assertThat(late.json().get("detail").asString()).contains("the first admin exists already");
  }
}
