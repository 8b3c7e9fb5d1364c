package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.scopeplus.server.security.RegisteringUser;
import org.scopeplus.store.user.Role;

/**
 * The web console in a real browser (Debian's headless Chromium) and over plain HTTP: the way in,
 * the role rules, the drill-down from the overview to a record and its factor's citation, the
 * language switch, CSRF and escaping. Every page is saved as a screenshot in both languages.
 */
abstract class ConsoleChecks extends ServiceChecks {

  /** A tenant with one period, its import and a run, and users of every role. */
  private TenantFixture calculated() {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    imported(t.admin, period, ApiClient.write(dir, "a.csv", ActivityFiles.small("R")));
    assertThat(ran(t.admin, period, Map.of()).status()).isEqualTo(201);
    return t;
  }

  /**
   * The overview shows the share of category 1 from supplier data: 7,500,000 g from a supplier's
   * footprint (3 t at 2.5 kg CO2e/kg) of 13,732,583 g (with 2 t of plastics at the BEIS 2021
   * average 3,116.291564 kg/t, 6,232,583 g), 54.6 %, in English and Chinese.
   */
  @Test
  void theOverviewShowsTheShareOfCategoryOneFromSupplierData() throws Exception {
    TenantFixture t = newTenant();
    Map<String, Object> pf =
        PactFootprints.footprint(
            "urn:gtin:7002", "geographyCountry", "DE", "2024-01-01T00:00:00Z", "Active");
    assertThat(
            t.dataOwner
                .post("/api/v1/pact/supplier-footprints", Map.of("data", List.of(pf)))
                .status())
        .isEqualTo(201);
    String period = period2024(t.admin);
    imported(
        t.admin,
        period,
        ApiClient.write(
            dir,
            "purchases.csv",
            "record_id,org_unit,facility,period,activity_type,quantity,unit,region,"
                + "supplier_product_id\n"
                + "P-1,Group/Plant,,2024-06,s3.c1.mass.plastics_average,3,t,DE,urn:gtin:7002\n"
                + "P-2,Group/Plant,,2024-06,s3.c1.mass.plastics_average,2,t,GLOBAL,\n"));
    ran(t.admin, period, Map.of());
    HttpClient http = signedIn(user(t, "admin"));
    String en = http.send(get("/overview"), HttpResponse.BodyHandlers.ofString()).body();
    assertThat(en).contains("54.6%", "calculated from supplier data");
    String zh = chineseOverview(http);
    assertThat(zh).contains("采用供应商数据");
  }

  /**
   * The overview lists the factors its run used for another year beside the totals, in English and
   * Chinese: the 2024 Zhejiang electricity on the 2023 provincial factor, 24,300 MWh x 0.4974 t/MWh
   * = 12,086.82 t location-based (MEE & NBS Announcement 2025 No. 47, Table 3, Zhejiang).
   */
  @Test
  void theOverviewListsTheFactorsUsedForAnotherYear() throws Exception {
    TenantFixture t = calculated();
    HttpClient http = signedIn(user(t, "viewer"));
    String en = http.send(get("/overview"), HttpResponse.BodyHandlers.ofString()).body();
    int start = en.indexOf("id=\"factor-years\"");
    assertThat(start).isPositive();
    String section = en.substring(start, en.indexOf("</section>", start));
    // 12,086.82 t shown to whole tonnes (100 t and more), after it 14,813.28 t market-based
    assertThat(section)
        .contains("Factors used for another year", "Nearest earlier year", "2024")
        .containsSubsequence("cn_mee_nbs.average.cn-zj.2023", "12,087", "0")
        .containsSubsequence("cn_mee_nbs.excl_market_nonfossil.cn.2023", "0", "14,813");
    String zh = chineseOverview(http);
    assertThat(zh).contains("用于其他年份的排放因子", "最近的较早年份", "cn_mee_nbs.average.cn-zj.2023");
    assertThat(zh).doesNotContain("Factors used for another year", "Nearest earlier year");
  }

