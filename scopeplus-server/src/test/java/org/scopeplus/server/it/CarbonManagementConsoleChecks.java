package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The console's pages for operational indicators, the instrument registry and hourly matching, in a
 * real browser in English and Chinese, against hand calculations and against what the API answers
 * for the same data; forms with their CSRF token and the role checked on the server, refusals with
 * the API's sentence and nothing stored.
 */
abstract class CarbonManagementConsoleChecks extends ServiceChecks {

  private static void value(
      ApiClient who, String unit, String facility, int month, String metric, double value) {
    Map<String, Object> m = new HashMap<>();
    m.put("orgUnit", unit);
    m.put("facility", facility);
    m.put("year", 2025);
    m.put("month", month);
    m.put("metric", metric);
    m.put("value", value);
    ApiClient.Reply r = who.post("/api/v1/indicators", m);
    assertThat(r.status()).as(r.text()).isEqualTo(201);
  }

  @Test
  void theIndicatorsPageShowsTheHandCalculatedIndicatorsAsTheApiGivesThemInBothLanguages()
      throws Exception {
    TenantFixture t = newTenant();
    // By hand: 2,500 MWh = 2,500,000 kWh over 10,000 m2 = 250 kWh/m2; over 200 employees = 12.5
    // MWh per employee. DC-1 in March 2025: 1,250 / 1,000 MWh = PUE 1.25; 1,800 m3 = 1,800,000 L
    // over 1,000,000 kWh = WUE 1.8 L/kWh. 30 of 120 vehicles electric = 25.0 %. 55,000 tce of
    // recovered heat x 2.664 t CO2/tce = 146,520 t CO2 avoided.
    value(t.admin, "Group", "", 0, "electricity", 2500);
    value(t.admin, "Group", "", 0, "floor_area", 10_000);
    value(t.admin, "Group", "", 0, "employees", 200);
    value(t.dataOwner, "Group/Cloud", "DC-1", 3, "it_energy", 1000);
    value(t.dataOwner, "Group/Cloud", "DC-1", 3, "facility_energy", 1250);
    value(t.dataOwner, "Group/Cloud", "DC-1", 3, "water", 1800);
    value(t.admin, "Group/Logistics", "", 0, "fleet_vehicles", 120);
    value(t.admin, "Group/Logistics", "", 0, "fleet_electric", 30);
    value(t.admin, "Group", "", 0, "heat_recovered", 55_000);

    JsonNode energy = t.viewer.get("/api/v1/indicators/energy-intensity").json();
    assertThat(energy.get("company").size()).isEqualTo(1);
    assertThat(energy.get("company").get(0).get("kwhPerM2").asDouble())
        .isCloseTo(250, within(1e-9));
    assertThat(energy.get("company").get(0).get("mwhPerEmployee").asDouble())
        .isCloseTo(12.5, within(1e-9));
    assertThat(energy.get("orgUnits").get(0).get("orgUnit").asString()).isEqualTo("Group");
    assertThat(energy.get("orgUnits").get(0).get("kwhPerM2").asDouble())
        .isCloseTo(250, within(1e-9));
    JsonNode fleet = t.viewer.get("/api/v1/indicators/fleet").json();
    assertThat(fleet.size()).isEqualTo(1);
    assertThat(fleet.get(0).get("share").asDouble()).isCloseTo(0.25, within(1e-12));
    assertThat(newTenant().viewer.get("/api/v1/indicators/energy-intensity").json().get("company"))
        .isEmpty();

    String suffix = t.name.substring("tenant-".length());
    for (String lang : List.of("en", "zh-CN")) {
      boolean en = lang.equals("en");
      try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, lang)) {
        b.logIn(t.login("viewer-" + suffix), TenantFixture.PASSWORD);
        b.open("/indicators");
        assertThat(b.h1()).isEqualTo(en ? "Operational indicators" : "运营指标");
        assertThat(b.find("#energy-company tbody").getText())
            .contains("2025", "2,500", "250", "12.5");
        assertThat(b.find("#energy-units tbody").getText()).contains("Group", "250", "12.5");
        assertThat(b.find("#efficiency tbody").getText())
            .contains("DC-1", "2025-03", "1.25", "1.8");
        assertThat(b.find("#fleet tbody").getText())
            .contains("Group/Logistics", "120", "30", "25.0%");
        assertThat(b.find("#avoided tbody").getText()).contains("55,000", "146,520");
        assertThat(b.find("#main").getText())
            .contains(en ? "2.664 t CO2 per tce (China's default" : "每吨标准煤2.664吨二氧化碳");
        b.chartsDrawn();
        if (!en) {
          b.showsNoneOf(ConsoleBrowser.englishLabels(), "/indicators");
        }
        b.screenshot("indicators-" + lang + "-1366");

        // one org unit: its own rows and those below it; the company's figure is not shown
        new Select(b.find("#ind-unit")).selectByValue("Group/Cloud");
        b.follow("#ind-show");
        assertThat(b.has("#energy-company")).isFalse();
        assertThat(b.find("#efficiency tbody").getText()).contains("DC-1");
        assertThat(b.has("#no-fleet")).isTrue();
        assertThat(b.has("#no-avoided")).isTrue();
      }
    }
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1024, "en")) {
      b.logIn(t.login("viewer-" + suffix), TenantFixture.PASSWORD);
      b.open("/indicators?year=1800");
      assertThat(b.find("body").getText()).contains("The year must lie between 1990 and 2100.");
    }
    TenantFixture other = newTenant();
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1024, "en")) {
      b.logIn(
          other.login("viewer-" + other.name.substring("tenant-".length())),
          TenantFixture.PASSWORD);
      b.open("/indicators");
      assertThat(b.has("#no-indicators")).isTrue();
    }
  }

  @Test
  void
      anAdminRegistersAndAllocatesInstrumentsFromTheConsoleWithTheApisRefusalsAndOtherRolesAreRefused()
          throws Exception {
    TenantFixture t = newTenant();
    String suffix = t.name.substring("tenant-".length());
    Map<String, Object> line = new HashMap<>();
    line.put("orgUnit", "Group/Cloud");
    line.put("facility", "DC-1");
    line.put("month", "2025-03");
    line.put("region", "CN-ZJ");
    line.put("mwh", 1000.0);
    line.put("locationFactor", 600.0);
    assertThat(t.dataOwner.post("/api/v1/instruments/consumption", line).status()).isEqualTo(201);

    // the API's refusal of a GEC overlapping the one registered below, for the same fields
    Map<String, Object> overlapping = new HashMap<>();
    overlapping.put("kind", "gec");
    overlapping.put("serialBlock", "GEC-2025-ZJ");
    overlapping.put("serialFirst", 301);
    overlapping.put("serialLast", 500);
    overlapping.put("mwh", 200);
    overlapping.put("generatedFrom", "2025-01");
    overlapping.put("generatedTo", "2025-12");
    overlapping.put("marketBoundary", "CN");
    overlapping.put("emissionRate", 0.0);

    try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, "en")) {
      b.logIn(t.login("admin-" + suffix), TenantFixture.PASSWORD);
      b.open("/instruments");
      assertThat(b.h1()).isEqualTo("Green-power instruments");
      assertThat(b.has("#no-instruments")).isTrue();
      register(b, "gec", "GEC-2025-ZJ", "1", "400", "400");
      assertThat(b.find("#instruments-done").getText())
          .startsWith("Instrument ")
          .endsWith(" registered.");
      assertThat(b.find("#instruments tbody").getText())
          .contains("Green electricity certificate (GEC)", "GEC-2025-ZJ 1-400", "CN", "400");

      register(b, "gec", "GEC-2025-ZJ", "301", "500", "200");
      ApiClient.Reply api = t.admin.post("/api/v1/instruments", overlapping);
      assertProblem(api, 422);
      assertThat(b.find("#instruments-refused").getText())
          .contains("The instrument was not registered:")
          .contains(api.json().get("detail").asString());

      // an absurd quantity: the API's sentence naming the field, nothing stored
      register(b, "rec", "", "", "", "1e300");
      overlapping.put("mwh", new java.math.BigDecimal("1e300"));
      ApiClient.Reply absurd = t.admin.post("/api/v1/instruments", overlapping);
      assertProblem(absurd, 400);
      assertThat(b.find("#instruments-refused").getText())
          .contains(absurd.json().get("detail").asString());
      assertThat(t.admin.get("/api/v1/instruments").json().size()).isEqualTo(1);
      b.screenshot("instruments-refused-en-1366");
    }
    String id =
        t.admin.get("/api/v1/instruments").json().get(0).get("instrument").get("id").asString();

    try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, "zh-CN")) {
      b.logIn(t.login("admin-" + suffix), TenantFixture.PASSWORD);
      b.open("/instruments");
      assertThat(b.h1()).isEqualTo("绿色电力合同工具");
      assertThat(b.find("#instruments tbody").getText()).contains("绿色电力证书（绿证）");
      allocate(b, id, "DC-1", "2025-03", "400");
      assertThat(b.find("#instruments-done").getText()).startsWith("已分配：400 MWh DC-1 2025-03");
      assertThat(b.find("#allocations tbody").getText()).contains("DC-1", "2025-03", "400");
      // the certificate is used up: a further claim is refused with the registry's reason
      allocate(b, id, "DC-1", "2025-03", "1");
      ApiClient.Reply api =
          t.admin.post(
              "/api/v1/instruments/allocations",
              Map.of("instrumentId", id, "facility", "DC-1", "month", "2025-03", "mwh", 1));
      assertProblem(api, 422);
      // the API's English sentence, said in Chinese (Scope 2 Quality Criterion 2)
      assertThat(api.json().get("detail").asString())
          .startsWith("instrument " + id + " has 0 MWh left; 1 MWh cannot be claimed");
      assertThat(b.find("#instruments-refused").getText())
          .contains("未作任何分配：")
          .contains("合同工具 " + id + " 剩余 0 兆瓦时，不能声明 1 兆瓦时：每兆瓦时只能声明一次（范围2质量准则2）")
          .doesNotContain("cannot be claimed");
      b.showsNoneOf(ConsoleBrowser.englishLabels(), "/instruments");
      b.screenshot("instruments-zh-CN-1366");
    }
    assertThat(t.admin.get("/api/v1/instruments/allocations").json().size()).isEqualTo(1);
    // 400 of DC-1's 1,000 MWh: a renewable share of 40 % in the registry the API reads
    assertThat(
            t.viewer
                .get("/api/v1/instruments/renewable-share?orgUnit=Group/Cloud")
                .json()
                .get("2025")
                .asDouble())
        .isCloseTo(0.4, within(1e-12));
    List<String> actions = new ArrayList<>();
    for (JsonNode e : t.verifier.get("/api/v1/audit?size=100").json().get("items")) {
      actions.add(e.get("action").asString() + " " + e.get("actor").asString());
    }
    assertThat(actions)
        .contains("instrument.registered admin-" + suffix, "instrument.allocated admin-" + suffix);

    // a viewer sees no form; the other roles' posts with their own session's token are refused
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1024, "en")) {
      b.logIn(t.login("viewer-" + suffix), TenantFixture.PASSWORD);
      b.open("/instruments");
      assertThat(b.find("#instruments tbody").getText()).contains("GEC-2025-ZJ");
      assertThat(b.has("#instrument-form")).isFalse();
      assertThat(b.has("#allocation-form")).isFalse();
    }
    for (String role : List.of("owner", "verifier", "viewer")) {
      HttpClient http = signedIn(t.login(role + "-" + suffix));
      String token =
          csrf(http.send(get("/instruments"), HttpResponse.BodyHandlers.ofString()).body());
      Map<String, String> gec = new HashMap<>();
      gec.put("kind", "gec");
      gec.put("mwh", "10");
      gec.put("generatedFrom", "2025-01");
      gec.put("generatedTo", "2025-12");
      gec.put("marketBoundary", "CN");
      gec.put("emissionRate", "0");
      gec.put("_csrf", token);
      assertThat(
              http.send(form("/instruments", gec), HttpResponse.BodyHandlers.ofString())
                  .statusCode())
          .as(role)
          .isEqualTo(403);
      assertThat(
              http.send(
                      form(
                          "/instruments/allocations",
                          Map.of(
                              "instrumentId",
                              id,
                              "facility",
                              "DC-1",
                              "month",
                              "2025-03",
                              "mwh",
                              "1",
                              "_csrf",
                              token)),
                      HttpResponse.BodyHandlers.ofString())
                  .statusCode())
          .as(role)
          .isEqualTo(403);
    }
    HttpClient admin = signedIn(t.login("admin-" + suffix));
    Map<String, String> noToken = new HashMap<>();
    noToken.put("kind", "gec");
    noToken.put("mwh", "10");
    assertThat(
            admin
                .send(form("/instruments", noToken), HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(403);
    assertThat(t.admin.get("/api/v1/instruments").json().size()).isEqualTo(1);
    assertThat(t.admin.get("/api/v1/instruments/allocations").json().size()).isEqualTo(1);

    TenantFixture other = newTenant();
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1024, "en")) {
      b.logIn(
          other.login("admin-" + other.name.substring("tenant-".length())), TenantFixture.PASSWORD);
      b.open("/instruments");
      assertThat(b.has("#no-instruments")).isTrue();
      assertThat(b.has("#no-allocations")).isTrue();
    }
  }

  private static void register(
      ConsoleBrowser b, String kind, String block, String first, String last, String mwh) {
    b.find("#register-instrument summary").click();
    new Select(b.find("#instr-kind")).selectByValue(kind);
    b.find("#instr-block").sendKeys(block);
    b.find("#instr-first").sendKeys(first);
    b.find("#instr-last").sendKeys(last);
    b.find("#instr-mwh").sendKeys(mwh);
    b.find("#instr-tech").sendKeys("wind");
    b.find("#instr-from").sendKeys("2025-01");
    b.find("#instr-to").sendKeys("2025-12");
    b.find("#instr-market").sendKeys("CN");
    b.find("#instr-registry").sendKeys("China GEC");
    b.follow("#instrument-submit");
  }

  private static void allocate(
      ConsoleBrowser b, String id, String facility, String month, String mwh) {
    b.find("#allocate-instrument summary").click();
    new Select(b.find("#alloc-instrument")).selectByValue(id);
    b.find("#alloc-facility").sendKeys(facility);
    b.find("#alloc-month").sendKeys(month);
    b.find("#alloc-mwh").sendKeys(mwh);
    b.follow("#allocation-submit");
  }

  /**
   * The worked example of docs/management.md: DC-1 uses 100 kWh in each of three hours in CN-ZJ;
   * solar for CN-ZJ gives 0, 250 and 50 kWh and wind for CN 30 kWh in the first hour. By hand,
   * hourly 30 + 100 + 50 = 180 of 300 kWh = 60.0 %; annual 330 kWh against 300 = 100.0 %. An office
   * in US uses 50 kWh with no supply: 0 of 50 in both. All boundaries: hourly 180 / 350 = 51.4 %,
   * annual 300 / 350 = 85.7 %.
   */
  private static final String HOURS =
      String.join(
          "\n",
          "hour,side,name,region,kwh",
          "2025-06-01T12:00,consumption,DC-1,CN-ZJ,100",
          "2025-06-01T13:00,consumption,DC-1,CN-ZJ,100",
          "2025-06-01T14:00,consumption,DC-1,CN-ZJ,100",
          "2025-06-01T12:00,supply,Solar ZJ,CN-ZJ,0",
          "2025-06-01T13:00,supply,Solar ZJ,CN-ZJ,250",
          "2025-06-01T14:00,supply,Solar ZJ,CN-ZJ,50",
          "2025-06-01T12:00,supply,Wind CN,CN,30",
          "2025-06-01T12:00,consumption,Office,US,50");

  @Test
  void theHourlyMatchingPageScoresPastedHoursAsTheApiDoesPerMarketBoundaryInBothLanguages() {
    TenantFixture t = newTenant();
    List<Map<String, Object>> consumption = new ArrayList<>();
    List<Map<String, Object>> supply = new ArrayList<>();
    for (String row : HOURS.split("\n")) {
      String[] c = row.split(",");
      if (c[0].equals("hour")) {
        continue;
      }
      (c[1].equals("consumption") ? consumption : supply)
          .add(Map.of("hour", c[0], "name", c[2], "region", c[3], "kwh", Integer.parseInt(c[4])));
    }
    JsonNode api =
        t.viewer
            .post(
                "/api/v1/instruments/hourly-matching",
                Map.of("consumption", consumption, "supply", supply))
            .json();
    assertThat(api.get(0).get("hourlyMatchedKwh").asLong()).isEqualTo(180);
    assertThat(api.get(0).get("annualMatchedKwh").asLong()).isEqualTo(300);
    assertThat(api.get(0).get("consumedKwh").asLong()).isEqualTo(350);

    String suffix = t.name.substring("tenant-".length());
    for (String lang : List.of("en", "zh-CN")) {
      boolean en = lang.equals("en");
      try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, lang)) {
        b.logIn(t.login("viewer-" + suffix), TenantFixture.PASSWORD);
        b.open("/hourly-matching");
        assertThat(b.h1()).isEqualTo(en ? "Hourly matching" : "逐小时匹配");
        b.find("#hourly-hours").sendKeys(HOURS);
        b.follow("#hourly-submit");
        assertThat(b.find("#score-CN-2025").getText()).contains("300", "180", "60.0%", "100.0%");
        assertThat(b.find("#score-US-2025").getText()).contains("50", "0.0%");
        assertThat(b.find("#score-all-2025").getText())
            .contains("350", "180", "51.4%", "300", "85.7%");
        b.chartsDrawn();
        if (!en) {
          b.showsNoneOf(ConsoleBrowser.englishLabels(), "/hourly-matching");
        }
        b.screenshot("hourly-matching-" + lang + "-1366");

        // an absurd hour is refused with the API's sentence naming the row and the field
        b.find("#hourly-hours").clear();
        b.find("#hourly-hours")
            .sendKeys("hour,side,name,region,kwh\n2025-06-01T12:00,consumption,DC-1,CN-ZJ,1e300");
        b.follow("#hourly-submit");
        assertThat(b.find("#hourly-refused").getText())
            .contains(
                en
                    ? "row 2, kwh is 0 to 100000000000 kWh (100 TWh)"
                    : "第 2 行：kwh 须在 0 到 100000000000 千瓦时（1000 亿千瓦时）之间");
        assertThat(b.has("#hourly-scores")).isFalse();
      }
    }
  }
}
