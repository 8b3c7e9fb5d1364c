package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Carbon Eye through the API: district boundaries uploaded (and refused when invalid), emissions
 * allocated to districts and grid cells summing exactly to the city, daily estimates against a hand
 * calculation, roles and tenant isolation.
 */
abstract class CityChecks extends ServiceChecks {

  /** Two districts side by side: West 114.00-114.05 E, East 114.05-114.10 E, 22.50-22.60 N. */
  static final String TWO_DISTRICTS =
      """
      {"type":"FeatureCollection","features":[
       {"type":"Feature","properties":{"id":"W","name":"West","population":300000,"gdp":5e10},
        "geometry":{"type":"Polygon","coordinates":[[[114.0,22.5],[114.05,22.5],[114.05,22.6],[114.0,22.6],[114.0,22.5]]]}},
       {"type":"Feature","properties":{"id":"E","name":"East","population":100000,"gdp":1.5e11},
        "geometry":{"type":"Polygon","coordinates":[[[114.05,22.5],[114.1,22.5],[114.1,22.6],[114.05,22.6],[114.05,22.5]]]}}
      ]}
      """;

  static Map<String, Object> emissions() {
    Map<String, Object> b = new HashMap<>();
    b.put("inventoryYear", 2023);
    b.put(
        "sectors",
        Map.of("power", 365_000_000L, "ground_transport", 36_500_000L, "waste", 1_000_001L));
    b.put("weighting", Map.of("ground_transport", "population"));
    b.put(
        "located",
        List.of(
            Map.of(
                "name",
                "Plant A",
                "lon",
                114.01,
                "lat",
                22.51,
                "sector",
                "power",
                "grams",
                200_000_000L),
            Map.of("name", "Landfill", "district", "E", "sector", "waste", "grams", 400_000L)));
    return b;
  }

  /** 2023 every day: power 100 MWh (200 on 1 January), traffic index 1.0; then 1 March 2024. */
  static String proxies() {
    StringBuilder b = new StringBuilder("date,sector,value\n");
    for (LocalDate d = LocalDate.of(2023, 1, 1); d.getYear() == 2023; d = d.plusDays(1)) {
      b.append(d).append(",power,").append(d.getDayOfYear() == 1 ? 200 : 100).append('\n');
      b.append(d).append(",ground_transport,1.0\n");
    }
    b.append("2024-03-01,power,110\n2024-03-01,ground_transport,0.9\n");
    return b.toString();
  }

  static void cityOf(TenantFixture t, Path dir) {
    ApiClient.Reply up =
        t.admin.upload("/api/v1/city/districts", ApiClient.write(dir, "d.geojson", TWO_DISTRICTS));
    assertThat(up.status()).as(up.text()).isEqualTo(201);
    ApiClient.Reply em = t.admin.put("/api/v1/city/emissions", emissions());
    assertThat(em.status()).as(em.text()).isEqualTo(200);
    ApiClient.Reply px =
        t.admin.upload("/api/v1/city/proxies", ApiClient.write(dir, "p.csv", proxies()));
    assertThat(px.status()).as(px.text()).isEqualTo(201);
  }

