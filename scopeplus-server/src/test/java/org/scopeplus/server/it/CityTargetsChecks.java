package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * City targets and scenarios through the API and the console: a target's progress and a scenario's
 * pathway against the hand calculations of the core tests (CityTargetProgressTest,
 * ScenarioPathwayTest), refusals of absurd input as RFC 9457 problems, roles, tenant isolation, the
 * audit trail, and the page in English and Chinese.
 */
abstract class CityTargetsChecks extends ServiceChecks {

  private static final long MT = 1_000_000_000_000L;
  private static final String GRID = "MEE & NBS 2024 No. 33, 2022 national average (secondary)";

  private static Map<String, Object> actual(int year, double millionTonnes) {
    Map<String, Object> m = new HashMap<>();
    m.put("year", year);
    m.put("grams", Math.round(millionTonnes * MT));
    return m;
  }

  private static Map<String, Object> absoluteTarget() {
    Map<String, Object> t = new HashMap<>();
    t.put("name", "Halve emissions by 2030");
    t.put("kind", "absolute");
    t.put("baseYear", 2020);
    t.put("targetYear", 2030);
    t.put("value", 0.5);
    t.put(
        "actuals",
        List.of(actual(2020, 10), actual(2021, 9.8), actual(2022, 9.7), actual(2023, 9.5)));
    return t;
  }

  private static Map<String, Object> peakTarget() {
    Map<String, Object> t = new HashMap<>();
    t.put("name", "Carbon peak by 2030");
    t.put("kind", "peak");
    t.put("baseYear", 2018);
    t.put("targetYear", 2030);
    t.put(
        "actuals",
        List.of(
            actual(2018, 90),
            actual(2019, 95),
            actual(2020, 100),
            actual(2021, 98),
            actual(2022, 97),
            actual(2023, 96),
            actual(2024, 95)));
    return t;
  }

  private static Map<String, Object> measure(String name, String kind, String sector) {
    Map<String, Object> m = new HashMap<>();
    m.put("name", name);
    m.put("kind", kind);
    m.put("sector", sector);
    m.put("factorSource", GRID);
    m.put("secondary", true);
    return m;
  }

  private static Map<String, Object> scenario() {
    Map<String, Object> retrofit =
        measure("Building retrofits", "building-retrofit", "stationary_energy");
    retrofit.put("floorArea", 2_000_000);
    retrofit.put("kwhPerM2Saved", 30);
    retrofit.put("gridFactor", 0.5366);
    retrofit.put("shares", Map.of("2025", 0.5, "2026", 1.0));
    retrofit.put("capex", 600_000_000);
    retrofit.put("opex", -36_000_000);
    retrofit.put("lifetimeYears", 20);
    Map<String, Object> pv = measure("Rooftop PV", "rooftop-pv", "stationary_energy");
    pv.put("mwh", 100_000);
    pv.put("gridFactor", 0.5366);
    pv.put("shares", Map.of("2026", 1.0));
    pv.put("capex", 300_000_000);
    pv.put("opex", -50_000_000);
    pv.put("lifetimeYears", 25);
    Map<String, Object> buses = measure("Electric buses", "electrification", "transportation");
    buses.put("activity", 60_000_000);
    buses.put("factorBefore", 0.35 * 0.84 * 43.0 * 74.1 / 1000);
    buses.put("factorAfter", 1.2 * 0.5366);
    buses.put("shares", Map.of("2025", 0.5, "2027", 1.0));
    buses.put("capex", 1_500_000_000);
    buses.put("lifetimeYears", 12);
    buses.put("factorSource", "IPCC 2006 Vol. 2 Tables 1.2, 3.2.1; " + GRID);
    Map<String, Long> baseline = new LinkedHashMap<>();
    baseline.put("stationary_energy", 40_000_000_000L);
    baseline.put("transportation", 2_000_000_000_000L);
    Map<String, Object> s = new HashMap<>();
    s.put("name", "Low carbon 2027");
    s.put("baseYear", 2024);
    s.put("endYear", 2027);
    s.put("baseline", baseline);
    s.put("growth", 0);
    s.put("discountRate", 0.05);
    s.put("measures", List.of(retrofit, pv, buses));
    return s;
  }

  private static String refusal(ApiClient who, String path, Object body) {
    ApiClient.Reply r = who.post(path, body);
    assertProblem(r, 422);
    return r.json().get("detail").asString();
  }

