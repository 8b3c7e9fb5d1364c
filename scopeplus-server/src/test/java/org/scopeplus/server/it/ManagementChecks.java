package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Carbon management through the API: targets with their progress on the tenant's runs, base year
 * and indicators; indicator values with PUE; credit lots, retirements, transfers and the neutrality
 * claim. Each endpoint with its roles, tenant isolation, refusals and audit entries.
 */
abstract class ManagementChecks extends ServiceChecks {

  private static Map<String, Object> absolute() {
    Map<String, Object> m = new HashMap<>();
    m.put("name", "Scopes 1+2 -50% by 2030");
    m.put("kind", "absolute");
    m.put("orgUnit", "Group");
    m.put("scopes", "1+2");
    m.put("scope2", "location");
    m.put("baseYear", 2024);
    m.put("targetYear", 2030);
    m.put("targetValue", 0.5);
    m.put("pathway", "linear");
    return m;
  }

  private static String period(ApiClient admin, int year) {
    ApiClient.Reply r =
        admin.post(
            "/api/v1/periods",
            Map.of("name", "FY" + year, "start", year + "-01-01", "end", year + "-12-31"));
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r.str("id");
  }

  private static List<String> auditActions(TenantFixture t) {
    List<String> out = new java.util.ArrayList<>();
    for (JsonNode e : t.verifier.get("/api/v1/audit?size=100").json().get("items")) {
      out.add(e.get("action").asString());
    }
    return out;
  }

  @Test
  void anAbsoluteTargetIsMeasuredOnTheRunsAndARestatementMovesItsBaseline() {
    TenantFixture t = newTenant();
    String p2024 = period2024(t.admin);
    imported(t.admin, p2024, ApiClient.write(dir, "a.csv", ActivityFiles.small("A")));
    String base = ran(t.admin, p2024, Map.of()).str("id");
    long baseGrams = 0;
    JsonNode totals = ran(t.admin, p2024, Map.of()).json().get("totals");
    baseGrams = totals.get("scope1").asLong() + totals.get("scope2Location").asLong();
    assertThat(t.admin.put("/api/v1/base-year", Map.of("runId", base)).status()).isEqualTo(200);

    ApiClient.Reply added = t.admin.post("/api/v1/targets", absolute());
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    String id = added.json().get("target").get("id").asString();
    assertThat(added.json().get("unit").asString()).isEqualTo("t CO2e");
    assertThat(t.viewer.get("/api/v1/targets").json().size()).isEqualTo(1);

    JsonNode progress = t.viewer.get("/api/v1/targets/" + id + "/progress?year=2025").json();
    // baseline: the base-year run's Scopes 1+2 (location-based); -50% by 2030, linear
    double baseTonnes = baseGrams / 1e6;
    assertThat(progress.get("baseValue").asDouble()).isCloseTo(baseTonnes, within(1e-6));
    assertThat(progress.get("targetLevel").asDouble()).isCloseTo(baseTonnes / 2, within(1e-6));
    JsonNode y2027 = progress.get("years").get(3);
    assertThat(y2027.get("year").asInt()).isEqualTo(2027);
    assertThat(y2027.get("pathway").asDouble())
        .isCloseTo(baseTonnes - baseTonnes / 2 * 3 / 6, within(1e-6));
    assertThat(progress.get("status").asString()).isEqualTo("ON_TRACK");
    assertThat(progress.get("baselineNote").asString()).doesNotContain("restated");
    // in Chinese by Accept-Language: the explanation and baseline note from the zh bundle
    JsonNode zh = t.viewer.get("/api/v1/targets/" + id + "/progress?year=2025", "zh-CN").json();
    assertThat(zh.get("baseValue").asDouble()).isEqualTo(progress.get("baseValue").asDouble());
    assertThat(zh.get("explanation").asString())
        .startsWith("进度符合预期：")
        .doesNotContainPattern("[a-z]{4,}");
    assertThat(zh.get("baselineNote").asString())
        .startsWith("基线：2024年实际值，")
        .contains("吨二氧化碳当量")
        .doesNotContainPattern("[a-z]{4,}");

    // a corrected import and a restatement move the baseline, and the progress says so
    imported(t.admin, p2024, ApiClient.write(dir, "b.csv", ActivityFiles.small("B")));
    String corrected = ran(t.admin, p2024, Map.of()).str("id");
    ApiClient.Reply restated =
        t.admin.post(
            "/api/v1/base-year/restatements",
            Map.of("runId", corrected, "trigger", "discovered-error", "reason", "meters left out"));
    assertThat(restated.status()).as(restated.text()).isEqualTo(201);
    JsonNode after = t.viewer.get("/api/v1/targets/" + id + "/progress?year=2025").json();
    assertThat(after.get("baseValue").asDouble()).isCloseTo(2 * baseTonnes, within(1e-6));
    assertThat(after.get("baselineNote").asString())
        .contains("the base year was restated (discovered-error on ")
        .contains("meters left out")
        .contains("which moved the baseline, the target value and the pathway");

    // a second year: the 2025 run is half the base year, so the projection reaches the target
    String p2025 = period(t.admin, 2025);
    imported(
        t.admin,
        p2025,
        ApiClient.write(dir, "c.csv", ActivityFiles.small("C").replace("2024-", "2025-")));
    ran(t.admin, p2025, Map.of());
    JsonNode two = t.viewer.get("/api/v1/targets/" + id + "/progress?year=2025").json();
    assertThat(two.get("years").get(1).get("actual").asDouble())
        .isCloseTo(baseTonnes, within(1e-6));
    assertThat(two.get("projection").get("points").asInt()).isEqualTo(2);
    assertThat(two.get("status").asString()).isEqualTo("ON_TRACK");

    assertThat(auditActions(t)).contains("target.added");
  }

