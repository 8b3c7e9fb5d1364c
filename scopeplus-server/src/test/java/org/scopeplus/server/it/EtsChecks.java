package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The city emissions-trading registry through the API: a compliance year from allocation to
 * surrender, refusals as RFC 9457 problems with the ledger's reason, roles, and tenant isolation.
 */
abstract class EtsChecks extends ServiceChecks {

  private static final String ETS = "/api/v1/city/ets";

  /** The last compliance year whose deadline (31 December of the next year) is still ahead. */
  private static int openYear() {
    return LocalDate.now(java.time.ZoneOffset.UTC).getYear() - 1;
  }

  private static Map<String, Object> coalPlan(String enterprise, int year) {
    Map<String, Object> m = new HashMap<>();
    m.put("enterprise", enterprise);
    m.put("year", year);
    m.put("method", "benchmark");
    m.put("benchmark", 0.8218);
    m.put("factors", Map.of("cooling (air)", 1.05));
    m.put("basisOutput", 1_000_000);
    return m;
  }

  private static ApiClient.Reply created(ApiClient who, String path, Object body) {
    ApiClient.Reply r = who.post(ETS + path, body);
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r;
  }

  private static String refusal(ApiClient who, String path, Object body) {
    ApiClient.Reply r = who.post(ETS + path, body);
    assertProblem(r, 422);
    return r.json().get("detail").asString();
  }