  @Test
  void targetsProgressAndScenariosPathwayMatchTheHandCalculations() {
    TenantFixture t = newTenant();
    ApiClient.Reply kept = t.admin.post("/api/v1/city/targets", absoluteTarget());
    assertThat(kept.status()).as(kept.text()).isEqualTo(201);
    String id = kept.json().get("target").get("id").asString();
    assertThat(kept.json().get("actuals").size()).isEqualTo(4);

    JsonNode p = t.viewer.get("/api/v1/city/targets/" + id + "/progress?year=2026").json();
    assertThat(p.get("status").asString()).isEqualTo("OFF_TRACK");
    // slope -0.16 Mt a year through 2020-2023; 2030: 8.39 Mt against the level of 5 Mt
    assertThat(p.get("projection").get("value").asDouble()).isCloseTo(8_390_000, within(1e-6));
    assertThat(p.get("years").get(3).get("gap").asDouble()).isCloseTo(1_000_000, within(1e-6));
    assertThat(p.get("explanation").asString())
        .startsWith("off track: the projection to 2030, 8,390,000 t CO2e, misses");

    ApiClient.Reply peak = t.admin.post("/api/v1/city/targets", peakTarget());
    assertThat(peak.status()).as(peak.text()).isEqualTo(201);
    JsonNode pp =
        t.viewer
            .get(
                "/api/v1/city/targets/"
                    + peak.json().get("target").get("id").asString()
                    + "/progress?year=2025")
            .json();
    assertThat(pp.get("status").asString()).isEqualTo("ON_TRACK");
    assertThat(pp.get("explanation").asString()).contains("the trend has turned");
    assertThat(t.viewer.get("/api/v1/city/targets").json().size()).isEqualTo(2);

    ApiClient.Reply s = t.dataOwner.post("/api/v1/city/scenarios", scenario());
    assertThat(s.status()).as(s.text()).isEqualTo(201);
    String sid = s.json().get("scenario").get("id").asString();
    JsonNode path = t.viewer.get("/api/v1/city/scenarios/" + sid + "/pathway").json();
    // PV counts only the 7,804 t the retrofit left in the sector in 2026
    JsonNode y2026 = path.get("years").get(2).get("measureGrams");
    assertThat(y2026.get("Building retrofits").asLong()).isEqualTo(32_196_000_000L);
    assertThat(y2026.get("Rooftop PV").asLong()).isEqualTo(7_804_000_000L);
    assertThat(path.get("years").get(3).get("resultGrams").asLong()).isEqualTo(1_982_428_868_000L);
    assertThat(path.get("measures").get(1).get("overlapGrams").asLong()).isEqualTo(91_712_000_000L);
    assertThat(path.get("measures").get(0).get("costPerTonneCny").asDouble())
        .isCloseTo(377.24, within(0.01));
    assertThat(path.get("abatementOrder").toString())
        .isEqualTo("[\"Rooftop PV\",\"Building retrofits\",\"Electric buses\"]");
    assertThat(path.get("measures").get(0).get("secondary").asBoolean()).isTrue();
    assertThat(t.viewer.get("/api/v1/city/scenarios").json().size()).isEqualTo(1);

    // the audit trail has every change
    String audit = t.verifier.get("/api/v1/audit?size=50").text();
    assertThat(audit).contains("city.target.added").contains("city.scenario.added");

    // another city sees none of it
    TenantFixture other = newTenant();
    assertProblem(other.admin.get("/api/v1/city/targets/" + id + "/progress"), 404);
    assertProblem(other.admin.get("/api/v1/city/scenarios/" + sid + "/pathway"), 404);
    assertProblem(other.admin.delete("/api/v1/city/targets/" + id), 404);
    assertThat(other.admin.get("/api/v1/city/targets").json().size()).isZero();

    // roles: targets are an admin's, scenarios an admin's or a data owner's
    assertProblem(t.dataOwner.post("/api/v1/city/targets", absoluteTarget()), 403);
    assertProblem(t.viewer.post("/api/v1/city/scenarios", scenario()), 403);
    assertProblem(t.viewer.delete("/api/v1/city/targets/" + id), 403);

    assertThat(t.admin.delete("/api/v1/city/targets/" + id).status()).isEqualTo(204);
    assertProblem(t.viewer.get("/api/v1/city/targets/" + id + "/progress"), 404);
    assertThat(t.verifier.get("/api/v1/audit?size=50").text()).contains("city.target.deleted");
  }