  @Test
  void onlyAnAdminSetsTargetsAndAWrongTargetIsRefusedWithItsReason() {
    TenantFixture t = newTenant();
    assertProblem(t.viewer.post("/api/v1/targets", absolute()), 403);
    assertProblem(t.dataOwner.post("/api/v1/targets", absolute()), 403);
    assertProblem(t.verifier.post("/api/v1/targets", absolute()), 403);
    Map<String, Object> late = absolute();
    late.put("targetYear", 2020);
    ApiClient.Reply r = t.admin.post("/api/v1/targets", late);
    assertProblem(r, 422);
    assertThat(r.json().get("detail").asString())
        .isEqualTo("the target year 2020 must come after the base year 2024");
    Map<String, Object> kind = absolute();
    kind.put("kind", "colour");
    assertProblem(t.admin.post("/api/v1/targets", kind), 400);
    assertThat(t.admin.get("/api/v1/targets").json().size()).isZero();

    String id =
        t.admin.post("/api/v1/targets", absolute()).json().get("target").get("id").asString();
    ApiClient.Reply noBase = t.viewer.get("/api/v1/targets/" + id + "/progress?year=2025");
    assertProblem(noBase, 422);
    assertThat(noBase.json().get("detail").asString())
        .isEqualTo(
            "there is no actual value for the base year 2024 of target 'Scopes 1+2 -50% by"
                + " 2030', so its baseline is unknown");

    TenantFixture other = newTenant();
    assertProblem(other.admin.get("/api/v1/targets/" + id), 404);
    assertProblem(other.admin.get("/api/v1/targets/" + id + "/progress"), 404);
    assertThat(other.admin.get("/api/v1/targets").json().size()).isZero();
  }

  @Test
  void aShareTargetReadsTheIndicatorsAndADataOwnerRecordsOnlyInTheirUnits() {
    TenantFixture t = newTenant();
    for (int year = 2022; year <= 2024; year++) {
      Map<String, Object> used = new HashMap<>();
      used.put("orgUnit", "Group/Cloud");
      used.put("year", year);
      used.put("metric", "electricity");
      used.put("value", 1000.0);
      ApiClient.Reply r = t.dataOwner.post("/api/v1/indicators", used);
      assertThat(r.status()).as(r.text()).isEqualTo(201);
      Map<String, Object> green = new HashMap<>(used);
      green.put("metric", "renewable_electricity");
      green.put("value", 200.0 + 200 * (year - 2022));
      assertThat(t.dataOwner.post("/api/v1/indicators", green).status()).isEqualTo(201);
    }
    Map<String, Object> outside =
        Map.of("orgUnit", "Group/Retail", "year", 2024, "metric", "electricity", "value", 1.0);
    assertProblem(t.dataOwner.post("/api/v1/indicators", outside), 403);
    assertProblem(t.viewer.post("/api/v1/indicators", outside), 403);
    ApiClient.Reply wrong =
        t.admin.post(
            "/api/v1/indicators",
            Map.of("orgUnit", "Group", "year", 2024, "month", 13, "metric", "water", "value", 1.0));
    assertProblem(wrong, 422);
    assertThat(wrong.json().get("detail").asString())
        .isEqualTo("month is 1 to 12, or 0 for the whole year");
    assertProblem(
        t.admin.post(
            "/api/v1/indicators",
            Map.of("orgUnit", "Group", "year", 2024, "metric", "colour", "value", 1.0)),
        400);

    Map<String, Object> share = new HashMap<>();
    share.put("name", "Cloud 100% renewable by 2030");
    share.put("kind", "renewable-share");
    share.put("orgUnit", "Group/Cloud");
    share.put("baseYear", 2022);
    share.put("targetYear", 2030);
    share.put("targetValue", 1.0);
    share.put("criteria", "RE100");
    String id = t.admin.post("/api/v1/targets", share).json().get("target").get("id").asString();
    JsonNode p = t.viewer.get("/api/v1/targets/" + id + "/progress?year=2024").json();
    // 20%, 40%, 60%: slope 20 points a year, 2030 on the line 160%, kept at 100%
    assertThat(p.get("baseValue").asDouble()).isCloseTo(0.2, within(1e-12));
    assertThat(p.get("projection").get("value").asDouble()).isEqualTo(1.0);
    assertThat(p.get("status").asString()).isEqualTo("ON_TRACK");
    // pathway 2024: 0.2 + 0.8 * 2 / 8 = 0.4; actual 0.6 is ahead
    assertThat(p.get("years").get(2).get("pathway").asDouble()).isCloseTo(0.4, within(1e-12));

    for (String[] v :
        new String[][] {{"it_energy", "1000"}, {"facility_energy", "1150"}, {"water", "1800"}}) {
      Map<String, Object> m = new HashMap<>();
      m.put("orgUnit", "Group/Cloud");
      m.put("facility", "DC-Hangzhou");
      m.put("year", 2024);
      m.put("month", 7);
      m.put("metric", v[0]);
      m.put("value", Double.parseDouble(v[1]));
      assertThat(t.dataOwner.post("/api/v1/indicators", m).status()).isEqualTo(201);
    }
    JsonNode pue = t.viewer.get("/api/v1/indicators/efficiency").json();
    assertThat(pue.size()).isEqualTo(1);
    assertThat(pue.get(0).get("pue").asDouble()).isCloseTo(1.15, within(1e-12));
    assertThat(pue.get(0).get("wue").asDouble()).isCloseTo(1.8, within(1e-12));
    t.admin.post(
        "/api/v1/indicators",
        Map.of("orgUnit", "Group", "year", 2024, "metric", "heat_recovered", "value", 55000.0));
    JsonNode avoided = t.viewer.get("/api/v1/indicators/avoided").json();
    assertThat(avoided.get(0).get("avoidedCo2Tonnes").asDouble()).isCloseTo(146_520, within(1e-6));

    assertThat(t.viewer.get("/api/v1/indicators?metric=electricity").json().size()).isEqualTo(3);
    assertThat(newTenant().viewer.get("/api/v1/indicators").json().size()).isZero();
    assertThat(auditActions(t)).contains("indicator.recorded", "target.added");
  }

