package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scopeplus.io.city.demo.DemoCityGenerator;
import org.scopeplus.server.demo.LoadingDemoCity;
import org.scopeplus.server.security.Caller;
import org.scopeplus.server.security.IssuingToken;
import org.scopeplus.server.security.RegisteringUser;
import org.scopeplus.store.user.Role;
import tools.jackson.databind.JsonNode;

/**
 * {@code serve --demo}'s city: loaded once through the stores the API uses, then its map page
 * (clicked in English and Chinese), its registry page and its public page are filled.
 */
abstract class DemoCityChecks extends ServiceChecks {

  /** The demo city's territorial total from its sheet, worked by hand in DemoCityGeneratorTest. */
  static final long CITY_GRAMS = 19_158_500_000_000L;

  private static final String PASSWORD = TenantFixture.PASSWORD;

  /** Loads the demo city (a second load changes nothing) and gives its tenant a viewer. */
  private RegisteringUser.Outcome.Added viewerOfTheDemoCity() {
    LoadingDemoCity loading = new LoadingDemoCity(database, true);
    loading.load(LocalDate.now(ZoneOffset.UTC));
    loading.load(LocalDate.now(ZoneOffset.UTC));
    String name = "viewer-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    RegisteringUser.Outcome o =
        database.inTransaction(
            c ->
                new RegisteringUser()
                    .register(
                        c,
                        DemoCityGenerator.NAME,
                        name,
                        PASSWORD,
                        Role.VIEWER,
                        List.of(),
                        "test",
                        false));
    assertThat(o).isInstanceOf(RegisteringUser.Outcome.Added.class);
    return (RegisteringUser.Outcome.Added) o;
  }