  @Test
  void aYearFromAllocationToSurrenderWithTheRefusalsOfTheLedger() {
    TenantFixture t = newTenant();
    int year = openYear();
    created(t.admin, "/enterprises", Map.of("id", "P1", "name", "Coal plant 1"));
    created(t.admin, "/enterprises", Map.of("id", "P2", "name", "Coal plant 2"));
    assertProblem(t.dataOwner.post(ETS + "/enterprises", Map.of("id", "P3", "name", "x")), 403);
    assertProblem(t.viewer.post(ETS + "/enterprises", Map.of("id", "P3", "name", "x")), 403);

    created(t.admin, "/allocations", coalPlan("P1", year));
    // 1,000,000 MWh x 0.8218 t/MWh x 1.05 (air cooling) = 862,890 t; 70% = 604,023 t
    JsonNode pre =
        created(t.admin, "/pre-allocations", Map.of("enterprise", "P1", "year", year)).json();
    assertThat(pre.get("postings").get(0).get("tonnes").asLong()).isEqualTo(604_023L);
    created(
        t.dataOwner,
        "/verifications",
        Map.of("enterprise", "P1", "year", year, "emissions", 800_000, "output", 1_000_000));
    JsonNode up = created(t.admin, "/true-ups", Map.of("enterprise", "P1", "year", year)).json();
    assertThat(up.get("kind").asString()).isEqualTo("TRUE_UP_ISSUANCE");
    assertThat(up.get("postings").get(0).get("tonnes").asLong()).isEqualTo(258_867L);
    created(
        t.admin,
        "/offsets",
        Map.of("enterprise", "P1", "vintage", year, "tonnes", 50_000, "memo", "CCER wind"));

    // CCER may cover 5% of 800,000 t: 40,000 t
    assertThat(
            refusal(
                t.dataOwner,
                "/surrenders",
                Map.of("enterprise", "P1", "year", year, "allowances", 700_000, "ccer", 40_001)))
        .startsWith("CCER may cover at most 5.0% of verified emissions, 40000 t");
    assertThat(
            refusal(
                t.dataOwner,
                "/transfers",
                Map.of(
                    "from",
                    "P1",
                    "to",
                    "P2",
                    "unit",
                    "allowance",
                    "vintage",
                    year,
                    "tonnes",
                    862_891)))
        .isEqualTo(
            "transfer of 862891 t of " + year + " ALLOWANCE refused: P1 holds 862890 t of them");
    assertThat(
            refusal(
                t.dataOwner,
                "/transfers",
                Map.of(
                    "from",
                    "P1",
                    "to",
                    "P2",
                    "unit",
                    "allowance",
                    "vintage",
                    year,
                    "tonnes",
                    1_000_000_000_000_000_000L)))
        .startsWith("a quantity is a whole number of tonnes from 1 to 1e12");
    assertProblem(
        t.viewer.post(
            ETS + "/surrenders",
            Map.of("enterprise", "P1", "year", year, "allowances", 1, "ccer", 0)),
        403);
    created(
        t.dataOwner,
        "/surrenders",
        Map.of("enterprise", "P1", "year", year, "allowances", 760_000, "ccer", 40_000));

    JsonNode p1 = t.viewer.get(ETS + "/compliance/" + year).json().get(0);
    assertThat(p1.get("status").asString()).isEqualTo("compliant");
    assertThat(p1.get("allowances").asLong()).isEqualTo(862_890L - 760_000L);
    assertThat(p1.get("ccer").asLong()).isEqualTo(10_000L);
    JsonNode totals = t.viewer.get(ETS + "/totals").json().get("allowance");
    assertThat(totals.get("held").asLong())
        .isEqualTo(totals.get("issued").asLong() - totals.get("cancelled").asLong())
        .isEqualTo(102_890L);
    assertThat(t.viewer.get(ETS + "/journal").json().size()).isEqualTo(4);

    // a year whose deadline has passed: nothing more is accepted, and the shortfall shows
    int past = year - 1;
    created(
        t.dataOwner,
        "/verifications",
        Map.of("enterprise", "P2", "year", past, "emissions", 1_000, "output", 1_000));
    assertThat(
            refusal(
                t.dataOwner,
                "/surrenders",
                Map.of("enterprise", "P2", "year", past, "allowances", 1, "ccer", 0)))
        .startsWith("the surrender deadline for " + past + " was " + year + "-12-31");
    JsonNode p2 = t.viewer.get(ETS + "/enterprises?year=" + past).json().get(1);
    assertThat(p2.get("status").asString()).isEqualTo("shortfall");
    assertThat(p2.get("compliance").get("shortfallTonnes").asLong()).isEqualTo(1_000L);
    assertThat(p2.get("compliance").get("fineMinYuan").asLong()).isEqualTo(20_000L);

    // another city sees none of it and cannot move it
    TenantFixture other = newTenant();
    assertThat(other.viewer.get(ETS + "/enterprises").json().size()).isZero();
    assertThat(
            refusal(
                other.admin,
                "/transfers",
                Map.of(
                    "from", "P1", "to", "P2", "unit", "allowance", "vintage", year, "tonnes", 1)))
        .isEqualTo("no account P1 in the registry");
    assertThat(t.viewer.get(ETS + "/totals").json().get("allowance").get("held").asLong())
        .isEqualTo(102_890L);

    // the console page, in both languages, for a viewer; another city's page is empty
    String suffix = t.name.substring("tenant-".length());
    for (String lang : java.util.List.of("en", "zh-CN")) {
      boolean en = lang.equals("en");
      try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, lang)) {
        b.logIn(t.login("viewer-" + suffix), TenantFixture.PASSWORD);
        b.open("/city/ets?year=" + year);
        assertThat(b.h1()).isEqualTo(en ? "Emissions-trading registry" : "碳排放权交易注册登记系统");
        assertThat(b.find("#enterprises tbody").getText())
            .contains("Coal plant 1 (P1)")
            .contains("102,890")
            .contains("800,000")
            .contains(en ? "Compliant" : "已履约");
        assertThat(b.find("#ets-totals").getText()).contains("102,890");
        b.open("/city/ets?year=" + past);
        assertThat(b.find("#enterprises tbody").getText())
            .contains(en ? "Shortfall after the deadline" : "逾期未足额清缴");
      }
    }
    String otherSuffix = other.name.substring("tenant-".length());
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1024, "en")) {
      b.logIn(other.login("viewer-" + otherSuffix), TenantFixture.PASSWORD);
      b.open("/city/ets");
      assertThat(b.has("#no-enterprises")).isTrue();
    }
  }
}