  private static Map<String, Object> lot(String block, long first, long last, String kind) {
    Map<String, Object> m = new HashMap<>();
    m.put("registry", "Verra VCS");
    m.put("project", "VCS 1477");
    m.put("methodology", "VM0007");
    m.put("vintage", 2023);
    m.put("serialBlock", block);
    m.put("serialFirst", first);
    m.put("serialLast", last);
    m.put("kind", kind);
    m.put("labels", List.of("CORSIA eligible"));
    return m;
  }

  @Test
  void creditsAreBoughtRetiredAndTransferredOnceAndEachRefusalChangesNothing() {
    TenantFixture t = newTenant();
    ApiClient.Reply bought =
        t.admin.post("/api/v1/credits/lots", lot("VCS-1477-2023", 1, 1000, "avoidance-reduction"));
    assertThat(bought.status()).as(bought.text()).isEqualTo(201);
    String lot = bought.json().get("lot").get("id").asString();
    assertProblem(
        t.dataOwner.post("/api/v1/credits/lots", lot("X", 1, 2, "avoidance-reduction")), 403);
    assertProblem(
        t.viewer.post("/api/v1/credits/lots/" + lot + "/retirements", Map.of("quantity", 1)), 403);

    ApiClient.Reply overlap =
        t.admin.post(
            "/api/v1/credits/lots", lot("VCS-1477-2023", 900, 1900, "avoidance-reduction"));
    assertProblem(overlap, 422);
    assertThat(overlap.json().get("detail").asString())
        .isEqualTo(
            "serials VCS-1477-2023 900-1900 overlap lot "
                + lot
                + " (VCS-1477-2023 1-1000): a serial is bought once");
    assertThat(t.viewer.get("/api/v1/credits/lots").json().size()).isEqualTo(1);

    ApiClient.Reply retired =
        t.admin.post(
            "/api/v1/credits/lots/" + lot + "/retirements",
            Map.of("quantity", 600, "reportingYear", 2024, "purpose", "neutrality claim 2024"));
    assertThat(retired.status()).as(retired.text()).isEqualTo(201);
    assertThat(retired.json().get("serials").get(0).get("last").asLong()).isEqualTo(600);

    ApiClient.Reply tooMuch =
        t.admin.post(
            "/api/v1/credits/lots/" + lot + "/retirements",
            Map.of("quantity", 401, "reportingYear", 2024, "purpose", "claim"));
    assertProblem(tooMuch, 422);
    assertThat(tooMuch.json().get("detail").asString())
        .isEqualTo("lot " + lot + " holds 400 t; 401 t cannot be retired");

    ApiClient.Reply twice =
        t.admin.post(
            "/api/v1/credits/lots/" + lot + "/retirements",
            Map.of("serialFirst", 550, "serialLast", 650, "reportingYear", 2025, "purpose", "c"));
    assertProblem(twice, 422);
    assertThat(twice.json().get("detail").asString())
        .startsWith("serial VCS-1477-2023 550 of lot " + lot + " was already retired (retirement ")
        .endsWith(" for 2024): a serial is retired or transferred once");

    ApiClient.Reply moved =
        t.admin.post(
            "/api/v1/credits/lots/" + lot + "/transfers",
            Map.of("quantity", 100, "toAccount", "customer pool"));
    assertThat(moved.status()).as(moved.text()).isEqualTo(201);
    JsonNode view = t.viewer.get("/api/v1/credits/lots/" + lot).json();
    assertThat(view.get("held").asLong()).isEqualTo(300);
    assertThat(view.get("retired").asLong()).isEqualTo(600);
    assertThat(t.verifier.get("/api/v1/credits/movements").json().size()).isEqualTo(2);

    TenantFixture other = newTenant();
    assertProblem(other.admin.get("/api/v1/credits/lots/" + lot), 404);
    assertProblem(
        other.admin.post(
            "/api/v1/credits/lots/" + lot + "/retirements",
            Map.of("quantity", 1, "reportingYear", 2024, "purpose", "claim")),
        404);
    assertThat(other.admin.get("/api/v1/credits/movements").json().size()).isZero();
    // the same serials are another tenant's own to buy
    assertThat(
            other
                .admin
                .post("/api/v1/credits/lots", lot("VCS-1477-2023", 1, 1000, "avoidance-reduction"))
                .status())
        .isEqualTo(201);

    assertThat(auditActions(t))
        .contains("credit_lot.purchased", "credits.retired", "credits.transferred");
    assertThat(t.verifier.get("/api/v1/audit/verification").json().get("intact").asBoolean())
        .isTrue();
  }

