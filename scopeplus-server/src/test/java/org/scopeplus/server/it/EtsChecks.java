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

  /**
   * Allocation rules by API, the shortfall deduction and corrections, by hand. The rule power-coal
   * (1,000,000 MWh x 0.8218 x 1.05 = 862,890 t) pre-allocates 70% = 604,023 t; replaced by 0.8
   * t/MWh, the verified 1,000,000 MWh give 800,000 t, so the true-up issues 195,977 t. The
   * pre-allocation corrected to 600,000 t: 800,000 - 604,023 + 600,000 = 795,977 t. Last year's
   * 100,000 t shortfall x penalty ratio 2 (the Guangdong pilot's rule) = 200,000 t deducted:
   * 795,977 - 200,000 = 595,977 t allocated.
   */
  @Test
  void allocationRulesDeductionsAndCorrectionsAreAuditedAndShown() {
    TenantFixture t = newTenant();
    int year = openYear();
    int past = year - 1;
    Map<String, Object> rules = new HashMap<>();
    rules.put("offsetShare", 0.05);
    rules.put("preAllocationShare", 0.7);
    rules.put("deadlineYearsAfter", 1);
    rules.put("deadline", "12-31");
    rules.put("fineMinYuan", 20_000);
    rules.put("fineMaxYuan", 30_000);
    rules.put("deductShortfall", true);
    rules.put("penaltyRatio", 1e300);
    assertProblem(t.admin.put(ETS + "/rules", rules), 422);
    assertThat(t.admin.put(ETS + "/rules", rules).json().get("detail").asString())
        .isEqualTo("the penalty ratio is more than 0 and at most 10 t per t of shortfall");
    rules.put("penaltyRatio", 2);
    assertProblem(t.dataOwner.put(ETS + "/rules", rules), 403);
    assertThat(t.admin.put(ETS + "/rules", rules).status()).isEqualTo(200);
    assertThat(t.viewer.get(ETS + "/rules").json().get("penaltyRatio").asDouble()).isEqualTo(2.0);

    String rulePath = ETS + "/allocation-rules/power-coal/" + year;
    Map<String, Object> coal =
        Map.of(
            "method",
            "benchmark",
            "benchmark",
            0.8218,
            "factors",
            Map.of("cooling (air)", 1.05),
            "source",
            "MEE 2021 power plan, Table 1");
    assertProblem(t.dataOwner.put(rulePath, coal), 403);
    assertProblem(t.admin.put(rulePath, Map.of("method", "lottery", "source", "x")), 400);
    ApiClient.Reply absurd =
        t.admin.put(rulePath, Map.of("method", "benchmark", "benchmark", 1e300, "source", "x"));
    assertProblem(absurd, 422);
    assertThat(absurd.json().get("detail").asString())
        .isEqualTo("a benchmark is more than 0 and at most 100 t CO2 per unit of output");
    assertThat(t.admin.put(rulePath, coal).status()).isEqualTo(200);
    created(t.admin, "/enterprises", Map.of("id", "P1", "name", "Coal plant 1"));
    assertThat(
            refusal(
                t.admin,
                "/allocations",
                Map.of(
                    "enterprise", "P1", "year", year, "scheme", "gas", "basisOutput", 1_000_000)))
        .isEqualTo("no allocation rule for scheme gas in " + year + " is set");
    created(
        t.admin,
        "/allocations",
        Map.of("enterprise", "P1", "year", year, "scheme", "power-coal", "basisOutput", 1_000_000));
    JsonNode pre =
        created(t.admin, "/pre-allocations", Map.of("enterprise", "P1", "year", year)).json();
    assertThat(pre.get("postings").get(0).get("tonnes").asLong()).isEqualTo(604_023L);
    assertThat(
            t.admin
                .put(
                    rulePath,
                    Map.of("method", "benchmark", "benchmark", 0.8, "source", "final plan"))
                .status())
        .isEqualTo(200);
    assertThat(t.viewer.get(ETS + "/allocation-rules").json().get(0).get("source").asString())
        .isEqualTo("final plan");
    created(
        t.dataOwner,
        "/verifications",
        Map.of("enterprise", "P1", "year", year, "emissions", 700_000, "output", 1_000_000));
    JsonNode up = created(t.admin, "/true-ups", Map.of("enterprise", "P1", "year", year)).json();
    assertThat(up.get("postings").get(0).get("tonnes").asLong()).isEqualTo(195_977L);

    String preId = pre.get("id").asString();
    Map<String, Object> fix = Map.of("entry", preId, "tonnes", 600_000, "reason", "basis misread");
    assertProblem(t.dataOwner.post(ETS + "/corrections", fix), 403);
    JsonNode c = created(t.admin, "/corrections", fix).json();
    assertThat(c.get("reversal").get("kind").asString()).isEqualTo("REVERSAL");
    assertThat(c.get("reversal").get("reverses").asString()).isEqualTo(preId);
    assertThat(c.get("corrected").get("postings").get(0).get("tonnes").asLong())
        .isEqualTo(600_000L);
    assertThat(refusal(t.admin, "/corrections", fix))
        .isEqualTo("entry " + preId + " is reversed already");

    created(
        t.dataOwner,
        "/verifications",
        Map.of("enterprise", "P1", "year", past, "emissions", 100_000, "output", 1));
    JsonNode short1 = t.viewer.get(ETS + "/compliance/" + past).json().get(0);
    assertThat(short1.get("position").get("nextYearDeduction").asLong()).isEqualTo(200_000L);
    assertProblem(
        t.viewer.post(ETS + "/deductions", Map.of("enterprise", "P1", "year", past)), 403);
    JsonNode d = created(t.admin, "/deductions", Map.of("enterprise", "P1", "year", past)).json();
    assertThat(d.get("kind").asString()).isEqualTo("SHORTFALL_DEDUCTION");
    assertThat(refusal(t.admin, "/deductions", Map.of("enterprise", "P1", "year", past)))
        .isEqualTo("the " + past + " shortfall of P1 is deducted already");
    JsonNode position = t.viewer.get(ETS + "/compliance/" + year).json().get(0).get("position");
    assertThat(position.get("allocated").asLong()).isEqualTo(595_977L);
    assertThat(position.get("deducted").asLong()).isEqualTo(200_000L);
    JsonNode totals = t.viewer.get(ETS + "/totals").json().get("allowance");
    assertThat(totals.get("held").asLong())
        .isEqualTo(totals.get("issued").asLong() - totals.get("cancelled").asLong())
        .isEqualTo(595_977L);

    JsonNode history = t.viewer.get(ETS + "/enterprises/P1/history").json();
    assertThat(history.size()).isEqualTo(5);
    assertThat(history.get(2).get("kind").asString()).isEqualTo("REVERSAL");
    assertThat(history.get(3).get("memo").asString())
        .isEqualTo("corrects " + preId + ": basis misread");
    assertProblem(t.viewer.get(ETS + "/enterprises/NOPE/history"), 404);
    String actions = t.verifier.get("/api/v1/audit?size=20").json().get("items").toString();
    assertThat(actions)
        .contains("ets.shortfall_deduction")
        .contains("ets.reversal")
        .contains("ets.correction")
        .contains("ets.allocation-rule.replaced")
        .contains("ets.rules.set");

    TenantFixture other = newTenant();
    assertThat(other.viewer.get(ETS + "/allocation-rules").json().size()).isZero();
    assertThat(refusal(other.admin, "/corrections", Map.of("entry", preId, "reason", "x")))
        .isEqualTo("no journal entry " + preId + " in the registry");

    String suffix = t.name.substring("tenant-".length());
    for (String lang : java.util.List.of("en", "zh-CN")) {
      boolean en = lang.equals("en");
      try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, lang)) {
        b.logIn(t.login("viewer-" + suffix), TenantFixture.PASSWORD);
        b.open("/city/ets?year=" + year);
        assertThat(b.find("#enterprises tbody").getText()).contains("595,977");
        b.follow("#enterprises tbody a");
        assertThat(b.find("#history").getText())
            .contains(en ? "Reversal (correction)" : "冲正（更正）")
            .contains(en ? "Shortfall deduction" : "配额缺口核减")
            .contains("-200,000");
        b.open("/city/ets?year=" + past);
        assertThat(b.find("#enterprises tbody").getText()).contains("200,000");
        if (!en) {
          String text = b.find("main").getText();
          for (String label : ConsoleBrowser.englishLabels()) {
            assertThat(
                    java.util.regex.Pattern.compile(
                            "(?<![\\w.-])" + java.util.regex.Pattern.quote(label) + "(?![\\w-])")
                        .matcher(text.replace("Coal plant 1", ""))
                        .find())
                .as("English label \"%s\" on the Chinese registry page", label)
                .isFalse();
          }
        }
      }
    }
  }
}
