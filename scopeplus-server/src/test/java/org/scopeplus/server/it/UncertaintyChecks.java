package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A stored run's uncertainty over HTTP (docs/uncertainty.md): Approach 1 around the run's own
 * totals, Approach 2 reproducible with its seed, refusals of unusable parameters, tenants apart.
 */
abstract class UncertaintyChecks extends ServiceChecks {

  @Test
  void aRunsUncertaintyIsCentredOnItsTotalsAndReproducibleWithItsSeed() {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    imported(t.admin, period, ApiClient.write(dir, "a.csv", ActivityFiles.small("U")));
    JsonNode run = ran(t.admin, period, Map.of()).json();
    String path = "/api/v1/runs/" + run.get("id").asString() + "/uncertainty";

    JsonNode one = t.viewer.get(path).json();
    assertThat(one.get("schema").asString()).isEqualTo("scopeplus.uncertainty/1");
    JsonNode total = one.get("approach1").get("intervals").get(0);
    assertThat(total.get("total").asString()).isEqualTo("total-location-based");
    JsonNode totals = run.get("totals");
    long grams =
        totals.get("scope1").asLong()
            + totals.get("scope2Location").asLong()
            + totals.get("scope3").asLong();
    assertThat(total.get("centralTonnes").decimalValue())
        .isEqualByComparingTo(BigDecimal.valueOf(grams, 6));
    assertThat(total.get("plusPercent").doubleValue()).isPositive();
    // the file's records are measured and invoiced: reliability 1 or 2 throughout
    assertThat(one.get("dataQuality").get(0).get("reliability").doubleValue()).isBetween(1.0, 2.0);

    JsonNode two = t.viewer.get(path + "?approach=2&seed=9&iterations=500").json();
    assertThat(two.get("approach2").get("seed").asLong()).isEqualTo(9);
    assertThat(t.viewer.get(path + "?approach=2&seed=9&iterations=500").json()).isEqualTo(two);
    assertThat(t.viewer.get(path + "?approach=2&seed=10&iterations=500").json()).isNotEqualTo(two);

    assertProblem(t.viewer.get(path + "?approach=3"), 400);
    assertProblem(t.viewer.get(path + "?approach=2&iterations=5"), 400);
    assertProblem(newTenant().admin.get(path), 404);
  }
}
