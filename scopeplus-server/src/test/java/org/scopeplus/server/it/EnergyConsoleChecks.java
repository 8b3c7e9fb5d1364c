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
        b.find("#login-signup").click();
        assertThat(b.path()).isEqualTo("/signup");
        assertThat(b.h1()).isEqualTo(en ? "Sign up" : "注册");
        assertThat(b.has("#tenant")).isTrue();
        assertThat(b.has("#signup-submit")).isTrue();
        b.logIn(t.login("viewer-" + suffix), TenantFixture.PASSWORD);
        b.open("/energy");
        assertThat(b.h1()).isEqualTo(en ? "Energy: sites and meters" : "能源：站点与计量表");
        assertThat(b.find("#site-0").getText()).contains("Workshop").contains("Asia/Shanghai");
        b.find("#site-0 tbody a").click();
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
}