  @Test
  void theNeutralityClaimSetsGrossEmissionsBesideTheCreditsRetiredForTheYear() {
    TenantFixture t = newTenant();
    assertProblem(t.viewer.get("/api/v1/credits/claims?year=2024"), 404);
    String p2024 = period2024(t.admin);
    imported(t.admin, p2024, ApiClient.write(dir, "a.csv", ActivityFiles.small("N")));
    JsonNode run = ran(t.admin, p2024, Map.of()).json();
    t.admin.put("/api/v1/base-year", Map.of("runId", run.get("id").asString()));
    long gross =
        run.get("totals").get("scope1").asLong() + run.get("totals").get("scope2Market").asLong();
    String removal =
        t.admin
            .post("/api/v1/credits/lots", lot("PURO-1", 1, 100, "technological-removal"))
            .json()
            .get("lot")
            .get("id")
            .asString();
    t.admin.post(
        "/api/v1/credits/lots/" + removal + "/retirements",
        Map.of("quantity", 100, "reportingYear", 2024, "purpose", "claim 2024"));
    JsonNode claim = t.viewer.get("/api/v1/credits/claims?year=2024&scopes=1%2B2").json();
    assertThat(claim.get("grossGrams").asLong()).isEqualTo(gross);
    assertThat(claim.get("removalTonnes").asLong()).isEqualTo(100);
    assertThat(claim.get("residualGrams").asLong()).isEqualTo(Math.max(0, gross - 100_000_000L));
    // the base year itself: nothing reduced, so no ISO 14068-1 claim whatever the credits
    assertThat(claim.get("carbonNeutral").asBoolean()).isFalse();
    assertThat(claim.get("reasons").get(0).asString())
        .isEqualTo(
            "carbon neutrality does not hold: Scopes 1+2 (market-based) emissions have not fallen"
                + " since base year 2024, and ISO 14068-1:2023 puts reductions before"
                + " counterbalancing");
    assertProblem(t.viewer.get("/api/v1/credits/claims?year=2024&scopes=4"), 400);

    // the same claim in Chinese by Accept-Language: steps and reasons from the zh bundle, the
    // numbers unchanged, no English sentence left
    JsonNode zh = t.viewer.get("/api/v1/credits/claims?year=2024&scopes=1%2B2", "zh-CN").json();
    assertThat(zh.get("grossGrams").asLong()).isEqualTo(gross);
    assertThat(zh.get("reasons").get(0).asString())
        .isEqualTo("碳中和不成立：自2024年基准年以来排放未下降，而ISO 14068-1:2023要求先减排、后抵消");
    assertThat(zh.get("lines").get(0).get("step").asString()).isEqualTo("2024年总排放量（按报告值，不因碳信用减少）");
    for (JsonNode r : zh.get("reasons")) {
      assertThat(r.asString()).doesNotContainPattern("[a-z]{4,}");
    }
    for (JsonNode l : zh.get("lines")) {
      assertThat(l.get("step").asString()).doesNotContainPattern("[a-z]{4,}");
    }
  }

  private static Map<String, Object> gec(long first, long last) {
    Map<String, Object> m = new HashMap<>();
    m.put("kind", "gec");
    m.put("serialBlock", "GEC-2025-ZJ");
    m.put("serialFirst", first);
    m.put("serialLast", last);
    m.put("mwh", (double) (last - first + 1));
    m.put("technology", "wind");
    m.put("generatedFrom", "2025-01");
    m.put("generatedTo", "2025-12");
    m.put("marketBoundary", "CN");
    m.put("registry", "China GEC");
    m.put("emissionRate", 0.0);
    return m;
  }

  private static Map<String, Object> consumption(String facility) {
    Map<String, Object> m = new HashMap<>();
    m.put("orgUnit", "Group/Cloud");
    m.put("facility", facility);
    m.put("month", "2025-03");
    m.put("region", "CN-ZJ");
    m.put("mwh", 1000.0);
    m.put("residualMix", 700.0);
    m.put("locationFactor", 600.0);
    return m;
  }

