package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The energy pages in a browser, in English and Chinese: the sign-up page reached from the login
 * page, the site list and a meter's load chart over its stored days in the site's local time, with
 * day totals and the gap counted.
 */
abstract class EnergyConsoleChecks extends ServiceChecks {

  @Test
  void aViewerSeesAMetersLoadInBothLanguages() {
    TenantFixture t = newTenant();
    ApiClient.Reply site =
        t.admin.post(
            "/api/v1/energy/sites",
            Map.of(
                "name",
                "Workshop",
                "orgUnit",
                "Group",
                "timeZone",
                "Asia/Shanghai",
                "latitude",
                31.2,
                "longitude",
                121.5));
    assertThat(site.status()).as(site.text()).isEqualTo(201);
    String siteId = site.json().get("value").get("id").asString();
    ApiClient.Reply meter =
        t.admin.post(
            "/api/v1/energy/sites/" + siteId + "/meters",
            Map.of("name", "Main", "carrier", "electricity", "intervalMinutes", 60));
    String meterId = meter.json().get("value").get("id").asString();
    // two UTC days of hourly readings, 1.5 kWh each, 03:00Z of the second day missing
    StringBuilder csv = new StringBuilder("timestamp,kwh\n");
    for (int h = 0; h < 48; h++) {
      if (h == 27) {
        continue;
      }
      csv.append(java.time.Instant.parse("2024-06-01T00:00:00Z").plusSeconds(3600L * h))
          .append(",1.5\n");
    }
    assertThat(
            t.admin
                .upload(
                    "/api/v1/energy/meters/" + meterId + "/readings",
                    ApiClient.write(dir, "w.csv", csv.toString()))
                .status())
        .isEqualTo(201);
    String suffix = t.name.substring("tenant-".length());
    for (String lang : List.of("en", "zh-CN")) {
      boolean en = lang.equals("en");
      try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, lang)) {
        // the sign-up page is open without a session and linked from the login page
        b.open("/login");
        b.follow("#login-signup");
        assertThat(b.path()).isEqualTo("/signup");
        assertThat(b.h1()).isEqualTo(en ? "Sign up" : "注册");
        assertThat(b.has("#tenant")).isTrue();
        assertThat(b.has("#signup-submit")).isTrue();
        b.logIn(t.login("viewer-" + suffix), TenantFixture.PASSWORD);
        b.open("/energy");
        assertThat(b.h1()).isEqualTo(en ? "Energy: sites and meters" : "能源：站点与计量表");
        assertThat(b.find("#site-0").getText()).contains("Workshop").contains("Asia/Shanghai");
        b.follow("#site-0 tbody a");
        assertThat(b.path()).isEqualTo("/energy/meters/" + meterId);
        assertThat(b.h1()).isEqualTo("Workshop / Main");
        assertThat(b.find("#day-totals tbody").getText())
            .contains("2024-06-01")
            .contains("36")
            .contains("24 / 24")
            .contains("34.5")
            .contains("23 / 24");
        assertThat(b.find("#meter-load .meta").getText()).contains("1");
        assertThat(b.has("#meter-suggestions")).isTrue();
        b.chartsDrawn();
        b.screenshot("energy-meter-" + lang + "-1366");
      }
    }
  }

  @Test
  void aMeterPageShowsBaselineForecastSavingsPvAndSuggestionsInBothLanguages() {
    TenantFixture t = newTenant();
    EnergyAnalysisFixture f = EnergyAnalysisFixture.create(t, dir);
    Map<String, Object> pv = new java.util.HashMap<>();
    pv.put("name", "Roof");
    pv.put("dcKw", 50.0);
    pv.put("tilt", 25.0);
    pv.put("azimuth", 180.0);
    assertThat(t.admin.post("/api/v1/energy/sites/" + f.siteId + "/pv-systems", pv).status())
        .isEqualTo(201);
    String export =
        t.admin
            .post(
                "/api/v1/energy/sites/" + f.siteId + "/meters",
                Map.of(
                    "name",
                    "PV export",
                    "carrier",
                    "electricity",
                    "direction",
                    "export",
                    "intervalMinutes",
                    60))
            .json()
            .get("value")
            .get("id")
            .asString();
    StringBuilder csv = new StringBuilder("timestamp,kwh\n");
    for (int d = 1; d <= 7; d++) {
      for (int h = 0; h < 24; h++) {
        csv.append(
            String.format(
                java.util.Locale.ROOT,
                "2024-06-%02d %02d:00,%s%n",
                d,
                h,
                h >= 8 && h < 16 ? (d == 3 ? "4" : "20") : "0"));
      }
    }
    assertThat(
            t.admin
                .upload(
                    "/api/v1/energy/meters/" + export + "/readings",
                    ApiClient.write(dir, "pv.csv", csv.toString()))
                .status())
        .isEqualTo(201);
    String suffix = t.name.substring("tenant-".length());
    for (String lang : List.of("en", "zh-CN")) {
      boolean en = lang.equals("en");
      try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, lang)) {
        b.logIn(t.login("viewer-" + suffix), TenantFixture.PASSWORD);
        b.open("/energy/meters/" + f.meterId);
        assertThat(b.find("#meter-baseline h2").getText())
            .isEqualTo(en ? "Baseline and day-ahead forecast" : "基线与日前负荷预测");
        assertThat(b.find("#baseline-figures").getText()).contains("CV(RMSE)");
        assertThat(b.has("#chart-baseline")).isTrue();
        assertThat(b.has("#suggestion-list tbody tr")).isTrue();
        String first = b.find("#suggestion-list tbody tr td:nth-child(2)").getText();
        assertThat(first.codePoints().anyMatch(c -> c >= 0x4e00)).isEqualTo(!en);
        b.find("#baseline-period").sendKeys("2023-01-01/2024-01-01");
        b.find("#reporting-period").sendKeys("2024-01-01/2024-07-01");
        b.follow("#savings-submit");
        b.waitFor("#chart-savings");
        assertThat(b.find("#meter-savings h2").getText())
            .isEqualTo(en ? "Measured savings (IPMVP Option C)" : "节能量（IPMVP 选项 C）");
        assertThat(b.has("#savings-kwh")).isTrue();
        assertThat(b.has("#savings-co2")).isTrue();
        assertThat(b.has("#savings-secondary")).isTrue();
        if (!en) {
          assertThat(b.find("main").getText())
              .as("no English label on the Chinese page")
              .doesNotContain(
                  "Baseline", "Forecast", "Metered", "Suggestion", "savings", "a year", "Cost");
        }
        b.chartsDrawn();
        b.screenshot("energy-analysis-" + lang + "-1366");

        b.open("/energy/meters/" + export);
        assertThat(b.find("#meter-pv h2").getText())
            .isEqualTo(en ? "PV: expected against actual" : "光伏：预期与实测发电量");
        assertThat(b.find("#pv-ratio").getText()).contains("%");
        b.chartsDrawn();
        b.screenshot("energy-pv-" + lang + "-1366");
      }
    }
  }
}