  /** The overview as a Chinese reader's browser asks for it. */
  private String chineseOverview(HttpClient http) throws Exception {
    return http.send(
            HttpRequest.newBuilder(uri("/overview?lang=zh-CN"))
                .header("Accept", "text/html")
                .header("Accept-Language", "zh-CN")
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private String user(TenantFixture t, String role) {
    return t.login(role + "-" + t.name.substring("tenant-".length()));
  }

  @Test
  void aBrowserAtTheRootIsSentToTheLoginPageAndTheApiAnswers401WithAChallenge() throws Exception {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> root =
        http.send(
            HttpRequest.newBuilder(uri("/")).header("Accept", "text/html").build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(root.statusCode()).isEqualTo(302);
    assertThat(root.headers().firstValue("Location").orElse("")).endsWith("/login");

    HttpResponse<String> api =
        http.send(
            HttpRequest.newBuilder(uri("/api/v1/me")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.headers().firstValue("WWW-Authenticate").orElse(""))
        .contains("Basic realm=\"ScopePlus\"", "Bearer");
    assertThat(api.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(api.body()).contains("\"status\":401");
  }

  @Test
  void aChangeWithoutItsCsrfTokenIsRefusedAndWithItGoesThrough() throws Exception {
    TenantFixture t = calculated();
    HttpClient http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager())
            .build();
    // logging in without the token is refused too
    HttpResponse<String> noToken =
        http.send(
            form(
                "/login", Map.of("username", user(t, "admin"), "password", TenantFixture.PASSWORD)),
            HttpResponse.BodyHandlers.ofString());
    assertThat(noToken.statusCode()).isEqualTo(403);
    HttpResponse<String> login = http.send(get("/login"), HttpResponse.BodyHandlers.ofString());
    String token = csrf(login.body());
    HttpResponse<String> in =
        http.send(
            form(
                "/login",
                Map.of(
                    "username",
                    user(t, "admin"),
                    "password",
                    TenantFixture.PASSWORD,
                    "_csrf",
                    token)),
            HttpResponse.BodyHandlers.ofString());
    assertThat(in.statusCode()).isEqualTo(302);
    assertThat(in.headers().firstValue("Location").orElse("")).endsWith("/overview");
    assertThat(http.send(get("/overview"), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(200);

    String newPassword = "another long test password 2";
    Map<String, String> change =
        Map.of(
            "oldPassword", TenantFixture.PASSWORD,
            "newPassword", newPassword,
            "repeatPassword", newPassword);
    HttpResponse<String> refused =
        http.send(form("/account/password", change), HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(403);
    // the password is unchanged: the API still takes the old one
    assertThat(
            new ApiClient(port, ApiClient.basic(user(t, "admin"), TenantFixture.PASSWORD))
                .get("/api/v1/me")
                .status())
        .isEqualTo(200);
    String pageToken =
        csrf(http.send(get("/account/password"), HttpResponse.BodyHandlers.ofString()).body());
    Map<String, String> withToken = new java.util.HashMap<>(change);
    withToken.put("_csrf", pageToken);
    HttpResponse<String> changed =
        http.send(form("/account/password", withToken), HttpResponse.BodyHandlers.ofString());
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.body()).contains("id=\"password-changed\"");
    assertThat(
            new ApiClient(port, ApiClient.basic(user(t, "admin"), newPassword))
                .get("/api/v1/me")
                .status())
        .isEqualTo(200);
    // this session goes on after its own password change
    assertThat(http.send(get("/overview"), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(200);
  }

  @Test
  void eachRoleSeesWhatItMayAndIsRefusedTheRest() {
    TenantFixture t = calculated();
    String run = t.admin.get("/api/v1/runs").json().get("items").get(0).get("id").asString();
    String record = "/explorer/record?run=" + run + "&record=R-E1";
    List<String> everyone =
        List.of("/overview", "/explorer", "/imports", "/runs", "/base-year", "/scope3plus");
    Map<String, List<String>> nav =
        Map.of(
            "admin", List.of("/verifier", "/admin"),
            "owner", List.of("/verifier"),
            "verifier", List.of("/verifier"),
            "viewer", List.of());
    Map<String, List<String>> hidden =
        Map.of(
            "admin", List.of(),
            "owner", List.of("/admin"),
            "verifier", List.of("/admin"),
            "viewer", List.of("/verifier", "/admin"));
    for (String role : List.of("admin", "owner", "verifier", "viewer")) {
      try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "en")) {
        b.logIn(user(t, role), TenantFixture.PASSWORD);
        assertThat(b.path())
            .as("%s, on a page saying: %s", role, b.find("body").getText())
            .isEqualTo("/overview");
        assertThat(b.find("#signed-in").getText()).as(role).contains(t.name);
        List<String> links =
            b.driver.findElements(By.cssSelector("nav.nav a")).stream()
                .map(a -> URI.create(a.getAttribute("href")).getPath())
                .toList();
        List<String> expected = new java.util.ArrayList<>(everyone);
        expected.addAll(nav.get(role));
        assertThat(links).as(role).containsAll(expected);
        for (String absent : hidden.get(role)) {
          assertThat(links).as(role).doesNotContain(absent);
        }
        b.open("/admin");
        if (role.equals("admin")) {
          assertThat(b.find("#users-table").getText()).contains("viewer-");
        } else {
          assertThat(b.find("#refusal").getText()).as(role).contains("Only an admin");
        }
        b.open("/verifier");
        assertThat(b.has("#audit-check"))
            .as(role)
            .isEqualTo(List.of("admin", "verifier").contains(role));
        b.open(record);
        if (role.equals("viewer")) {
          assertThat(b.find("#refusal").getText()).contains("viewer");
        } else {
          assertThat(b.find(".citation").getText()).as(role).isNotBlank();
        }
      }
    }
    // a user of another tenant finds nothing of this one
    TenantFixture other = newTenant();
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "en")) {
      b.logIn(user(other, "admin"), TenantFixture.PASSWORD);
      b.open(record);
      assertThat(b.find("h1").getText()).contains("404");
    }
  }

  @Test
  void theOverviewDrillsDownToARecordAndItsFactorWithItsCitation() {
    TenantFixture t = calculated();
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "en")) {
      b.logIn(user(t, "verifier"), TenantFixture.PASSWORD);
      b.chartsDrawn();
      assertThat(b.find("#total-location").getText()).isNotBlank();
      b.follow("#units-table a"); // the largest business unit: Cloud
      assertThat(b.path()).startsWith("/explorer").contains("unit=Group/Cloud");
      b.follow("#facilities-table a");
      assertThat(b.find("nav.crumbs").getText()).contains("Cloud", "DC-Hangzhou");
      b.follow("#types-table a");
      assertThat(b.find("nav.crumbs").getText()).contains("s2.electricity");
      WebElement line = b.find("#lines-table a");
      assertThat(line.getText()).startsWith("R-E");
      b.follow("#lines-table a");
      assertThat(b.h1()).contains("R-E");
      assertThat(b.find("#record-table").getText()).contains("DC-Hangzhou", "12500", "MWh");
      assertThat(b.find(".factor-id").getText()).isNotBlank();
      assertThat(b.find(".citation").getText()).isNotBlank();
    }
  }

  @Test
  void aBadFileIsRefusedWithEachProblemBesideItsRowAndAGoodOneIsStored() {
    TenantFixture t = calculated();
    java.nio.file.Path bad =
        ApiClient.write(
            dir,
            "bad.csv",
            ActivityFiles.HEADER
                + "B-1,Group/Cloud/DC-Hangzhou,DC-Hangzhou,2024-03,s2.electricity,12,MWh,CN-ZJ,,,measured,m\n"
                + "B-2,Group/Cloud/DC-Hangzhou,DC-Hangzhou,2024-03,s2.electricity,lots,MWh,CN-ZJ,,,measured,m\n"
                + "B-3,Group/Cloud/DC-Hangzhou,DC-Hangzhou,2024-03,s2.electricity,5,kg,CN-ZJ,,,measured,m\n");
    java.nio.file.Path good =
        ApiClient.write(
            dir,
            "good.csv",
            ActivityFiles.HEADER
                + "G-1,Group/Cloud/DC-Hangzhou,DC-Hangzhou,2024-04,s2.electricity,12,MWh,CN-ZJ,,,measured,m\n");
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "en")) {
      b.logIn(user(t, "owner"), TenantFixture.PASSWORD);
      b.open("/imports");
      b.find("#upload-file").sendKeys(bad.toAbsolutePath().toString());
      b.follow("#upload-submit");
      assertThat(b.find("#problems-h").getText()).contains("bad.csv", "nothing was stored");
      List<WebElement> rows = b.driver.findElements(By.cssSelector("#problem-rows tbody tr"));
      assertThat(rows).hasSize(3);
      assertThat(rows.get(0).getAttribute("class")).doesNotContain("problem-row");
      assertThat(rows.get(1).getAttribute("class")).contains("problem-row");
      assertThat(rows.get(1).findElement(By.cssSelector(".problem")).getText())
          .contains("quantity");
      assertThat(rows.get(2).findElement(By.cssSelector(".problem")).getText()).isNotBlank();
      b.screenshot("imports-refused-en-1280");
      b.find("#upload-file").sendKeys(good.toAbsolutePath().toString());
      b.follow("#upload-submit");
      assertThat(b.find("#import-stored").getText()).contains("good.csv", "1");
      assertThat(b.find("#imports-table").getText()).contains("good.csv").doesNotContain("bad.csv");
    }
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "en")) {
      b.logIn(user(t, "viewer"), TenantFixture.PASSWORD);
      b.open("/imports");
      assertThat(b.has("#upload-file")).isFalse();
      assertThat(b.find("#imports-table").getText()).contains("a.csv");
    }
  }

  /** A bus trip instead of a car, as the Scope 3+ checks send it. */
  private static Map<String, Object> busTrip(String id, String actor, double km, String time) {
    return Map.of(
        "event_id",
        id,
        "programme",
        "maps",
        "actor",
        actor,
        "action",
        "green_trip.cycle",
        "quantities",
        List.of(Map.of("value", km, "unit", "km")),
        "time",
        time,
        "region",
        "GB",
        "evidence",
        "ev:" + id);
  }

  @Test
  void scope3PlusShowsTheProgrammeTotalsTheRefusalsAndAPersonalAccountStatement() {
    TenantFixture t = newTenant();
    String p = "c" + java.util.UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> unknown =
        new java.util.HashMap<>(busTrip(p + "-3", p + "-a1", 5, "2024-05-03T09:00:00Z"));
    unknown.put("action", "teleportation.instead_of_flight");
    ApiClient.Reply r =
        t.admin.post(
            "/api/v1/ecosystem/events",
            List.of(
                busTrip(p + "-1", p + "-a1", 12.5, "2024-05-01T08:00:00Z"),
                busTrip(p + "-2", p + "-a1", 8.0, "2024-05-02T08:00:00Z"),
                unknown));
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    long grams =
        t.verifier.get("/api/v1/ecosystem/accounts/" + p + "-a1").json().get("grams").asLong();
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "zh-CN")) {
      b.logIn(user(t, "verifier"), TenantFixture.PASSWORD);
      b.open("/scope3plus");
      b.chartsDrawn();
      assertThat(b.h1()).isEqualTo("范围3+");
      assertThat(b.find("#refusals").getText()).contains("UNKNOWN_ACTION");
      // the methodologies' guidance: data years of the parameters, the first year counted
      assertThat(b.find("#m-ride_pooling\\.private_car").getText())
          .contains("数据年份")
          .contains("自 2021 年起计入事件")
          .contains("grid（其他数据年份）");
      assertThat(b.find("#m-green_trip\\.bus").getText()).contains("计入前需要配置");
      b.open("/scope3plus/account?actor=" + p + "-a1&month=2024-05");
      assertThat(b.h1()).isEqualTo("个人碳账户");
      assertThat(b.find("#account-avoided").getText()).isEqualTo(grams + " 克二氧化碳当量");
      assertThat(b.driver.findElements(By.cssSelector("#statement-entries tbody tr"))).hasSize(2);
      b.screenshot("scope3plus-account-zh-CN-1280");
    }
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "en")) {
      b.logIn(user(t, "viewer"), TenantFixture.PASSWORD);
      b.open("/scope3plus/account?actor=" + p + "-a1");
      assertThat(b.find("#refusal").getText()).contains("viewer");
    }
  }

  @Test
  void theLanguageSwitchAndAcceptLanguageGiveChineseAndTheChoiceIsKept() {
    TenantFixture t = calculated();
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "en")) {
      b.logIn(user(t, "admin"), TenantFixture.PASSWORD);
      assertThat(b.h1()).isEqualTo("Overview");
      b.follow("#lang-zh");
      assertThat(b.h1()).isEqualTo("概览");
      assertThat(b.find("html").getAttribute("lang")).isEqualTo("zh-CN");
      b.open("/explorer");
      assertThat(b.h1()).isEqualTo("清单浏览");
      b.follow("#lang-en");
      assertThat(b.h1()).isEqualTo("Inventory explorer");
    }
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "zh-CN")) {
      b.open("/login");
      assertThat(b.h1()).isEqualTo("登录");
      b.logIn(user(t, "admin"), TenantFixture.PASSWORD);
      assertThat(b.h1()).isEqualTo("概览");
      // numbers are written as the language writes them: 12,500 MWh x 0.5306 t/MWh in tonnes
      assertThat(b.find("#totals").getText()).contains("范围2（基于位置）");
    }
  }

  @Test
  void aNameWithAScriptTagIsShownAsTextNeverRun() {
    String tenant = "<script>window.pwned=1</script>-" + java.util.UUID.randomUUID();
    RegisteringUser.Outcome o =
        database.inTransaction(
            c ->
                new RegisteringUser()
                    .register(
                        c,
                        tenant,
                        "admin",
                        TenantFixture.PASSWORD,
                        Role.ADMIN,
                        List.of(),
                        "test",
                        true));
    assertThat(o).isInstanceOf(RegisteringUser.Outcome.Added.class);
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "en")) {
      b.logIn(tenant + "/admin", TenantFixture.PASSWORD);
      assertThat(b.find("#signed-in").getText()).contains("<script>window.pwned=1</script>");
      assertThat(
              ((org.openqa.selenium.JavascriptExecutor) b.driver)
                  .executeScript("return typeof window.pwned"))
          .isEqualTo("undefined");
      assertThat(b.driver.getPageSource()).contains("&lt;script&gt;window.pwned=1&lt;/script&gt;");
    }
  }

  @Test
  void everyPageIsSavedAsAScreenshotInBothLanguagesAtLaptopAndPhoneWidth() {
    TenantFixture t = calculated();
    String run = t.admin.get("/api/v1/runs").json().get("items").get(0).get("id").asString();
    ApiClient.Reply base = t.admin.put("/api/v1/base-year", Map.of("runId", run));
    assertThat(base.status()).as(base.text()).isEqualTo(200);
    List<String> pages =
        List.of(
            "/overview",
            "/explorer",
            "/explorer?unit=Group/Cloud&facility=DC-Hangzhou&type=s2.electricity",
            "/explorer/record?run=" + run + "&record=R-E1",
            "/imports",
            "/runs?before=" + run + "&after=" + run + "&dimension=org-unit",
            "/base-year?candidate=" + run + "&trigger=discovered-error",
            "/scope3plus",
            "/verifier",
            "/admin",
            "/account/password");
    scope3PlusWithRatesAndDeductions(t);
    for (String lang : List.of("en", "zh-CN")) {
      for (int width : new int[] {1366, 390}) {
        try (ConsoleBrowser b = new ConsoleBrowser(port, width, lang)) {
          b.open("/login");
          b.screenshot("login-" + lang + "-" + width);
          b.logIn(user(t, "admin"), TenantFixture.PASSWORD);
          for (String page : pages) {
            b.open(page);
            b.chartsDrawn();
            assertThat(b.find("html").getAttribute("lang")).isEqualTo(lang);
            b.screenshot(name(page) + "-" + lang + "-" + width);
          }
        }
      }
    }
    assertThat(ConsoleBrowser.SCREENSHOTS.resolve("overview-zh-CN-1366.png")).exists();
  }

  @Test
  void anAdminAddsAUserAndChangesARoleFromTheConsoleAndOtherRolesAreRefused() throws Exception {
    TenantFixture t = calculated();
    String newcomer = "newcomer-" + t.name.substring("tenant-".length());
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "en")) {
      b.logIn(user(t, "admin"), TenantFixture.PASSWORD);
      b.open("/admin");
      b.find("#add-user summary").click();
      b.find("#new-username").sendKeys(newcomer);
      b.find("#new-password").sendKeys("a newcomer's long password 7");
      new org.openqa.selenium.support.ui.Select(b.find("#new-role")).selectByValue("data-owner");
      b.find("#new-units").sendKeys("Group/Cloud");
      b.follow("#add-user-submit");
      assertThat(b.find("#admin-done").getText()).contains(newcomer);
      assertThat(b.find("#user-" + newcomer).getText()).contains("data owner", "Group/Cloud");

      // a data owner without an org unit is refused as the API refuses it, nothing changes
      b.find("#change-access summary").click();
      new org.openqa.selenium.support.ui.Select(b.find("#access-user"))
          .selectByVisibleText(newcomer);
      new org.openqa.selenium.support.ui.Select(b.find("#access-role")).selectByValue("data-owner");
      b.follow("#access-submit");
      b.waitFor("#admin-refused");
      assertThat(b.find("#admin-refused").getText()).contains("at least one org unit");
      assertThat(b.find("#user-" + newcomer).getText()).contains("Group/Cloud");

      b.find("#change-access summary").click();
      new org.openqa.selenium.support.ui.Select(b.find("#access-user"))
          .selectByVisibleText(newcomer);
      new org.openqa.selenium.support.ui.Select(b.find("#access-role")).selectByValue("verifier");
      b.follow("#access-submit");
      b.waitFor("#admin-done");
      assertThat(b.find("#admin-done").getText()).contains(newcomer);
      assertThat(b.find("#user-" + newcomer).getText()).contains("verifier");

      // an admin keeps their own admin role
      String me = "admin-" + t.name.substring("tenant-".length());
      b.find("#change-access summary").click();
      new org.openqa.selenium.support.ui.Select(b.find("#access-user")).selectByVisibleText(me);
      new org.openqa.selenium.support.ui.Select(b.find("#access-role")).selectByValue("viewer");
      b.follow("#access-submit");
      b.waitFor("#admin-refused");
      assertThat(b.find("#admin-refused").getText()).contains("own admin role");
      b.screenshot("admin-refused-en-1280");
    }
    // the new user signs in with the role given; each change is in the audit trail by the admin
    assertThat(
            new ApiClient(port, ApiClient.basic(t.login(newcomer), "a newcomer's long password 7"))
                .get("/api/v1/me")
                .json()
                .get("role")
                .asString())
        .isEqualTo("verifier");
    String trail = t.admin.get("/api/v1/audit?size=20").text();
    assertThat(trail).contains("user.added", "user.access_changed", newcomer);

    // another role posting the same forms, with a valid CSRF token of its own session, is refused
    for (String role : List.of("owner", "verifier", "viewer")) {
      HttpClient http = signedIn(user(t, role));
      String token =
          csrf(http.send(get("/account/password"), HttpResponse.BodyHandlers.ofString()).body());
      HttpResponse<String> add =
          http.send(
              form(
                  "/admin/users",
                  Map.of(
                      "username",
                      "intruder",
                      "password",
                      "an intruder's password 99",
                      "role",
                      "admin",
                      "orgUnits",
                      "",
                      "_csrf",
                      token)),
              HttpResponse.BodyHandlers.ofString());
      assertThat(add.statusCode()).as(role).isEqualTo(403);
      HttpResponse<String> base =
          http.send(
              form("/base-year", Map.of("runId", "x", "replace", "true", "_csrf", token)),
              HttpResponse.BodyHandlers.ofString());
      assertThat(base.statusCode()).as(role).isEqualTo(403);
    }
    assertThat(t.admin.get("/api/v1/users?size=100").text()).doesNotContain("intruder");
    // and without the token even an admin is refused
    HttpClient admin = signedIn(user(t, "admin"));
    HttpResponse<String> noToken =
        admin.send(
            form(
                "/admin/users",
                Map.of(
                    "username",
                    "no-token",
                    "password",
                    "a no-token password 123",
                    "role",
                    "viewer",
                    "orgUnits",
                    "")),
            HttpResponse.BodyHandlers.ofString());
    assertThat(noToken.statusCode()).isEqualTo(403);
  }

  @Test
  void anAdminSetsReplacesAndRestatesTheBaseYearFromTheConsoleWithAReason() {
    TenantFixture t = calculated();
    String period =
        t.admin.get("/api/v1/runs").json().get("items").get(0).get("periodId").asString();
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "en")) {
      b.logIn(user(t, "admin"), TenantFixture.PASSWORD);
      b.open("/base-year");
      b.follow("#set-submit");
      assertThat(b.find("#base-year-done").getText()).contains("2024");
      assertThat(b.find("#base-year").getText()).contains("2024", "5.0%");
    }
    // a second run of the year: choosing it as the base year needs "replace"
    assertThat(ran(t.admin, period, Map.of()).status()).isEqualTo(201);
    String second = t.admin.get("/api/v1/runs").json().get("items").get(0).get("id").asString();
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "en")) {
      b.logIn(user(t, "admin"), TenantFixture.PASSWORD);
      b.open("/base-year");
      new org.openqa.selenium.support.ui.Select(b.find("#set-run")).selectByValue(second);
      b.follow("#set-submit");
      assertThat(b.find("#base-year-refused").getText()).contains("Replace the base year");
      assertThat(t.admin.get("/api/v1/base-year").json().get("runId").asString())
          .isNotEqualTo(second);
      new org.openqa.selenium.support.ui.Select(b.find("#set-run")).selectByValue(second);
      b.find("#set-replace").click();
      b.follow("#set-submit");
      assertThat(b.find("#base-year-done").getText()).contains("2024");
      assertThat(t.admin.get("/api/v1/base-year").json().get("runId").asString()).isEqualTo(second);

      // assess a recalculation, then restate with a reason
      b.open("/base-year?candidate=" + second + "&trigger=discovered-error");
      assertThat(b.find("#assessment").getText()).contains("no restatement is required");
      b.find("#restate-reason").sendKeys("meter DC-Hangzhou re-read after calibration");
      b.follow("#restate-submit");
      assertThat(b.find("#base-year-done").getText()).contains("restated");
      assertThat(b.find("#restatements").getText())
          .contains("meter DC-Hangzhou re-read after calibration", "discovered error");
      b.screenshot("base-year-restated-en-1280");
    }
    String trail = t.admin.get("/api/v1/audit?size=20").text();
    assertThat(trail).contains("base_year.set", "restatement.added");
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "en")) {
      b.logIn(user(t, "verifier"), TenantFixture.PASSWORD);
      b.open("/base-year");
      assertThat(b.has("#set-form")).isFalse();
      assertThat(b.find("#restatements").getText()).contains("calibration");
    }
  }

  /**
   * Every label of the English bundle that the Chinese bundle words differently, and the stored
   * record columns: none may show on a Chinese page. Identifiers in {@code <code>}, citations and
   * data marked {@code translate="no"} are left out; abbreviations the Chinese text keeps (GWP,
   * CSV, API) are not labels of their own.
   */
  @Test
  void aChinesePageShowsNoKnownEnglishLabel() throws Exception {
    TenantFixture t = calculated();
    String run = t.admin.get("/api/v1/runs").json().get("items").get(0).get("id").asString();
    assertThat(t.admin.put("/api/v1/base-year", Map.of("runId", run)).status()).isEqualTo(200);
    scope3PlusWithRatesAndDeductions(t);
    List<String> labels = ConsoleBrowser.englishLabels();
    assertThat(labels).contains("Source row", "Points rates", "source_row");
    List<String> pages =
        List.of(
            "/overview",
            "/explorer",
            "/explorer?unit=Group/Cloud&facility=DC-Hangzhou&type=s2.electricity",
            "/explorer/record?run=" + run + "&record=R-E1",
            "/imports",
            "/runs?before=" + run + "&after=" + run + "&dimension=org-unit",
            "/base-year?candidate=" + run + "&trigger=discovered-error",
            "/scope3plus",
            "/verifier",
            "/admin",
            "/suppliers",
            "/account/password");
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, "zh-CN")) {
      b.logIn(user(t, "admin"), TenantFixture.PASSWORD);
      for (String page : pages) {
        b.open(page);
        b.showsNoneOf(labels, page);
      }
    }
  }

  /**
   * Stored values the product has Chinese wording for are shown in it on a Chinese page: the scopes
   * of a run comparison (范围1, 范围2（基于位置）, glossary section 2), an activity type by its catalog name
   * (activity-types.zh-CN.csv: s2.electricity 购入电力) and a record's data quality by its tier (实测值,
   * glossary section 6); the stored text stays beside it for the verifier.
   */
  @Test
  void aChinesePageNamesStoredScopesActivityTypesAndDataQualityInChinese() {
    TenantFixture t = calculated();
    String run = t.admin.get("/api/v1/runs").json().get("items").get(0).get("id").asString();
    String compare = "/runs?before=" + run + "&after=" + run;
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, "zh-CN")) {
      b.logIn(user(t, "admin"), TenantFixture.PASSWORD);
      b.open(compare + "&dimension=scope");
      String scopes = b.find("#comparison tbody").getText();
      assertThat(scopes)
          .contains("范围1", "范围2（基于位置）", "范围2（基于市场）", "范围3", "生物源二氧化碳（单独报告）")
          .doesNotContain("scope1", "scope2-location", "biogenic-co2");
      b.open(compare + "&dimension=activity-type");
      assertThat(b.find("#comparison tbody").getText())
          .contains("购入电力")
          .doesNotContain("s2.electricity");
      b.open("/explorer/record?run=" + run + "&record=R-E1");
      WebElement type = rowOf(b, "activity_type");
      assertThat(type.findElement(By.tagName("span")).getText()).isEqualTo("购入电力");
      assertThat(type.findElement(By.tagName("code")).getText()).isEqualTo("s2.electricity");
      WebElement quality = rowOf(b, "data_quality");
      assertThat(quality.findElement(By.tagName("span")).getText()).isEqualTo("实测值");
      assertThat(quality.findElement(By.tagName("code")).getText()).isEqualTo("measured");
      b.screenshot("stored-values-zh-CN");
      // the audit trail names its actions (the stored action stays beside it)
      b.open("/verifier");
      String trail = b.find("#audit-trail tbody").getText();
      assertThat(trail)
          .contains(
              "导入已保存 import.stored (activity_import)", "完成核算 run.calculated (calculation_run)");
    }
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, "en")) {
      b.logIn(user(t, "admin"), TenantFixture.PASSWORD);
      b.open(compare + "&dimension=scope");
      assertThat(b.find("#comparison tbody").getText())
          .contains("Scope 2 (location-based)")
          .doesNotContain("scope2-location");
      b.open("/explorer/record?run=" + run + "&record=R-E1");
      assertThat(rowOf(b, "activity_type").getText()).isEqualTo("s2.electricity");
      assertThat(rowOf(b, "data_quality").getText()).isEqualTo("Measured measured");
    }
  }

  /**
   * Sentences the service stores in English are said in Chinese on Chinese pages and as stored on
   * English ones: a refused file's located problems ("quantity 'lots' is not a number ..."), the
   * audit trail's details ("run of period 2024: 3 records, AR5, operational_control"), the built-in
   * Scope 3+ methodology titles (green_trip.cycle, reviewed against glossary section 12: 绿色出行, 人公里,
   * 方法学); a factor's citation stays as the source published it, with a Chinese note saying so. No
   * text of these holds an English sentence on a Chinese page.
   */
  @Test
  void storedSentencesAreSaidInThePagesLanguageAndCitationsStayAsPublished() {
    TenantFixture t = calculated();
    String run = t.admin.get("/api/v1/runs").json().get("items").get(0).get("id").asString();
    scope3PlusWithRatesAndDeductions(t);
    java.nio.file.Path bad =
        ApiClient.write(
            dir,
            "bad-zh.csv",
            ActivityFiles.HEADER
                + "Z-1,Group/Cloud/DC-Hangzhou,DC-Hangzhou,2024-03,s2.electricity,lots,MWh,CN-ZJ,,,measured,m\n"
                + "Z-2,Group/Cloud/DC-Hangzhou,DC-Hangzhou,2024-03,s2.electricity,5,kg,CN-ZJ,,,measured,m\n"
                + "Z-3,Group/Cloud/DC-Hangzhou,DC-Hangzhou,2024-13,s2.electricity,5,MWh,CN-ZJ,,,measured,m\n"
                + "Z-4,Group//DC-Hangzhou,DC-Hangzhou,2024-03,s2.electricity,5,MWh,CN-ZJ,,,measured,m\n");
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, "zh-CN")) {
      b.logIn(user(t, "admin"), TenantFixture.PASSWORD);
      b.open("/imports");
      b.find("#upload-file").sendKeys(bad.toAbsolutePath().toString());
      b.follow("#upload-submit");
      List<WebElement> rows = b.driver.findElements(By.cssSelector("#problem-rows tbody tr"));
      assertThat(rows).hasSize(4);
      assertThat(rows.get(0).findElement(By.cssSelector(".problem")).getText())
          .contains("数量“lots”不是数字（小数点用英文句点，不加千位分隔符）")
          .doesNotContain("is not a number");
      assertThat(rows.get(1).findElement(By.cssSelector(".problem")).getText())
          .contains("单位 kg 计量的是质量，而活动类型 s2.electricity 以能量计量");
      assertThat(rows.get(2).findElement(By.cssSelector(".problem")).getText())
          .contains("期间“2024-13”不是有效的月份");
      // a problem the core gives with a code is said by its key, its arguments as written
      assertThat(rows.get(3).findElement(By.cssSelector(".problem")).getText())
          .contains("组织单元路径“Group//DC-Hangzhou”有空层级（第 2 层）")
          .doesNotContain("has an empty level");
      assertThat(b.showsNoEnglishSentenceInStoredText("/imports")).isGreaterThanOrEqualTo(4);
      b.screenshot("imports-refused-zh-CN-stored-sentences");

      b.open("/verifier");
      String trail = b.find("#audit-trail tbody").getText();
      assertThat(trail)
          .contains("a.csv：3 条记录导入报告期 FY2024", "报告期 FY2024 的核算批次：3 条记录，")
          .doesNotContain("records into period", "run of period", "_control");
      assertThat(b.showsNoEnglishSentenceInStoredText("/verifier")).isGreaterThanOrEqualTo(2);
      b.screenshot("verifier-zh-CN-stored-sentences");

      b.open("/scope3plus");
      assertThat(b.find("main").getText())
          .contains("以骑行替代其他出行方式，按人公里计（ACM0016 结构）")
          .doesNotContain("Cycling instead of other modes");
      // a parameter's verification said in words, its stored status in the cell's title
      assertThat(b.find("main").getText()).contains("次级来源", "已发布").doesNotContain("SECONDARY");
      assertThat(b.showsNoEnglishSentenceInStoredText("/scope3plus")).isGreaterThanOrEqualTo(30);

      b.open("/explorer/record?run=" + run + "&record=R-E1");
      assertThat(b.find(".citation").getText()).isNotBlank();
      assertThat(b.find(".citation-kept").getText()).isEqualTo("来源的引用按原文显示，不作翻译。");
      // the factor notes: how the region and the factor's validity were found, and the
      // market-based line's step of the Scope 2 Guidance hierarchy
      String notes =
          String.join(
              "\n",
              b.driver.findElements(By.cssSelector(".factor-note")).stream()
                  .map(WebElement::getText)
                  .toList());
      assertThat(notes).contains("地区 CN", "有效期", "基于市场：").doesNotContain("matched", "market-based");
      assertThat(b.showsNoEnglishSentenceInStoredText("/explorer/record")).isGreaterThan(2);
      b.screenshot("record-zh-CN-citation-kept");
    }
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, "en")) {
      b.logIn(user(t, "admin"), TenantFixture.PASSWORD);
      b.open("/verifier");
      assertThat(b.find("#audit-trail tbody").getText())
          .contains("a.csv: 3 records into period FY2024", "run of period FY2024: 3 records, ");
      b.open("/scope3plus");
      assertThat(b.find("main").getText())
          .contains("Cycling instead of other modes, per passenger-km (ACM0016 structure)");
      b.open("/explorer/record?run=" + run + "&record=R-E1");
      assertThat(b.has(".citation-kept")).isFalse();
      b.screenshot("verifier-en-stored-sentences");
    }
  }

  /**
   * One refusal of each kind said in Chinese on its page, none of them in English: an activity file
   * whose quote is never closed and one with a NUL in a cell (imports), a significance threshold of
   * 0 (base year), a user name already taken (admin). The Scope 3+ configuration check, an
   * allocation's Scope 2 Quality Criterion and a weather file's refusal are shown in Chinese by the
   * tests of their pages.
   */
  @Test
  void refusalsOfEachKindAreSaidInChineseOnTheirPages() {
    TenantFixture t = calculated();
    java.nio.file.Path unclosed =
        ApiClient.write(
            dir,
            "unclosed-zh.csv",
            ActivityFiles.HEADER
                + "Z-1,\"Group/Cloud/DC-Hangzhou,DC-Hangzhou,2024-03,s2.electricity,5,MWh,CN-ZJ,,,measured,m\n");
    java.nio.file.Path nul =
        ApiClient.write(
            dir,
            "nul-zh.csv",
            ActivityFiles.HEADER
                + "Z-1,Group/Cloud/DC-Hangzhou,DC-Hangzhou,2024-03,s2.electricity,5\u0000,MWh,CN-ZJ,,,measured,m\n");
    List<String> labels = ConsoleBrowser.englishLabels();
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, "zh-CN")) {
      b.logIn(user(t, "admin"), TenantFixture.PASSWORD);
      b.open("/imports");
      b.find("#upload-file").sendKeys(unclosed.toAbsolutePath().toString());
      b.follow("#upload-submit");
      // a row that cannot be read is listed under the problems, not beside a row
      String problem = b.find("section[aria-labelledby='problems-h']").getText();
      assertThat(problem).contains("本行开始的带引号单元格没有闭合：缺少结尾的引号（\"）").doesNotContain("never closed");
      b.showsNoneOf(labels, "/imports");
      b.screenshot("imports-refused-syntax-zh-CN");
      b.open("/imports");
      b.find("#upload-file").sendKeys(nul.toAbsolutePath().toString());
      b.follow("#upload-submit");
      assertThat(b.find("section[aria-labelledby='problems-h']").getText())
          .contains("在第 2 个字符处含有 NUL 字符（U+0000）；请删除")
          .doesNotContain("holds a NUL");

      b.open("/base-year");
      WebElement threshold = b.find("#set-threshold");
      threshold.clear();
      threshold.sendKeys("0");
      b.follow("#set-submit");
      assertThat(b.find("#base-year-refused").getText())
          .contains("显著性阈值必须在 0 到 1 之间（0.05 即 5%）")
          .doesNotContain("significance threshold must");
      assertThat(b.has("#base-year")).as("nothing was set").isFalse();
      b.showsNoneOf(labels, "/base-year");
      b.screenshot("base-year-refused-zh-CN");

      b.open("/admin");
      b.find("#add-user summary").click();
      b.find("#new-username").sendKeys(t.adminName);
      b.find("#new-password").sendKeys("a newcomer's long password 7");
      new org.openqa.selenium.support.ui.Select(b.find("#new-role")).selectByValue("viewer");
      b.follow("#add-user-submit");
      b.waitFor("#admin-refused");
      assertThat(b.find("#admin-refused").getText())
          .contains("用户名 " + t.adminName + " 在本租户中已被使用")
          .doesNotContain("is taken");
      b.showsNoneOf(labels, "/admin");
      b.screenshot("admin-refused-zh-CN");
    }
  }

  /** The value cell of a stored column on the record page. */
  private static WebElement rowOf(ConsoleBrowser b, String column) {
    return b.find("#record-table th[title='" + column + "'] + td");
  }

  /** Scope 3+ events with a refusal, a points rate of its own and a deduction, for the pages. */
  private void scope3PlusWithRatesAndDeductions(TenantFixture t) {
    String p = "s" + java.util.UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> unknown =
        new java.util.HashMap<>(busTrip(p + "-3", p + "-a1", 5, "2024-05-03T09:00:00Z"));
    unknown.put("action", "teleportation.instead_of_flight");
    assertThat(
            t.admin
                .post(
                    "/api/v1/ecosystem/events",
                    List.of(busTrip(p + "-1", p + "-a1", 12.5, "2024-05-01T08:00:00Z"), unknown))
                .status())
        .isEqualTo(200);
    assertThat(
            t.admin
                .put(
                    "/api/v1/ecosystem/points-rates",
                    Map.of("defaultPerKilogram", 1.0, "perKilogram", Map.of("maps", 2.5)))
                .status())
        .isEqualTo(200);
    // a deduction cannot exceed what the programme counted: a cloud migration of 10,000 IT kWh
    // (cloud utilisation configured at 0.5) counts 6.35 t under maps
    assertThat(
            t.admin
                .putText(
                    "/api/v1/ecosystem/configuration",
                    "text/csv",
                    "key,value,unit,source\ndc.server_utilisation.hyperscale,0.5,fraction,report\n"
                        + "required.dc.server.power_idle,100,W,report\n"
                        + "required.dc.server.power_max,400,W,report\n")
                .status())
        .isEqualTo(200);
    assertThat(
            t.admin
                .post(
                    "/api/v1/ecosystem/events",
                    List.of(
                        Map.of(
                            "event_id", p + "-cloud",
                            "programme", "maps",
                            "actor", p + "-it",
                            "action", "cloud_migration",
                            "quantities", List.of(Map.of("value", 10_000, "unit", "kWh")),
                            "time", "2024-05-20T00:00:00Z",
                            "region", "CN")))
                .json()
                .get("counted")
                .asLong())
        .isEqualTo(1);
    ApiClient.Reply d =
        t.admin.post(
            "/api/v1/ecosystem/deductions",
            Map.of(
                "programme", "maps",
                "month", "2024-05",
                "tonnes", 1,
                "reference", "CCER-" + p,
                "reason", "sold to a buyer"));
    assertThat(d.status()).as(d.text()).isEqualTo(201);
  }

  @Test
  void theScope3PlusPageShowsThePointsRatesAndTheDeductions() {
    TenantFixture t = newTenant();
    scope3PlusWithRatesAndDeductions(t);
    for (String lang : List.of("en", "zh-CN")) {
      try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, lang)) {
        b.logIn(user(t, "viewer"), TenantFixture.PASSWORD);
        b.open("/scope3plus");
        b.chartsDrawn();
        String rates = b.find("#rates").getText();
        assertThat(rates).contains("maps", "2.5", lang.equals("en") ? "Every other" : "其他所有项目");
        String deductions = b.find("#deductions-table").getText();
        assertThat(deductions).contains("maps", "2024-05", "CCER-");
        // 1 t deducted, shown with the precision of tonnes from 1 t: one decimal
        assertThat(deductions).contains("1.0");
        assertThat(b.find("#refusals").getText())
            .contains(lang.equals("en") ? "No methodology counts this action" : "没有方法学计入此行为");
        b.screenshot("scope3plus-rates-" + lang + "-1280");
      }
    }
  }

  /**
   * An admin sees what each Scope 3+ methodology needs and sets the values from the console, in
   * English and in Chinese; a refused value is named and changes nothing; other roles see no form
   * and are refused by the service when they post it anyway.
   */
  @Test
  void anAdminConfiguresAMethodologyFromTheScope3PlusPageInBothLanguages() throws Exception {
    TenantFixture t = newTenant();
    String car = "required.survey.green_trip.bus.share.car";
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "en")) {
      b.logIn(user(t, "admin"), TenantFixture.PASSWORD);
      b.open("/scope3plus");
      assertThat(b.find("#no-configuration").getText()).contains("No value configured");
      assertThat(b.find("#needed-green_trip\\.bus").getText())
          .contains("To configure before it counts", car, "Configure from a cited survey");
      b.find("#configuration-key").sendKeys(car);
      b.find("#configuration-value").sendKeys("0.75");
      b.find("#configuration-unit").sendKeys("fraction");
      b.find("#configuration-source").sendKeys("Transit rider survey 2024 Q1");
      b.follow("#configuration-submit");
      assertThat(b.find("#configuration-done").getText()).contains(car);
      assertThat(b.find("#configuration-table").getText())
          .contains(car, "0.75", "fraction", "Transit rider survey 2024 Q1", t.adminName);
      assertThat(b.find("#needed-green_trip\\.bus").getText()).doesNotContain(car);
      b.screenshot("scope3plus-configuration-en-1280");
    }
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "zh-CN")) {
      b.logIn(user(t, "admin"), TenantFixture.PASSWORD);
      b.open("/scope3plus");
      assertThat(b.find("#configuration-h").getText()).isEqualTo("已配置的数值");
      assertThat(b.find("#needed-green_trip\\.bus").getText()).contains("计入前需要配置");
      // the catalog's guidance in Chinese: what each value is and what to configure it from
      assertThat(b.find("#needed-green_trip\\.bus").getText())
          .contains(
              "未找到：本项目的公交出行中，若无公交原本会乘出租车或网约车完成的比例",
              "请依据有出处的调查配置（采用 CDM ACM0016 与 DB11/T 3043-2024 的结构）")
          .doesNotContain("Not found", "Configure from");
      assertThat(b.find("#m-green_trip\\.bus .baseline").getText())
          .startsWith("若无本行为，乘客原本会使用的出行方式");
      assertThat(b.showsNoEnglishSentenceInStoredText("/scope3plus")).isGreaterThan(40);
      // a share in kg is refused with the check's sentence; nothing changes
      b.find("#configuration-key").sendKeys("required.survey.green_trip.bus.share.taxi");
      b.find("#configuration-value").sendKeys("0.2");
      b.find("#configuration-unit").sendKeys("kg");
      b.find("#configuration-source").sendKeys("调查");
      b.follow("#configuration-submit");
      assertThat(b.find("#configuration-refused").getText())
          .contains(
              "该数值被拒绝",
              "required.survey.green_trip.bus.share.taxi 的单位为“kg”，但其参考值的单位是 fraction",
              "（0.3，而不是 30%）")
          .doesNotContain("is given in", "but it is in");
      b.find("#configuration-key").sendKeys("required.survey.green_trip.bus.share.taxi");
      b.find("#configuration-value").sendKeys("0.2");
      b.find("#configuration-unit").sendKeys("fraction");
      b.find("#configuration-source").sendKeys("乘客替代出行调查 2024");
      b.follow("#configuration-submit");
      assertThat(b.find("#configuration-done").getText()).contains("已设置");
      assertThat(b.find("#configuration-table").getText())
          .contains("required.survey.green_trip.bus.share.taxi", "乘客替代出行调查 2024", car);
      b.screenshot("scope3plus-configuration-zh-CN-1280");
    }
    tools.jackson.databind.JsonNode values =
        t.admin.get("/api/v1/ecosystem/configuration").json().get("values");
    assertThat(values).hasSize(2);
    assertThat(t.admin.get("/api/v1/audit?size=20").text())
        .contains("ecosystem_configuration.changed");
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1280, "en")) {
      b.logIn(user(t, "verifier"), TenantFixture.PASSWORD);
      b.open("/scope3plus");
      assertThat(b.has("#configuration-form")).isFalse();
      assertThat(b.find("#configuration-table").getText()).contains(car);
    }
    for (String role : List.of("owner", "verifier", "viewer")) {
      HttpClient http = signedIn(user(t, role));
      String token =
          csrf(http.send(get("/account/password"), HttpResponse.BodyHandlers.ofString()).body());
      HttpResponse<String> set =
          http.send(
              form(
                  "/scope3plus/configuration",
                  Map.of(
                      "key",
                      car,
                      "value",
                      "0.1",
                      "unit",
                      "fraction",
                      "source",
                      "x",
                      "_csrf",
                      token)),
              HttpResponse.BodyHandlers.ofString());
      assertThat(set.statusCode()).as(role).isEqualTo(403);
    }
    assertThat(t.admin.get("/api/v1/ecosystem/configuration").text()).contains("0.75");
  }

  private static String name(String page) {
    String p = page.substring(1);
    int q = p.indexOf('?');
    String base = (q < 0 ? p : p.substring(0, q)).replace('/', '-');
    return q < 0 ? base : base + "-" + Integer.toHexString(p.hashCode());
  }
}