  @Test
  void districtsAndCellsSumExactlyToTheCity() {
    TenantFixture t = newTenant();
    cityOf(t, dir);
    long city = 365_000_000L + 36_500_000L + 1_000_001L;

    JsonNode fc = t.viewer.get("/api/v1/city/districts").json();
    assertThat(fc.get("type").asString()).isEqualTo("FeatureCollection");
    assertThat(fc.get("cityGrams").asLong()).isEqualTo(city);
    long sum = 0;
    for (JsonNode f : fc.get("features")) {
      sum += f.get("properties").get("grams").asLong();
    }
    assertThat(sum).isEqualTo(city);
    JsonNode west = fc.get("features").get(0).get("properties");
    assertThat(west.get("id").asString()).isEqualTo("W");
    // ground transport by population 3 : 1 = 27,375,000 / 9,125,000
    assertThat(west.get("sectors").get("ground_transport").asLong()).isEqualTo(27_375_000L);
    // the plant's 200 t stay in West, the 165 t left split by (equal) area
    assertThat(west.get("sectors").get("power").asLong()).isBetween(282_000_000L, 283_000_000L);
    assertThat(west.get("tonnesPerCapita").asDouble())
        .isEqualTo(west.get("grams").asLong() / 1e6 / 300_000);
    assertThat(fc.get("features").get(0).get("geometry").get("type").asString())
        .isEqualTo("Polygon");

    JsonNode grid = t.viewer.get("/api/v1/city/grid?cellMetres=1000").json();
    long cells = 0;
    for (JsonNode c : grid.get("cells")) {
      cells += c.get("grams").asLong();
      assertThat(c.get("corners").size()).isEqualTo(4);
    }
    assertThat(cells).isEqualTo(city);
    assertProblem(t.viewer.get("/api/v1/city/grid?cellMetres=50"), 400);
  }

  @Test
  void theDailyEstimateFollowsTheHandCalculation() {
    TenantFixture t = newTenant();
    cityOf(t, dir);
    ApiClient.Reply r = t.viewer.get("/api/v1/city/daily?from=2024-03-01&to=2024-03-01");
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    JsonNode day = r.json().get("days").get(0);
    // power 365,000,000 g x 110 / 36,600 = 1,096,994.54 -> 1,096,995 g
    // ground transport 36,500,000 g x 0.9 / 365 = 90,000 g
    assertThat(day.get("sectors").get("power").asLong()).isEqualTo(1_096_995L);
    assertThat(day.get("sectors").get("ground_transport").asLong()).isEqualTo(90_000L);
    assertThat(day.get("grams").asLong()).isEqualTo(1_186_995L);
    // two-sigma: sqrt((0.14 x 1,096,995)^2 + (0.093 x 90,000)^2) = 153,807 g
    assertThat(day.get("low").asLong()).isEqualTo(1_186_995L - 153_807L);
    assertThat(day.get("high").asLong()).isEqualTo(1_186_995L + 153_807L);
    JsonNode ytd = r.json().get("yearToDate");
    assertThat(ytd.get("grams").asLong()).isEqualTo(1_186_995L);
    assertThat(ytd.get("lastYearDays").asInt()).isEqualTo(60);
    assertThat(r.json().get("inventoryYear").asInt()).isEqualTo(2023);

    assertProblem(t.viewer.get("/api/v1/city/daily?from=2024-13-01&to=2024-03-01"), 400);
    assertProblem(t.viewer.get("/api/v1/city/daily?from=0000-01-01&to=2024-03-01"), 400);
  }

  @Test
  void invalidUploadsAreRefusedWholeAndNothingIsKept() {
    TenantFixture t = newTenant();
    cityOf(t, dir);
    String bowTie =
        TWO_DISTRICTS.replace(
            "[[[114.0,22.5],[114.05,22.5],[114.05,22.6],[114.0,22.6],[114.0,22.5]]]",
            "[[[114.0,22.5],[114.05,22.6],[114.05,22.5],[114.0,22.6],[114.0,22.5]]]");
    ApiClient.Reply r =
        t.admin.upload("/api/v1/city/districts", ApiClient.write(dir, "bow.geojson", bowTie));
    assertProblem(r, 422);
    JsonNode p = r.json().get("problems").get(0);
    assertThat(p.get("file").asString()).isEqualTo("bow.geojson");
    assertThat(p.get("row").asInt()).isEqualTo(1);
    assertThat(p.get("column").asString()).isEqualTo("geometry");
    assertThat(p.get("message").asString()).contains("self-intersection");
    // the earlier districts are still there
    assertThat(t.viewer.get("/api/v1/city/districts").json().get("features").size()).isEqualTo(2);

    ApiClient.Reply px =
        t.admin.upload(
            "/api/v1/city/proxies",
            ApiClient.write(
                dir, "bad.csv", "date,sector,value\n2024-03-02,power,5\n2024-03-03,power,1e300\n"));
    assertProblem(px, 422);
    assertThat(px.json().get("problems").get(0).get("row").asInt()).isEqualTo(3);
    ApiClient.Reply after = t.viewer.get("/api/v1/city/daily?from=2024-03-02&to=2024-03-02");
    assertThat(after.json().get("days").size()).isZero();

    Map<String, Object> tooMuch = emissions();
    tooMuch.put(
        "located",
        List.of(
            Map.of(
                "name",
                "Huge",
                "lon",
                114.01,
                "lat",
                22.51,
                "sector",
                "power",
                "grams",
                400_000_000L)));
    assertThat(t.admin.put("/api/v1/city/emissions", tooMuch).status()).isEqualTo(200);
    assertProblem(t.viewer.get("/api/v1/city/districts"), 422);
    Map<String, Object> absurd = emissions();
    absurd.put("sectors", Map.of("power", Long.MAX_VALUE));
    assertProblem(t.admin.put("/api/v1/city/emissions", absurd), 400);
  }