  @Test
  void theDemoCityFillsTheMapTheRegistryAndThePublicPage() {
    RegisteringUser.Outcome.Added viewer = viewerOfTheDemoCity();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    int inventoryYear = today.getYear() - 1;
    int earlier = inventoryYear - 1;

    // the public page, without login: every district, the sheet's territorial total, the trend
    ApiClient anonymous = new ApiClient(port, null);
    ApiClient.Reply open = anonymous.get("/public/city/demo-city/data.json");
    assertThat(open.status()).as(open.text()).isEqualTo(200);
    JsonNode d = open.json();
    assertThat(d.get("name").asString()).isEqualTo("Demo City");
    assertThat(d.get("cityGrams").asLong()).isEqualTo(CITY_GRAMS);
    assertThat(d.get("districts").size()).isEqualTo(11);
    long districts = 0;
    for (JsonNode x : d.get("districts")) {
      districts += x.get("grams").asLong();
    }
    assertThat(districts).isEqualTo(CITY_GRAMS);
    assertThat(d.get("days").size()).isGreaterThanOrEqualTo(89);
    assertThat(d.get("tonnesPerCapita").asDouble()).isGreaterThan(1).isLessThan(20);
    assertThat(anonymous.get("/public/city/demo-city").text()).contains("<h1>Demo City</h1>");

    // the API of the city's viewer: the anomaly's alert and the registry's compliance
    String token =
        database
            .inTransaction(c -> new IssuingToken().issue(c, Caller.of(viewer.user()), "test"))
            .secret();
    ApiClient api = new ApiClient(port, ApiClient.bearer(token));
    ApiClient.Reply daily =
        api.get("/api/v1/city/daily?from=" + today.minusDays(30) + "&to=" + today.minusDays(1));
    assertThat(daily.status()).as(daily.text()).isEqualTo(200);
    JsonNode alerts = daily.json().get("alerts");
    assertThat(alerts.size()).isEqualTo(1);
    assertThat(alerts.get(0).get("day").asString()).isEqualTo(today.minusDays(20).toString());
    assertThat(alerts.get(0).get("sector").asString()).isEqualTo("industry");
    // the GPC inventory of the inventory year is kept, and its territorial total is the map's
    JsonNode inventories = api.get("/api/v1/city/inventories").json();
    assertThat(inventories.size()).isEqualTo(1);
    assertThat(inventories.get(0).get("year").asInt()).isEqualTo(inventoryYear);
    assertThat(inventories.get(0).get("territorialGrams").asLong()).isEqualTo(CITY_GRAMS);
    JsonNode compliance = api.get("/api/v1/city/ets/compliance/" + earlier).json();
    Map<String, String> status = new HashMap<>();
    for (JsonNode e : compliance) {
      status.put(e.get("id").asString(), e.get("status").asString());
    }
    assertThat(status)
        .containsEntry("DC-P01", "compliant")
        .containsEntry("DC-S03", "compliant")
        .containsEntry("DC-C02", "shortfall");

    String login = DemoCityGenerator.NAME + "/" + viewer.user().username();
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "en")) {
      b.logIn(login, PASSWORD);
      b.open("/city/map");
      assertThat(b.h1()).isEqualTo("City emissions map");
      b.waitFor("#district-map[data-drawn]");
      b.waitFor("#daily-trend[data-drawn]");
      assertThat(b.find("#alerts").getText()).contains("Industry");
      assertThat(b.find("#ytd-change").getText()).startsWith("\u2212");
      assertThat(b.find("#map-h").getText()).contains("19,158,500");
      assertThat(legend(b, 7111314)).isEqualTo("7,111,314");
      clickDistrict(b, "Old Town 老城");
      assertThat(b.find("#breakdown-h").getText()).isEqualTo("Old Town 老城");
      assertThat(b.find("#breakdown").getText()).contains("Residential").contains("All sectors");
      b.find("#metric-per-capita").click();
      b.waitFor("#district-map[data-metric='tonnesPerCapita']");
      b.find("#grid-layer").click();
      b.waitFor("#district-map[data-layers='districts cells']");
      b.screenshot("city-map");
      assertThat(b.find("nav").getText()).contains("City map");

      b.open("/city/ets?year=" + earlier);
      String ets = b.find("#enterprises").getText();
      assertThat(ets)
          .contains("Demo City Power Plant")
          .contains("Compliant")
          .contains("Shortfall after the deadline");
    }
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "zh-CN")) {
      b.logIn(login, PASSWORD);
      b.open("/city/map?lang=zh-CN");
      assertThat(b.h1()).isEqualTo("城市排放地图");
      b.waitFor("#district-map[data-drawn]");
      // zh-CN groups digits by thousands as well
      assertThat(legend(b, 7111314)).isEqualTo("7,111,314");
      // the demo districts are named in both languages, so the Chinese page names them in Chinese
      clickDistrict(b, "Old Town 老城");
      assertThat(b.find("#breakdown-h").getText()).contains("老城");
      assertThat(b.find("#breakdown").getText()).contains("部门").contains("居民生活");
      // no label the Chinese bundle words differently shows (the city's data, marked
      // translate="no", left out), as ConsoleChecks checks the company's pages
      String text =
          (String)
              ((JavascriptExecutor) b.driver)
                  .executeScript(
                      "const m = document.querySelector('main').cloneNode(true);"
                          + " m.querySelectorAll('code, [translate=no], script')"
                          + ".forEach(e => e.remove()); return m.textContent;");
      for (String label : englishLabels()) {
        assertThat(
                java.util.regex.Pattern.compile(
                        "(?<![\\w.-])" + java.util.regex.Pattern.quote(label) + "(?![\\w-])")
                    .matcher(text)
                    .find())
            .as("English label \"%s\" on the Chinese map page", label)
            .isFalse();
      }
      assertThat(text).contains("部门").contains("趋势预警").contains("工业");
      b.screenshot("city-map-zh");
    }
  }

  @Test
  void aCityWithoutDataIsToldWhatToUploadOnItsMapPage() {
    TenantFixture t = newTenant();
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "en")) {
      b.logIn(t.login(t.adminName), TenantFixture.PASSWORD);
      b.open("/city/map");
      assertThat(b.h1()).isEqualTo("City emissions map");
      assertThat(b.find("#no-districts").getText()).startsWith("No district boundaries yet");
      assertThat(b.find("#no-daily").getText()).startsWith("No daily estimates yet");
      assertThat(b.has("#district-map")).isFalse();
    }
  }

  /** The labels of the English bundle that the Chinese bundle words differently. */
  private static List<String> englishLabels() {
    java.util.Properties en = bundle("i18n/console.properties");
    java.util.Properties zh = bundle("i18n/console_zh_CN.properties");
    String allChinese =
        String.join("\n", zh.stringPropertyNames().stream().map(zh::getProperty).toList());
    List<String> labels = new java.util.ArrayList<>();
    for (String key : en.stringPropertyNames()) {
      if (key.startsWith("sentence.")) {
        // wordings of stored sentences, not labels: showsNoEnglishSentenceInStoredText reads them
        continue;
      }
      String label = en.getProperty(key).replaceAll("\\{\\d+}", "").strip();
      if (label.length() >= 4
          && label.chars().filter(Character::isLetter).count() >= 4
          && !label.equals(zh.getProperty(key))
          && !allChinese.contains(label)) {
        labels.add(label);
      }
    }
    assertThat(labels).contains("Sector breakdown", "Trend alerts");
    return labels;
  }

  private static java.util.Properties bundle(String resource) {
    java.util.Properties p = new java.util.Properties();
    try (var in = DemoCityChecks.class.getClassLoader().getResourceAsStream(resource);
        var r = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return p;
  }

  /** A number as the district map's legend prints it, in the page's language. */
  private static String legend(ConsoleBrowser b, long value) {
    return (String)
        ((JavascriptExecutor) b.driver)
            .executeScript(
                "var c = echarts.getInstanceByDom(document.getElementById('district-map'));"
                    + "return c.getOption().visualMap[0].formatter(arguments[0]);",
                value);
  }

  /** Clicks the centre of a district's box on the drawn map, as a visitor's mouse would. */
  private static void clickDistrict(ConsoleBrowser b, String name) {
    WebElement map = b.find("#district-map");
    Object at =
        ((JavascriptExecutor) b.driver)
            .executeScript(
                "var name = arguments[0];"
                    + "var d = JSON.parse(document.getElementById('city-map-data').textContent);"
                    + "var f = d.districts.features.filter(function (x) {"
                    + "  return x.properties.name === name; })[0];"
                    + "var ring = f.geometry.coordinates[0];"
                    + "var lon = (ring[0][0] + ring[2][0]) / 2, lat = (ring[0][1] + ring[2][1]) / 2;"
                    + "var c = echarts.getInstanceByDom(document.getElementById('district-map'));"
                    + "return c.convertToPixel({seriesIndex: 0}, [lon, lat]);",
                name);
    @SuppressWarnings("unchecked")
    List<Number> xy = (List<Number>) at;
    int x = xy.get(0).intValue() - map.getSize().getWidth() / 2;
    int y = xy.get(1).intValue() - map.getSize().getHeight() / 2;
    new Actions(b.driver).moveToElement(map, x, y).click().perform();
    new WebDriverWait(b.driver, Duration.ofSeconds(20))
        .until(dr -> !dr.findElements(By.cssSelector("#breakdown")).isEmpty());
  }
}