  @Test
  void aCertificateCoversAMegawattHourOnceAndMarketBasedFollowsTheHierarchy() {
    TenantFixture t = newTenant();
    ApiClient.Reply registered = t.admin.post("/api/v1/instruments", gec(1, 1000));
    assertThat(registered.status()).as(registered.text()).isEqualTo(201);
    String id = registered.json().get("id").asString();
    assertProblem(t.viewer.post("/api/v1/instruments", gec(5000, 5001)), 403);
    assertProblem(t.dataOwner.post("/api/v1/instruments", gec(5000, 5001)), 403);
    ApiClient.Reply overlap = t.admin.post("/api/v1/instruments", gec(900, 1900));
    assertProblem(overlap, 422);
    assertThat(overlap.json().get("detail").asString())
        .isEqualTo(
            "serials GEC-2025-ZJ 900-1900 overlap instrument "
                + id
                + ": a certificate is claimed once (Scope 2 Quality Criterion 2)");
    assertThat(t.viewer.get("/api/v1/instruments").json().size()).isEqualTo(1);

    assertThat(t.dataOwner.post("/api/v1/instruments/consumption", consumption("DC-1")).status())
        .isEqualTo(201);
    assertThat(t.dataOwner.post("/api/v1/instruments/consumption", consumption("DC-2")).status())
        .isEqualTo(201);
    Map<String, Object> retail = consumption("Store-07");
    retail.put("orgUnit", "Group/Retail");
    assertProblem(t.dataOwner.post("/api/v1/instruments/consumption", retail), 403);

    ApiClient.Reply first =
        t.admin.post(
            "/api/v1/instruments/allocations",
            Map.of("instrumentId", id, "facility", "DC-1", "month", "2025-03", "mwh", 1000.0));
    assertThat(first.status()).as(first.text()).isEqualTo(201);
    ApiClient.Reply again =
        t.admin.post(
            "/api/v1/instruments/allocations",
            Map.of("instrumentId", id, "facility", "DC-2", "month", "2025-03", "mwh", 1000.0));
    assertProblem(again, 422);
    assertThat(again.json().get("detail").asString())
        .isEqualTo(
            "instrument "
                + id
                + " has 0 MWh left; 1,000 MWh cannot be claimed: a MWh is claimed once (Scope 2"
                + " Quality Criterion 2)");

    // a second certificate of 400 MWh, allocated first-fit to DC-2's open MWh
    t.admin.post("/api/v1/instruments", gec(2001, 2400));
    ApiClient.Reply fitted = t.admin.post("/api/v1/instruments/allocations/first-fit", Map.of());
    assertThat(fitted.status()).as(fitted.text()).isEqualTo(201);
    assertThat(fitted.json().size()).isEqualTo(1);
    assertThat(fitted.json().get(0).get("kwh").asLong()).isEqualTo(400_000L);
    assertThat(t.viewer.get("/api/v1/instruments").json().get(1).get("remainingKwh").asLong())
        .isZero();
    // amounts are kept in whole kWh: a ten-thousandth of a MWh is refused, naming the field
    ApiClient.Reply fraction =
        t.admin.post(
            "/api/v1/instruments/allocations",
            Map.of("instrumentId", id, "facility", "DC-2", "month", "2025-03", "mwh", "0.0005"));
    assertProblem(fraction, 400);
    assertThat(fraction.json().get("detail").asString())
        .isEqualTo("mwh is kept in whole kWh: give MWh to at most 3 decimals, not 0.0005");
    Map<String, Object> absurd = gec(9001, 9002);
    absurd.put("mwh", 1e300);
    assertProblem(t.admin.post("/api/v1/instruments", absurd), 400);

    JsonNode lines = t.verifier.get("/api/v1/instruments/scope2").json();
    // DC-1 fully covered: 0 t market-based, 600 t location-based;
    // DC-2: 600 MWh at the residual mix 700 kg = 420 t market-based
    assertThat(lines.get(0).get("marketGrams").asLong()).isZero();
    assertThat(lines.get(0).get("locationGrams").asLong()).isEqualTo(600_000_000L);
    assertThat(lines.get(1).get("marketGrams").asLong()).isEqualTo(420_000_000L);
    assertThat(lines.get(1).get("trace").asString())
        .contains("600 MWh: residual mix at 700 kg/MWh");
    JsonNode share = t.viewer.get("/api/v1/instruments/renewable-share?orgUnit=Group/Cloud").json();
    assertThat(share.get("2025").asDouble()).isCloseTo(0.7, within(1e-12));
    JsonNode months =
        t.viewer.get("/api/v1/instruments/renewable-share/monthly?orgUnit=Group/Cloud").json();
    assertThat(months.size()).isEqualTo(1);
    assertThat(months.get(0).get("month").asString()).isEqualTo("2025-03");
    assertThat(months.get(0).get("consumedKwh").asLong()).isEqualTo(2_000_000L);
    assertThat(months.get(0).get("renewableKwh").asLong()).isEqualTo(1_400_000L);
    // a renewable-share target reads the ledger's claims: 1,400 of 2,000 MWh in 2025
    Map<String, Object> target = new HashMap<>();
    target.put("name", "Cloud 100% renewable by 2030");
    target.put("kind", "renewable-share");
    target.put("orgUnit", "Group/Cloud");
    target.put("baseYear", 2025);
    target.put("targetYear", 2030);
    target.put("targetValue", 1.0);
    target.put("criteria", "RE100");
    String targetId =
        t.admin.post("/api/v1/targets", target).json().get("target").get("id").asString();
    JsonNode progress = t.viewer.get("/api/v1/targets/" + targetId + "/progress?year=2025").json();
    assertThat(progress.get("baseValue").asDouble()).isCloseTo(0.7, within(1e-12));
    assertThat(progress.get("years").get(0).get("actual").asDouble()).isCloseTo(0.7, within(1e-12));

    TenantFixture other = newTenant();
    assertThat(other.admin.get("/api/v1/instruments").json().size()).isZero();
    assertThat(other.admin.get("/api/v1/instruments/allocations").json().size()).isZero();
    ApiClient.Reply foreign =
        other.admin.post(
            "/api/v1/instruments/allocations",
            Map.of("instrumentId", id, "facility", "DC-1", "month", "2025-03", "mwh", 1.0));
    assertProblem(foreign, 422);
    assertThat(foreign.json().get("detail").asString()).isEqualTo("no instrument " + id);

    assertThat(auditActions(t))
        .contains("instrument.registered", "consumption.recorded", "instrument.allocated");
    assertThat(t.verifier.get("/api/v1/audit/verification").json().get("intact").asBoolean())
        .isTrue();
  }

  private static Map<String, Object> supplier(
      String id, String name, String status, Integer year, String ambition) {
    Map<String, Object> m = new HashMap<>();
    m.put("supplierId", id);
    m.put("name", name);
    m.put("targetStatus", status);
    m.put("targetYear", year);
    m.put("ambition", ambition);
    m.put("pactVerified", false);
    return m;
  }

  private static Map<String, Object> register() {
    return Map.of(
        "suppliers",
        List.of(
            supplier("V-100", "Northwind Cloud", "validated", 2023, "1.5C"),
            supplier("V-200", "Contoso Services", "none", null, null),
            supplier("V-300", "Fabrikam Board", "committed", 2024, null)));
  }

  private static Map<String, Object> hour(String name, String region, String hour, long kwh) {
    return Map.of("name", name, "region", region, "hour", hour, "kwh", kwh);
  }

  private static Map<String, Object> keptHours(String orgUnit, int year, boolean wind) {
    // each year DC-1 (CN-ZJ) uses 100 kWh in each of three hours of June 1st
    List<Map<String, Object>> supply = new java.util.ArrayList<>();
    supply.add(hour("solar", "CN-ZJ", year + "-06-01T12:00", 250));
    if (year == 2025) {
      supply.add(hour("solar", "CN-ZJ", year + "-06-01T13:00", 50));
    }
    if (wind) {
      supply.add(hour("wind", "CN", year + "-06-01T11:00", 30));
    }
    return Map.of(
        "orgUnit",
        orgUnit,
        "consumption",
        List.of(
            hour("DC-1", "CN-ZJ", year + "-06-01T11:00", 100),
            hour("DC-1", "CN-ZJ", year + "-06-01T12:00", 100),
            hour("DC-1", "CN-ZJ", year + "-06-01T13:00", 100)),
        "supply",
        supply);
  }