  /*
   * A target naming its inventories reads the kept GPC inventories' totals. By hand: Harbour 2020
   * BASIC = I.1.1 900 + I.1.2 100 = 1,000 t (BASIC+ adds I.1.3 50 = 1,050 t); 2023 BASIC = 700 +
   * 100 = 800 t. -50% by 2030, linear: pathway 2023 = 1,000 - 500 x 3/10 = 850 t; gap 800 - 850 =
   * -50 t. The posted 2021 (950 t) has no inventory and stays; the posted 2020 (2,000 t) gives way
   * to the inventory's 1,000 t.
   */
  @Test
  void aTargetReadsItsYearsFromTheKeptInventoriesAtItsLevel() {
    TenantFixture t = newTenant();
    ApiClient.Reply sheet =
        t.admin.upload(
            "/api/v1/city/inventories",
            ApiClient.write(
                dir,
                "harbour.csv",
                "city,year,I.1.1,I.1.2,I.1.3\nHarbour,2020,900,100,50\nHarbour,2023,700,100,\n"));
    assertThat(sheet.status()).as(sheet.text()).isEqualTo(201);
    Map<String, Object> target = absoluteTarget();
    target.put("actuals", List.of(actual(2020, 0.002), actual(2021, 0.00095)));
    target.put("inventoryCity", "Harbour");
    target.put("inventoryLevel", "basic");
    ApiClient.Reply kept = t.admin.post("/api/v1/city/targets", target);
    assertThat(kept.status()).as(kept.text()).isEqualTo(201);
    assertThat(kept.json().get("inventoryLevel").asString()).isEqualTo("BASIC");
    String id = kept.json().get("target").get("id").asString();
    JsonNode p = t.viewer.get("/api/v1/city/targets/" + id + "/progress?year=2023").json();
    JsonNode years = p.get("years");
    assertThat(years.get(0).get("actual").asDouble()).isCloseTo(1_000, within(1e-9));
    assertThat(years.get(1).get("actual").asDouble()).isCloseTo(950, within(1e-9));
    assertThat(years.get(3).get("actual").asDouble()).isCloseTo(800, within(1e-9));
    assertThat(years.get(3).get("pathway").asDouble()).isCloseTo(850, within(1e-9));
    assertThat(years.get(3).get("gap").asDouble()).isCloseTo(-50, within(1e-9));

    target.put("inventoryLevel", "basic+");
    target.put("actuals", List.of());
    ApiClient.Reply plus = t.admin.post("/api/v1/city/targets", target);
    assertThat(plus.status()).as(plus.text()).isEqualTo(201);
    JsonNode pp =
        t.viewer
            .get(
                "/api/v1/city/targets/"
                    + plus.json().get("target").get("id").asString()
                    + "/progress?year=2023")
            .json();
    assertThat(pp.get("years").get(0).get("actual").asDouble()).isCloseTo(1_050, within(1e-9));

    target.put("inventoryLevel", "full");
    assertProblem(t.admin.post("/api/v1/city/targets", target), 400);
    target.put("inventoryLevel", "basic");
    target.remove("inventoryCity");
    assertProblem(t.admin.post("/api/v1/city/targets", target), 400);
  }

  @Test
  void absurdInputIsRefusedWithASentenceAndNothingKept() {
    TenantFixture t = newTenant();
    Map<String, Object> yearZero = absoluteTarget();
    yearZero.put("baseYear", 0);
    assertThat(refusal(t.admin, "/api/v1/city/targets", yearZero))
        .isEqualTo("base year and target year must lie between 1990 and 2100");
    Map<String, Object> backwards = absoluteTarget();
    backwards.put("targetYear", 2010);
    assertThat(refusal(t.admin, "/api/v1/city/targets", backwards))
        .isEqualTo("the target year 2010 must come after the base year 2020");
    Map<String, Object> huge = absoluteTarget();
    huge.put("value", 1e300);
    assertThat(refusal(t.admin, "/api/v1/city/targets", huge))
        .startsWith("the reduction of an absolute target lies above 0 and at most 1");
    Map<String, Object> actualZero = absoluteTarget();
    actualZero.put("actuals", List.of(actual(2020, 10), Map.of("year", 0, "grams", 5)));
    assertThat(refusal(t.admin, "/api/v1/city/targets", actualZero))
        .isEqualTo("the actual year 0 lies outside 1990-2100");
    Map<String, Object> people = absoluteTarget();
    people.put("actuals", List.of(Map.of("year", 2020, "grams", 5, "population", 1e300)));
    assertThat(refusal(t.admin, "/api/v1/city/targets", people)).contains("population");
    // grams of 1e300 is no whole number of grams: 400 with a sentence, never a 500
    var raw =
        t.admin.exchange(
            "/api/v1/city/targets",
            "application/json",
            HttpRequest.BodyPublishers.ofString(
                "{\"name\":\"x\",\"kind\":\"absolute\",\"baseYear\":2020,\"targetYear\":2030,"
                    + "\"value\":0.5,\"actuals\":[{\"year\":2020,\"grams\":1e300}]}"));
    assertThat(raw.statusCode()).as(raw.body()).isEqualTo(400);
    assertThat(raw.body()).contains("\"detail\"");

    // a body past the 1 MB limit of JSON bodies: 413, nothing read into memory
    var tooLarge =
        t.admin.exchange(
            "/api/v1/city/scenarios",
            "application/json",
            HttpRequest.BodyPublishers.ofString("{\"name\":\"" + "x".repeat(2_000_000) + "\"}"));
    assertThat(tooLarge.statusCode()).isEqualTo(413);

    Map<String, Object> bigPv = scenario();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> ms = (List<Map<String, Object>>) bigPv.get("measures");
    ms.get(1).put("mwh", 1e300);
    assertThat(refusal(t.admin, "/api/v1/city/scenarios", bigPv))
        .startsWith("measure 'Rooftop PV': the MWh generated a year must lie above 0 and at most");
    Map<String, Object> lateYear = scenario();
    lateYear.put("endYear", 2020);
    assertThat(refusal(t.admin, "/api/v1/city/scenarios", lateYear))
        .isEqualTo("the end year 2020 must come after the base year 2024");
    assertProblem(t.viewer.get("/api/v1/city/targets/x/progress?year=0"), 400);

    assertThat(t.admin.get("/api/v1/city/targets").json().size()).isZero();
    assertThat(t.admin.get("/api/v1/city/scenarios").json().size()).isZero();
  }