  @Test
  void onlyAnAdminUploadsAndAnotherTenantSeesNothing() {
    TenantFixture t = newTenant();
    cityOf(t, dir);
    assertProblem(
        t.viewer.upload("/api/v1/city/districts", ApiClient.write(dir, "d.geojson", TWO_DISTRICTS)),
        403);
    assertProblem(t.dataOwner.put("/api/v1/city/emissions", emissions()), 403);
    TenantFixture other = newTenant();
    assertProblem(other.viewer.get("/api/v1/city/districts"), 404);
    assertProblem(other.viewer.get("/api/v1/city/daily?from=2024-03-01&to=2024-03-01"), 404);
  }

  @Test
  void onlyAPublishedCityIsPublicAndItShowsNothingPrivate() {
    TenantFixture t = newTenant();
    cityOf(t, dir);
    String slug = "city-" + Long.toHexString(System.nanoTime());
    Map<String, Object> pub = new HashMap<>();
    pub.put("slug", slug);
    pub.put("name", "Harbour City");
    pub.put("published", false);
    pub.put("population", 400_000);
    assertThat(t.admin.put("/api/v1/city/publication", pub).status()).isEqualTo(200);
    assertProblem(t.viewer.put("/api/v1/city/publication", pub), 403);
    ApiClient anonymous = new ApiClient(port, null);
    assertThat(anonymous.get("/public/city/" + slug + "/data.json").status()).isEqualTo(404);
    assertThat(anonymous.get("/public/city/" + slug).status()).isEqualTo(404);

    pub.put("published", true);
    assertThat(t.admin.put("/api/v1/city/publication", pub).status()).isEqualTo(200);
    ApiClient.Reply json = anonymous.get("/public/city/" + slug + "/data.json");
    assertThat(json.status()).as(json.text()).isEqualTo(200);
    assertThat(json.str("licence")).isEqualTo("CC-BY-4.0");
    long city = 365_000_000L + 36_500_000L + 1_000_001L;
    assertThat(json.json().get("cityGrams").asLong()).isEqualTo(city);
    assertThat(json.json().get("tonnesPerCapita").asDouble()).isEqualTo(city / 1e6 / 400_000);
    long sum = 0;
    for (JsonNode d : json.json().get("districts")) {
      sum += d.get("grams").asLong();
    }
    assertThat(sum).isEqualTo(city);
    ApiClient.Reply csv = anonymous.get("/public/city/" + slug + "/data.csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.text()).startsWith("section,key,sector,grams,licence").contains("CC-BY-4.0");
    ApiClient.Reply page = anonymous.get("/public/city/" + slug);
    assertThat(page.status()).isEqualTo(200);
    for (String text : List.of(json.text(), csv.text(), page.text())) {
      // no enterprise-level source, no user, no grid cell
      assertThat(text).doesNotContain("Plant A").doesNotContain("Landfill").doesNotContain("admin");
    }
    // the API itself still needs a login
    assertThat(anonymous.get("/api/v1/city/districts").status()).isEqualTo(401);

    // another city cannot take the slug, and its unpublished page stays hidden
    TenantFixture other = newTenant();
    assertProblem(other.admin.put("/api/v1/city/publication", pub), 409);
    Map<String, Object> hidden = new HashMap<>(pub);
    hidden.put("slug", slug + "-b");
    hidden.put("published", false);
    assertThat(other.admin.put("/api/v1/city/publication", hidden).status()).isEqualTo(200);
    assertThat(anonymous.get("/public/city/" + slug + "-b/data.json").status()).isEqualTo(404);

    try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "en")) {
      b.open("/public/city/" + slug);
      assertThat(b.path()).isEqualTo("/public/city/" + slug);
      assertThat(b.h1()).isEqualTo("Harbour City");
      b.chartsDrawn();
      assertThat(b.find("#licence").getText()).isEqualTo("CC-BY-4.0");
      String shown = b.find("body").getText();
      assertThat(shown)
          .doesNotContain("Plant A")
          .doesNotContain("Landfill")
          .doesNotContain("Log out");
      assertThat(b.find("#per-capita-heading").getText()).isEqualTo("Emissions per capita");
      assertThat(shown).contains("Open data").contains("Licence:");
      b.screenshot("public-city");

      // a visitor without login switches to Chinese with the page's own link
      b.follow("#lang-zh");
      b.waitFor("#lang-zh[aria-current]");
      assertThat(b.path()).isEqualTo("/public/city/" + slug + "?lang=zh-CN");
      assertChinese(b);
      // the choice is kept for the next visit
      b.open("/public/city/" + slug);
      assertChinese(b);
      b.screenshot("public-city-zh");
    }
    // a browser asking for Chinese gets it at once
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "zh-CN")) {
      b.open("/public/city/" + slug);
      assertChinese(b);
    }
    ApiClient.Reply zh = anonymous.get("/public/city/" + slug + "?lang=zh-CN");
    assertThat(zh.status()).isEqualTo(200);
    assertThat(zh.text())
        .contains("<html lang=\"zh-CN\">")
        .contains("\"ground_transport\":\"地面交通\"")
        .contains("\"waste\":\"废弃物处理\"")
        .contains("\"unit\":\"吨二氧化碳当量\"")
        .doesNotContain("Ground transport");

    // the template escapes the city's own texts
    pub.put("name", "A <script>alert(1)</script> & B");
    assertThat(t.admin.put("/api/v1/city/publication", pub).status()).isEqualTo(200);
    ApiClient.Reply escaped = anonymous.get("/public/city/" + slug);
    assertThat(escaped.status()).isEqualTo(200);
    assertThat(escaped.text())
        .contains("<h1>A &lt;script&gt;alert(1)&lt;/script&gt; &amp; B</h1>")
        .doesNotContain("<script>alert");
  }

  /** The public page in Chinese: Chinese headings and none of the English labels. */
  private static void assertChinese(ConsoleBrowser b) {
    assertThat(b.h1()).isEqualTo("Harbour City");
    b.chartsDrawn();
    assertThat(b.find("#per-capita-heading").getText()).isEqualTo("人均排放");
    assertThat(b.find("#per-capita").getText()).startsWith("人均").endsWith("年）");
    String shown = b.find("body").getText();
    assertThat(shown).contains("日度趋势").contains("开放数据").contains("许可协议").contains("区/县");
    for (String english :
        List.of(
            "Emissions per capita",
            "per capita",
            "Emissions by sector",
            "Emissions by district",
            "Daily trend",
            "Open data",
            "Licence",
            "t CO2e")) {
      assertThat(shown).doesNotContain(english);
    }
  }
}