  @Test
  void aKeptHourlyMatchingMeasuresARenewableShareTargetOnTheHourlyBasis() {
    TenantFixture t = newTenant();
    // 2024: solar 250 kWh at noon meets only that hour's 100 kWh: hourly 100 / 300 = 1/3
    // (annual 250 / 300); 2025 (as in the test below): hourly 180 / 300 = 0.6 (annual 100%)
    ApiClient.Reply kept =
        t.dataOwner.post(
            "/api/v1/instruments/hourly-matching/kept", keptHours("Group/Cloud", 2024, false));
    assertThat(kept.status()).as(kept.text()).isEqualTo(200);
    assertThat(kept.json().get(0).get("score").get("hourlyMatchedKwh").asLong()).isEqualTo(100);
    assertThat(kept.json().get(0).get("score").get("annualMatchedKwh").asLong()).isEqualTo(250);
    assertThat(
            t.admin
                .post(
                    "/api/v1/instruments/hourly-matching/kept",
                    keptHours("Group/Cloud", 2025, true))
                .status())
        .isEqualTo(200);
    // roles: a viewer reads but does not keep; a data owner keeps only in its own org units
    assertProblem(
        t.viewer.post(
            "/api/v1/instruments/hourly-matching/kept", keptHours("Group/Cloud", 2025, true)),
        403);
    assertProblem(
        t.dataOwner.post(
            "/api/v1/instruments/hourly-matching/kept", keptHours("Group", 2025, true)),
        403);
    // absurd input is refused and keeps nothing
    ApiClient.Reply huge =
        t.admin.post(
            "/api/v1/instruments/hourly-matching/kept",
            Map.of(
                "orgUnit",
                "Group/Cloud",
                "consumption",
                List.of(
                    Map.of(
                        "name",
                        "DC-1",
                        "region",
                        "CN-ZJ",
                        "hour",
                        "2026-06-01T11:00",
                        "kwh",
                        1e300))));
    assertThat(huge.status()).isEqualTo(400);
    assertThat(huge.json().get("detail").asString())
        .isEqualTo("consumption[0].kwh is 0 to 100000000000 kWh (100 TWh)");
    JsonNode all = t.viewer.get("/api/v1/instruments/hourly-matching/kept").json();
    assertThat(all.size()).isEqualTo(2);
    // another tenant sees none of it
    assertThat(newTenant().viewer.get("/api/v1/instruments/hourly-matching/kept").json().size())
        .isZero();

    Map<String, Object> target = new java.util.HashMap<>();
    target.put("name", "Cloud 100% renewable, hour by hour, by 2030");
    target.put("kind", "renewable-share");
    target.put("orgUnit", "Group/Cloud");
    target.put("baseYear", 2024);
    target.put("targetYear", 2030);
    target.put("targetValue", 1);
    target.put("basis", "hourly");
    ApiClient.Reply added = t.admin.post("/api/v1/targets", target);
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    assertThat(added.json().get("target").get("basis").asString()).isEqualTo("HOURLY");
    String id = added.json().get("target").get("id").asString();
    JsonNode p = t.viewer.get("/api/v1/targets/" + id + "/progress?year=2025").json();
    // by hand: base 1/3; the linear pathway to 1 in 2030 stands at 1/3 + (2/3) x 1/6 = 4/9 in
    // 2025; the 2025 actual 0.6 is 0.6 - 4/9 = 0.1556 ahead
    assertThat(p.get("baseValue").asDouble()).isCloseTo(1.0 / 3, within(1e-12));
    JsonNode y2025 = p.get("years").get(1);
    assertThat(y2025.get("actual").asDouble()).isCloseTo(0.6, within(1e-12));
    assertThat(y2025.get("pathway").asDouble()).isCloseTo(4.0 / 9, within(1e-12));
    assertThat(y2025.get("gap").asDouble()).isCloseTo(0.6 - 4.0 / 9, within(1e-12));

    // computed again without the wind: 2025 hourly 150 / 300 = 0.5, the year's row replaced
    assertThat(
            t.admin
                .post(
                    "/api/v1/instruments/hourly-matching/kept",
                    keptHours("Group/Cloud", 2025, false))
                .status())
        .isEqualTo(200);
    JsonNode again = t.viewer.get("/api/v1/targets/" + id + "/progress?year=2025").json();
    assertThat(again.get("years").get(1).get("actual").asDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(
            t.viewer
                .get("/api/v1/instruments/hourly-matching/kept?orgUnit=Group/Cloud")
                .json()
                .size())
        .isEqualTo(2);
    assertThat(auditActions(t))
        .contains("hourly_matching.computed", "hourly_matching.recomputed", "target.added");
    assertThat(t.verifier.get("/api/v1/audit/verification").json().get("intact").asBoolean())
        .isTrue();

    // only a renewable-share target takes the hourly basis
    target.put("kind", "fleet-electrification");
    assertProblem(t.admin.post("/api/v1/targets", target), 422);
    target.put("kind", "renewable-share");
    target.put("basis", "weekly");
    assertProblem(t.admin.post("/api/v1/targets", target), 400);
  }

  @Test
  void hourlyMatchingScoresTheSameHourBesideTheYear() {
    TenantFixture t = newTenant();
    // DC-1 (CN-ZJ) uses 100 kWh in each of three hours; solar for CN-ZJ gives 0, 250 and 50 kWh
    // and wind for CN 30 kWh in the first. Hourly: 30 + 100 + 50 = 180 of 300 kWh = 60%; annual:
    // 330 kWh meets all 300 = 100%.
    Map<String, Object> body =
        Map.of(
            "consumption",
            List.of(
                hour("DC-1", "CN-ZJ", "2025-06-01T11:00", 100),
                hour("DC-1", "CN-ZJ", "2025-06-01T12:00", 100),
                hour("DC-1", "CN-ZJ", "2025-06-01T13:00", 100)),
            "supply",
            List.of(
                hour("solar", "CN-ZJ", "2025-06-01T12:00", 250),
                hour("solar", "CN-ZJ", "2025-06-01T13:00", 50),
                hour("wind", "CN", "2025-06-01T11:00", 30)));
    ApiClient.Reply r = t.viewer.post("/api/v1/instruments/hourly-matching", body);
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    JsonNode y = r.json().get(0);
    assertThat(y.get("year").asInt()).isEqualTo(2025);
    assertThat(y.get("consumedKwh").asLong()).isEqualTo(300);
    assertThat(y.get("hourlyMatchedKwh").asLong()).isEqualTo(180);
    assertThat(y.get("annualMatchedKwh").asLong()).isEqualTo(300);
    ApiClient.Reply bad =
        t.viewer.post(
            "/api/v1/instruments/hourly-matching",
            Map.of("consumption", List.of(hour("DC-1", "CN-ZJ", "2025-06-01T11:30", 100))));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("detail").asString())
        .isEqualTo("consumption[0].hour 2025-06-01T11:30 is not the start of an hour");
    ApiClient.Reply huge =
        t.viewer.post(
            "/api/v1/instruments/hourly-matching",
            Map.of(
                "consumption",
                List.of(
                    Map.of(
                        "name",
                        "DC-1",
                        "region",
                        "CN-ZJ",
                        "hour",
                        "2025-06-01T11:00",
                        "kwh",
                        1e300))));
    assertThat(huge.status()).isEqualTo(400);
    assertThat(huge.json().get("detail").asString())
        .isEqualTo("consumption[0].kwh is 0 to 100000000000 kWh (100 TWh)");
  }