  @Test
  void thePageShowsTargetsAndScenariosInBothLanguages() {
    TenantFixture t = newTenant();
    assertThat(t.admin.post("/api/v1/city/targets", absoluteTarget()).status()).isEqualTo(201);
    assertThat(t.admin.post("/api/v1/city/targets", peakTarget()).status()).isEqualTo(201);
    assertThat(t.admin.post("/api/v1/city/scenarios", scenario()).status()).isEqualTo(201);
    String suffix = t.name.substring("tenant-".length());
    for (String lang : List.of("en", "zh-CN")) {
      boolean en = lang.equals("en");
      try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, lang)) {
        b.logIn(t.login("viewer-" + suffix), TenantFixture.PASSWORD);
        b.open("/city/targets");
        assertThat(b.h1()).isEqualTo(en ? "City targets and scenarios" : "城市减排目标与情景分析");
        String table = b.find("#city-targets tbody").getText();
        assertThat(table)
            .contains("Halve emissions by 2030")
            .contains(en ? "Off track" : "进度落后")
            .contains(en ? "On track" : "进度符合预期")
            .contains(en ? "Peak year (carbon peaking)" : "碳达峰年");
        assertThat(b.find("#scenario-0 .mac-order").getText())
            .startsWith("Rooftop PV")
            .contains(en ? "CNY/t CO2e" : "元/吨二氧化碳当量");
        assertThat(b.find("#scenario-0 table.measures tbody").getText())
            .contains("15,608")
            .contains("91,712")
            .contains(en ? "secondary source" : "次级数据来源");
        assertThat(b.find("#city-target-1 .explanation").getText())
            .isEqualTo(
                en
                    ? "On track: the trend has turned: the highest emissions so far, 100,000,000"
                        + " t CO2e, were in 2020, and the trend of 2020-2024 falls by 1,200,000"
                        + " t CO2e a year"
                    : "进度符合预期：趋势已经转折：迄今最高排放100,000,000 吨二氧化碳当量出现在2020年，"
                        + "2020–2024年趋势每年下降1,200,000 吨二氧化碳当量");
        b.chartsDrawn();
        b.screenshot("city-targets-" + lang + "-1366");
        if (!en) {
          String shown = b.find("#main").getText();
          for (String english :
              List.of(
                  "Targets",
                  "Scenarios",
                  "Projection",
                  "Baseline",
                  "Marginal abatement",
                  "Overlap",
                  "Transportation",
                  "CNY/t",
                  "track",
                  "t CO2e")) {
            assertThat(shown).doesNotContain(english);
          }
        }
      }
    }
    // another city's page shows none of it
    TenantFixture other = newTenant();
    String otherSuffix = other.name.substring("tenant-".length());
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1024, "en")) {
      b.logIn(other.login("viewer-" + otherSuffix), TenantFixture.PASSWORD);
      b.open("/city/targets");
      assertThat(b.has("#no-city-targets")).isTrue();
      assertThat(b.has("#no-scenarios")).isTrue();
    }
  }
}
