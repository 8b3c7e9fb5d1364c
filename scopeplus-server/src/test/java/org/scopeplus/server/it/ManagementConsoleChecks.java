package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The console's management pages in a real browser, in English and Chinese: targets with the
 * pathway drawn against the actuals, the renewable-electricity share by month, and the credit lots
 * with the neutrality claim table; every role of the tenant reads them as it reads the API, and
 * another tenant sees none of it. Saved as screenshots in both languages.
 */
abstract class ManagementConsoleChecks extends ServiceChecks {

  @Test
  void targetsRenewableShareAndCreditsAreShownToEveryRoleInBothLanguages() {
    TenantFixture t = newTenant();
    String p2024 = period2024(t.admin);
    imported(t.admin, p2024, ApiClient.write(dir, "a.csv", ActivityFiles.small("M")));
    String run = ran(t.admin, p2024, Map.of()).str("id");
    assertThat(t.admin.put("/api/v1/base-year", Map.of("runId", run)).status()).isEqualTo(200);
    Map<String, Object> target = new HashMap<>();
    target.put("name", "Scopes 1+2 -50% by 2030");
    target.put("kind", "absolute");
    target.put("orgUnit", "Group");
    target.put("scopes", "1+2");
    target.put("scope2", "market");
    target.put("baseYear", 2024);
    target.put("targetYear", 2030);
    target.put("targetValue", 0.5);
    target.put("pathway", "linear");
    assertThat(t.admin.post("/api/v1/targets", target).status()).isEqualTo(201);

    // 400 of DC-1's 1,000 MWh in March 2025 covered by a GEC: a renewable share of 40.0%
    Map<String, Object> gec = new HashMap<>();
    gec.put("kind", "gec");
    gec.put("serialBlock", "GEC-2025-ZJ");
    gec.put("serialFirst", 1);
    gec.put("serialLast", 400);
    gec.put("mwh", 400.0);
    gec.put("technology", "wind");
    gec.put("generatedFrom", "2025-01");
    gec.put("generatedTo", "2025-12");
    gec.put("marketBoundary", "CN");
    gec.put("registry", "China GEC");
    gec.put("emissionRate", 0.0);
    String instrument = t.admin.post("/api/v1/instruments", gec).json().get("id").asString();
    Map<String, Object> line = new HashMap<>();
    line.put("orgUnit", "Group/Cloud");
    line.put("facility", "DC-1");
    line.put("month", "2025-03");
    line.put("region", "CN-ZJ");
    line.put("mwh", 1000.0);
    line.put("residualMix", 700.0);
    line.put("locationFactor", 600.0);
    assertThat(t.dataOwner.post("/api/v1/instruments/consumption", line).status()).isEqualTo(201);
    assertThat(
            t.admin
                .post(
                    "/api/v1/instruments/allocations",
                    Map.of(
                        "instrumentId",
                        instrument,
                        "facility",
                        "DC-1",
                        "month",
                        "2025-03",
                        "mwh",
                        400.0))
                .status())
        .isEqualTo(201);

    Map<String, Object> lot = new HashMap<>();
    lot.put("registry", "Puro.earth");
    lot.put("project", "PURO-BIOCHAR-7");
    lot.put("methodology", "Puro Biochar 2022");
    lot.put("vintage", 2024);
    lot.put("serialBlock", "PURO-7");
    lot.put("serialFirst", 1);
    lot.put("serialLast", 100);
    lot.put("kind", "technological-removal");
    lot.put("labels", List.of("ICVCM CCP"));
    String lotId = t.admin.post("/api/v1/credits/lots", lot).json().get("lot").get("id").asString();
    assertThat(
            t.admin
                .post(
                    "/api/v1/credits/lots/" + lotId + "/retirements",
                    Map.of("quantity", 60, "reportingYear", 2024, "purpose", "claim 2024"))
                .status())
        .isEqualTo(201);
    String suffix = t.name.substring("tenant-".length());

    for (String lang : List.of("en", "zh-CN")) {
      boolean en = lang.equals("en");
      try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, lang)) {
        b.logIn(t.login("viewer-" + suffix), TenantFixture.PASSWORD);
        b.open("/targets");
        assertThat(b.h1()).isEqualTo(en ? "Targets" : "减排目标");
        assertThat(b.find("#target-0 h2").getText()).contains("Scopes 1+2 -50% by 2030");
        assertThat(b.find("#target-0 .chip").getText())
            .isIn(en ? List.of("On track", "Off track") : List.of("进度符合预期", "进度落后"));
        // the base year's actual is the pathway's starting value: a gap of 0
        assertThat(b.find("#target-0 table.progress tbody tr").getText()).startsWith("2024");
        // the explanation and the baseline note in the page's language
        assertThat(b.find("#target-0").getText())
            .contains(en ? "baseline: the actual 2024 value" : "基线：2024年实际值");
        b.chartsDrawn();
        b.screenshot("targets-" + lang + "-1366");

        b.open("/renewable-share?orgUnit=Group/Cloud");
        assertThat(b.h1()).isEqualTo(en ? "Renewable electricity" : "可再生能源电力");
        assertThat(b.find("#share-months tbody").getText())
            .contains("2025-03")
            .contains("1,000")
            .contains("400")
            .contains("40.0%");
        b.chartsDrawn();
        b.screenshot("renewable-share-" + lang + "-1366");

        b.open("/credits?year=2024");
        assertThat(b.find("#lots tbody").getText())
            .contains("PURO-BIOCHAR-7")
            .contains(en ? "Technological removal" : "技术清除")
            .contains("40")
            .contains("60");
        assertThat(b.find("#claim-table").getText()).isNotBlank();
        // the base year itself: nothing reduced, so the ISO 14068-1 claim does not hold
        assertThat(b.find("#claim-verdicts").getText()).contains(en ? "Does not hold" : "不成立");
        // the steps and reasons in the page's language (the core's keys said by the bundles)
        assertThat(b.find("#claim-reasons").getText())
            .contains(
                en ? "emissions have not fallen since base year 2024" : "碳中和不成立：自2024年基准年以来排放未下降");
        assertThat(b.find("#claim-table").getText())
            .contains(en ? "gross emissions 2024" : "2024年总排放量");
        if (!en) {
          assertThat(b.find("#claim-reasons").getText()).doesNotContainPattern("[a-z]{4,}");
        }
        b.screenshot("credits-" + lang + "-1366");
      }
    }

    // every role reads the pages, as every role reads the API's GET operations
    for (String role : List.of("admin", "owner", "verifier")) {
      try (ConsoleBrowser b = new ConsoleBrowser(port, 1024, "en")) {
        b.logIn(t.login(role + "-" + suffix), TenantFixture.PASSWORD);
        for (String page : List.of("/targets", "/renewable-share", "/credits")) {
          b.open(page);
          assertThat(b.has("#refusal")).as(role + " " + page).isFalse();
          assertThat(b.has("#main h1")).as(role + " " + page).isTrue();
        }
        b.open("/credits?year=1800");
        assertThat(b.find("body").getText()).contains("The year must lie between 1990 and 2100.");
      }
    }

    // another tenant sees none of it
    TenantFixture other = newTenant();
    String otherSuffix = other.name.substring("tenant-".length());
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1024, "en")) {
      b.logIn(other.login("viewer-" + otherSuffix), TenantFixture.PASSWORD);
      b.open("/targets");
      assertThat(b.has("#no-targets")).isTrue();
      b.open("/renewable-share");
      assertThat(b.has("#no-consumption")).isTrue();
      b.open("/credits?year=2024");
      assertThat(b.has("#no-lots")).isTrue();
      assertThat(b.has("#no-claim")).isTrue();
    }
  }

  @Test
  void theSupplierPageShowsTheRegisterAndTheLatestRunsEngagementInBothLanguages() {
    TenantFixture t = newTenant();
    Map<String, Object> northwind = new HashMap<>();
    northwind.put("supplierId", "V-100");
    northwind.put("name", "Northwind Cloud");
    northwind.put("targetStatus", "validated");
    northwind.put("targetYear", 2023);
    northwind.put("ambition", "1.5C");
    Map<String, Object> fabrikam = new HashMap<>();
    fabrikam.put("supplierId", "V-300");
    fabrikam.put("name", "Fabrikam Board");
    fabrikam.put("targetStatus", "committed");
    fabrikam.put("targetYear", 2024);
    ApiClient.Reply kept =
        t.admin.put("/api/v1/suppliers", Map.of("suppliers", List.of(northwind, fabrikam)));
    assertThat(kept.status()).as(kept.text()).isEqualTo(200);
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
                + "P3,Group,,2024-05,s3.c1.supplier_specific,2,t,CN,Fabrikam Board,500,t\n"
                + "P4,Group,,2024-06,s3.c1.spend.it_services,500,USD,US,Unknown Ltd,,\n"));
    ran(t.admin, p2024, Map.of());
    String suffix = t.name.substring("tenant-".length());
    for (String lang : List.of("en", "zh-CN")) {
      boolean en = lang.equals("en");
      try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, lang)) {
        b.logIn(t.login("viewer-" + suffix), TenantFixture.PASSWORD);
        b.open("/suppliers");
        assertThat(b.h1()).isEqualTo(en ? "Suppliers and green supplier labels" : "供应商与绿色供应商标签");
        assertThat(b.find("#engagement tbody").getText()).contains("2024").contains("Unknown Ltd");
        assertThat(b.find("#supplier-years tbody").getText())
            .contains("Northwind Cloud")
            .contains(en ? "Validated" : "已获认证")
            .contains(en ? "Spend-based" : "基于支出的方法")
            .contains("bronze")
            .contains(en ? "Supplier-specific" : "供应商特定数据")
            .contains("silver");
        assertThat(b.find("#suppliers tbody").getText()).contains("V-300").contains("1.5C");
        assertThat(b.find("#tiers tbody").getText()).contains("gold");
        // Hand calculation of spend: P1 3,000 USD with V-100 (validated 2023) and P4 500 USD with
        // an unregistered supplier: 3,000 / 3,500 = 85.7% with validated targets; both are
        // spend-based, so 0.0% of spend is from supplier-specific data.
        assertThat(b.find("#engagement-spend tbody").getText())
            .contains(en ? "USD (2024 prices)" : "USD（2024年价格）")
            .contains("3,500.00")
            .contains("85.7%")
            .contains("0.0%");
        b.screenshot("suppliers-" + lang + "-1366");
      }
    }
    TenantFixture other = newTenant();
    String otherSuffix = other.name.substring("tenant-".length());
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1024, "en")) {
      b.logIn(other.login("viewer-" + otherSuffix), TenantFixture.PASSWORD);
      b.open("/suppliers");
      assertThat(b.has("#no-suppliers")).isTrue();
      assertThat(b.has("#no-run")).isTrue();
    }
  }

  /** Submits a supplier with a validated target of 2024 and no ambition, which is refused. */
  private static void submitValidatedWithoutAmbition(ConsoleBrowser b, String id, String name) {
    b.find("#save-supplier summary").click();
    b.find("#supplier-id").sendKeys(id);
    b.find("#supplier-name").sendKeys(name);
    new org.openqa.selenium.support.ui.Select(b.find("#supplier-status"))
        .selectByValue("validated");
    b.find("#supplier-year").sendKeys("2024");
    b.find("#supplier-submit").click();
    b.waitFor("#suppliers-refused");
  }

  @Test
  void anAdminAddsAndChangesASupplierFromTheConsoleInBothLanguagesAndOtherRolesAreRefused()
      throws Exception {
    TenantFixture t = newTenant();
    String suffix = t.name.substring("tenant-".length());
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, "en")) {
      b.logIn(t.login("admin-" + suffix), TenantFixture.PASSWORD);
      b.open("/suppliers");
      b.find("#save-supplier summary").click();
      b.find("#supplier-id").sendKeys("V-100");
      b.find("#supplier-name").sendKeys("Northwind Cloud");
      new org.openqa.selenium.support.ui.Select(b.find("#supplier-status"))
          .selectByValue("validated");
      b.find("#supplier-year").sendKeys("2023");
      new org.openqa.selenium.support.ui.Select(b.find("#supplier-ambition")).selectByValue("1.5C");
      b.find("#supplier-verified").click();
      b.find("#supplier-submit").click();
      b.waitFor("#suppliers-done");
      assertThat(b.find("#suppliers-done").getText()).isEqualTo("Supplier Northwind Cloud added.");
      assertThat(b.find("#supplier-V-100").getText())
          .contains("Northwind Cloud", "Validated", "2023", "1.5C", "yes");

      // a validated target without an ambition is refused as the API refuses it; nothing is stored
      submitValidatedWithoutAmbition(b, "V-200", "Contoso Services");
      assertThat(b.find("#suppliers-refused").getText())
          .contains("The supplier was not saved")
          .contains("ambition");
      assertThat(b.has("#supplier-V-200")).isFalse();
      b.screenshot("suppliers-refused-en-1366");
    }
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, "zh-CN")) {
      b.logIn(t.login("admin-" + suffix), TenantFixture.PASSWORD);
      b.open("/suppliers");
      b.find("#edit-V-100").click();
      b.waitFor("#supplier-form");
      assertThat(b.find("#supplier-name").getAttribute("value")).isEqualTo("Northwind Cloud");
      new org.openqa.selenium.support.ui.Select(b.find("#supplier-status"))
          .selectByValue("committed");
      b.find("#supplier-year").clear();
      b.find("#supplier-year").sendKeys("2024");
      new org.openqa.selenium.support.ui.Select(b.find("#supplier-ambition")).selectByValue("");
      b.find("#supplier-verified").click();
      b.find("#supplier-submit").click();
      b.waitFor("#suppliers-done");
      assertThat(b.find("#suppliers-done").getText()).isEqualTo("已修改供应商 Northwind Cloud。");
      assertThat(b.find("#supplier-V-100").getText()).contains("已承诺", "2024", "否");
      b.screenshot("suppliers-changed-zh-CN-1366");

      // the supplier's refusal is said in Chinese on the Chinese page
      submitValidatedWithoutAmbition(b, "V-300", "Fabrikam");
      assertThat(b.find("#suppliers-refused").getText())
          .contains("未保存供应商", "已获认证的科学碳目标须说明目标水平：1.5C、well-below-2C 或 net-zero")
          .doesNotContain("ambition");
      assertThat(b.has("#supplier-V-300")).isFalse();
    }
    JsonNode read = t.viewer.get("/api/v1/suppliers").json().get("suppliers");
    assertThat(read.size()).isEqualTo(1);
    assertThat(read.get(0).get("targetStatus").asString()).isEqualTo("committed");
    assertThat(read.get(0).get("targetYear").asInt()).isEqualTo(2024);
    assertThat(read.get(0).get("pactVerified").asBoolean()).isFalse();
    String trail = t.admin.get("/api/v1/audit?size=20").text();
    assertThat(trail).contains("supplier.added", "supplier.changed", "V-100");

    // a viewer sees no form; other roles posting it with their own session's token are refused
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1024, "en")) {
      b.logIn(t.login("viewer-" + suffix), TenantFixture.PASSWORD);
      b.open("/suppliers");
      assertThat(b.has("#supplier-form")).isFalse();
      assertThat(b.has("#edit-V-100")).isFalse();
    }
    for (String role : List.of("owner", "verifier", "viewer")) {
      java.net.http.HttpClient http = signedIn(t.login(role + "-" + suffix));
      String token =
          csrf(
              http.send(get("/suppliers"), java.net.http.HttpResponse.BodyHandlers.ofString())
                  .body());
      java.net.http.HttpResponse<String> post =
          http.send(
              form(
                  "/suppliers",
                  Map.of(
                      "supplierId",
                      "V-666",
                      "name",
                      "Intruder",
                      "targetStatus",
                      "none",
                      "_csrf",
                      token)),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(post.statusCode()).as(role).isEqualTo(403);
    }
    // and without the token even an admin is refused
    java.net.http.HttpClient admin = signedIn(t.login("admin-" + suffix));
    java.net.http.HttpResponse<String> noToken =
        admin.send(
            form(
                "/suppliers",
                Map.of("supplierId", "V-667", "name", "No token", "targetStatus", "none")),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(t.admin.get("/api/v1/suppliers").text()).doesNotContain("V-666", "V-667");
  }
}
