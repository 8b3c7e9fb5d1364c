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
  }
}