  /**
   * By hand: P1 3,000 USD@2021 with V-100 (validated 2023) and P2 1,000 USD of 2024 (no price year)
   * with V-200 are in two price years: 3,000 / 3,000 = 1.0 validated in 2021 prices, 0 / 1,000 = 0
   * in 2024 prices, and never 3,000 / 4,000 = 0.75 across them; the year says why.
   */
  @Test
  void spendOfTwoPriceYearsIsKeptApartAndSaidSo() {
    TenantFixture t = newTenant();
    assertThat(t.admin.put("/api/v1/suppliers", register()).status()).isEqualTo(200);
    String p2024 = period2024(t.admin);
    imported(
        t.admin,
        p2024,
        ApiClient.write(
            dir,
            "priced-purchases.csv",
            "record_id,org_unit,facility,period,activity_type,quantity,unit,region,supplier\n"
                + "P1,Group,,2024-03,s3.c1.spend.it_services,3000,USD@2021,US,V-100\n"
                + "P2,Group,,2024-04,s3.c1.spend.it_services,1000,USD,US,V-200\n"));
    String run = ran(t.admin, p2024, Map.of()).str("id");
    JsonNode y2024 =
        t.viewer.get("/api/v1/runs/" + run + "/supplier-engagement").json().get("years").get(0);
    JsonNode spend = y2024.get("spend");
    assertThat(spend.size()).isEqualTo(2);
    assertThat(spend.get(0).get("label").asString()).isEqualTo("USD (2021 prices)");
    assertThat(spend.get(0).get("spend").asDouble()).isEqualTo(3000.0);
    assertThat(spend.get(0).get("validatedTargetShareOfSpend").asDouble()).isEqualTo(1.0);
    assertThat(spend.get(1).get("label").asString()).isEqualTo("USD (2024 prices)");
    assertThat(spend.get(1).get("spend").asDouble()).isEqualTo(1000.0);
    assertThat(spend.get(1).get("validatedTargetShareOfSpend").asDouble()).isZero();
    assertThat(y2024.get("spendNote").asString())
        .contains("USD is in more than one price year")
        .contains("not added without deflation");
  }

  @Test
  void aRunMeasuresSupplierEngagementAgainstTheRegisterOnlyAnAdminReplaces() {
    TenantFixture t = newTenant();
    assertProblem(t.viewer.put("/api/v1/suppliers", register()), 403);
    assertProblem(t.dataOwner.put("/api/v1/suppliers", register()), 403);
    Map<String, Object> wrong =
        Map.of("suppliers", List.of(supplier("V-1", "X", "validated", null, "1.5C")));
    ApiClient.Reply refused = t.admin.put("/api/v1/suppliers", wrong);
    assertProblem(refused, 422);
    assertThat(refused.json().get("detail").asString()).contains("V-1").contains("year");
    Map<String, Object> badStatus =
        Map.of("suppliers", List.of(supplier("V-1", "X", "promised", 2024, null)));
    assertProblem(t.admin.put("/api/v1/suppliers", badStatus), 400);
    assertThat(t.viewer.get("/api/v1/suppliers").json().get("suppliers").size()).isZero();

    ApiClient.Reply kept = t.admin.put("/api/v1/suppliers", register());
    assertThat(kept.status()).as(kept.text()).isEqualTo(200);
    JsonNode read = t.viewer.get("/api/v1/suppliers").json();
    assertThat(read.get("suppliers").size()).isEqualTo(3);
    assertThat(read.get("tiers").get(0).get("tier").asString()).isEqualTo("gold");

    String p2024 = period2024(t.admin);
    imported(
        t.admin,
        p2024,
        ApiClient.write(
            dir,
            "purchases.csv",
            "record_id,org_unit,facility,period,activity_type,quantity,unit,region,supplier,"
                + "supplier_factor_kg_co2e,supplier_factor_unit\n"
                + "P1,Group,,2024-03,s3.c1.spend.it_services,3000,USD,US,V-100,,\n"
                + "P2,Group,,2024-04,s3.c1.spend.it_services,1000,USD,US,Contoso Services,,\n"
                + "P3,Group,,2024-05,s3.c1.supplier_specific,2,t,CN,fabrikam board,500,t\n"));
    String run = ran(t.admin, p2024, Map.of()).str("id");
    JsonNode y = t.viewer.get("/api/v1/runs/" + run + "/supplier-engagement").json();
    assertThat(y.get("unit").asString()).isEqualTo("g CO2e");
    JsonNode y2024 = y.get("years").get(0);
    // Hand calculation: P3 is 2 t x 500 kg CO2e/t = 1,000,000 g (Fabrikam's own factor); P1 and P2
    // take one spend factor on 3000 and 1000 USD, so Northwind (validated 2023) has 3/4 of their
    // grams, each line rounded once to a whole gram.
    long scope3 = y2024.get("scope3Grams").asLong();
    long spendGrams = scope3 - 1_000_000;
    assertThat(spendGrams).isPositive();
    assertThat(y2024.get("supplierSpecificGrams").asLong()).isEqualTo(1_000_000);
    assertThat(y2024.get("validatedTargetGrams").asDouble())
        .isCloseTo(spendGrams * 0.75, within(1.0));
    assertThat(y2024.get("validatedTargetShareOfScope3").asDouble())
        .isCloseTo(spendGrams * 0.75 / scope3, within(1e-6));
    // Hand calculation of spend: P1 3,000 USD (V-100, validated 2023), P2 1,000 USD (V-200, no
    // target); P3 is in tonnes, not money. 3,000 / 4,000 = 0.75 of spend with validated targets;
    // both spend lines are spend-based, so 0 of spend from supplier-specific data.
    assertThat(y.get("measured").asBoolean()).isTrue();
    assertThat(y.get("note").isNull()).isTrue();
    JsonNode usd = y2024.get("spend").get(0);
    assertThat(y2024.get("spend").size()).isEqualTo(1);
    assertThat(usd.get("currency").asString()).isEqualTo("USD");
    // no price year on the unit: the prices of the year the records' periods start
    assertThat(usd.get("priceYear").asInt()).isEqualTo(2024);
    assertThat(usd.get("label").asString()).isEqualTo("USD (2024 prices)");
    assertThat(y2024.get("spendNote").isNull()).isTrue();
    assertThat(usd.get("spend").asDouble()).isEqualTo(4000.0);
    assertThat(usd.get("validatedTargetSpend").asDouble()).isEqualTo(3000.0);
    assertThat(usd.get("validatedTargetShareOfSpend").asDouble()).isEqualTo(0.75);
    assertThat(usd.get("supplierSpecificSpend").asDouble()).isZero();
    assertThat(usd.get("supplierSpecificShareOfSpend").asDouble()).isZero();
    JsonNode suppliers = y2024.get("suppliers");
    assertThat(suppliers.get(0).get("tier").asString()).isEqualTo("bronze");
    assertThat(suppliers.get(2).get("dataMaturity").asString()).isEqualTo("supplier-specific");
    assertThat(suppliers.get(2).get("tier").asString()).isEqualTo("silver");
    // the run's report carries the same kept figures, in tonnes and per cent of Scope 3
    JsonNode report =
        t.viewer
            .get("/api/v1/runs/" + run + "/report?format=json")
            .json()
            .get("supplierEngagement");
    JsonNode r2024 = report.get(0);
    assertThat(r2024.get("year").asInt()).isEqualTo(2024);
    assertThat(r2024.get("supplierSpecificTonnes").decimalValue())
        .isEqualByComparingTo(java.math.BigDecimal.ONE);
    assertThat(r2024.get("validatedTargetTonnes").decimalValue().movePointRight(6).longValueExact())
        .isEqualTo(y2024.get("validatedTargetGrams").asLong());
    assertThat(r2024.get("validatedTargetPercentOfScope3").asDouble())
        .isCloseTo(spendGrams * 75.0 / scope3, within(1e-4));

    TenantFixture other = newTenant();
    assertProblem(other.admin.get("/api/v1/runs/" + run + "/supplier-engagement"), 404);
    assertThat(other.admin.get("/api/v1/suppliers").json().get("suppliers").size()).isZero();
    assertThat(auditActions(t)).contains("supplier.register.replaced");

    // a run calculated while the register was empty has no measurement, said in words, not zeros
    TenantFixture bare = newTenant();
    String bareP2024 = period2024(bare.admin);
    imported(
        bare.admin,
        bareP2024,
        ApiClient.write(
            dir,
            "bare-purchases.csv",
            "record_id,org_unit,facility,period,activity_type,quantity,unit,region,supplier\n"
                + "P1,Group,,2024-03,s3.c1.spend.it_services,3000,USD,US,V-100\n"));
    String bareRun = ran(bare.admin, bareP2024, Map.of()).str("id");
    JsonNode none = bare.viewer.get("/api/v1/runs/" + bareRun + "/supplier-engagement").json();
    assertThat(none.get("measured").asBoolean()).isFalse();
    assertThat(none.get("note").asString()).contains("no supplier engagement measurement");
    assertThat(none.get("years").size()).isZero();
  }
}
