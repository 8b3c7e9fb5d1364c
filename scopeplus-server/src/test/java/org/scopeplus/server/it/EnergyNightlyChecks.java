package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scopeplus.energy.batch.NightlyBatch;
import org.scopeplus.energy.load.LoadData;
import org.scopeplus.energy.suggest.Suggestions;
import org.scopeplus.energy.suggest.Tariff;
import org.scopeplus.server.energy.RunningNightlyBatch;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The nightly batch over the stored readings: each meter of the tenant is forecast or refused with
 * its reason, its result kept and replaced by the next run, tenants' meters never mixed, only an
 * admin runs it, and the kept forecasts are exactly those of {@link NightlyBatch} run directly on
 * the same series.
 */
abstract class EnergyNightlyChecks extends ServiceChecks {

  @Autowired RunningNightlyBatch batch;

  private static String meter(TenantFixture t, String siteId, String name) {
    ApiClient.Reply m =
        t.admin.post(
            "/api/v1/energy/sites/" + siteId + "/meters",
            Map.of("name", name, "carrier", "electricity", "intervalMinutes", 60));
    assertThat(m.status()).as(m.text()).isEqualTo(201);
    return m.json().get("value").get("id").asString();
  }

  /** Three days of 5 kWh an hour, from 2024-06-01 (UTC). */
  private void threeDays(TenantFixture t, String meterId) {
    StringBuilder r = new StringBuilder("timestamp,kwh\n");
    for (int h = 0; h < 72; h++) {
      r.append(Instant.parse("2024-06-01T00:00:00Z").plusSeconds(h * 3600L)).append(",5\n");
    }
    ApiClient.Reply up =
        t.admin.upload(
            "/api/v1/energy/meters/" + meterId + "/readings",
            ApiClient.write(dir, "three-days.csv", r.toString()));
    assertThat(up.status()).as(up.text()).isEqualTo(201);
  }

  /** A console page as a signed-in browser asks for it in {@code language}. */
  private String page(java.net.http.HttpClient http, String path, String language)
      throws Exception {
    return http.send(
            java.net.http.HttpRequest.newBuilder(uri(path))
                .header("Accept", "text/html")
                .header("Accept-Language", language)
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static String nightly(String meterId) {
    return "/api/v1/energy/meters/" + meterId + "/nightly";
  }

  @Test
  void eachMetersResultIsKeptPerTenantAndReplacedByTheNextRun() throws Exception {
    TenantFixture a = newTenant();
    EnergyAnalysisFixture f = EnergyAnalysisFixture.create(a, dir);
    String few = meter(a, f.siteId, "Few days");
    threeDays(a, few);
    String none = meter(a, f.siteId, "No readings");

    TenantFixture b = newTenant();
    String otherMeter = meter(b, site(b, "Other works"), "Main");
    threeDays(b, otherMeter);

    // only an admin runs it; nothing is kept before a run
    assertThat(a.viewer.post("/api/v1/energy/nightly", Map.of()).status()).isEqualTo(403);
    assertThat(a.dataOwner.post("/api/v1/energy/nightly", Map.of()).status()).isEqualTo(403);
    assertThat(a.viewer.get(nightly(f.meterId)).status()).isEqualTo(404);

    String started = a.admin.postForLocation("/api/v1/energy/nightly");
    assertThat(started).startsWith("202 /api/v1/energy/nightly/");
    assertThat(a.viewer.get(started.substring(4)).status()).isEqualTo(403);
    assertThat(b.admin.get(started.substring(4)).status())
        .as("another tenant's admin does not see the run")
        .isEqualTo(404);
    JsonNode run = a.admin.finished(started.substring(4));
    assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("done");
    assertThat(run.get("startedBy").asString())
        .isEqualTo(a.admin.get("/api/v1/me").str("username"));
    assertThat(run.get("finishedAt").asString()).isNotBlank();
    JsonNode counts = run.get("counts");
    assertThat(counts.get("meters").asInt()).isEqualTo(3);
    assertThat(counts.get("forecast").asInt()).isEqualTo(1);
    assertThat(counts.get("refused").asInt()).isEqualTo(2);
    assertThat(counts.get("failed").asInt()).isZero();

    // the other tenant's meter was not run, and its users cannot read this tenant's results
    assertThat(b.admin.get(nightly(otherMeter)).status()).isEqualTo(404);
    assertThat(b.admin.get(nightly(f.meterId)).status()).isEqualTo(404);

    JsonNode kept = a.viewer.get(nightly(f.meterId)).json();
    assertThat(kept.get("refused").isNull()).isTrue();
    assertThat(kept.get("historyFrom").asString()).isEqualTo("2023-07-02");
    assertThat(kept.get("historyTo").asString()).isEqualTo("2024-07-01");
    assertThat(kept.get("dayAhead").size()).isEqualTo(24);
    assertThat(kept.get("monthAhead").size()).isEqualTo(31);
    assertThat(kept.get("currency").asString()).isEqualTo("CNY");
    assertThat(kept.get("suggestions").size()).isPositive();
    assertThat(kept.get("suggestions").get(0).get("textZhCn").asString()).isNotBlank();
    Instant firstRun = Instant.parse(kept.get("runAt").asString());

    // the same series run through NightlyBatch directly gives the same forecasts, to the bit
    NightlyBatch.Result direct = direct();
    assertThat(direct.refused()).isNull();
    for (int i = 0; i < 24; i++) {
      JsonNode p = kept.get("dayAhead").get(i);
      assertThat(Instant.parse(p.get("start").asString()).getEpochSecond())
          .isEqualTo(direct.dayAhead().start()[i]);
      assertThat(p.get("kwh").asDouble()).isEqualTo(direct.dayAhead().predicted()[i]);
    }
    for (int i = 0; i < 31; i++) {
      JsonNode p = kept.get("monthAhead").get(i);
      assertThat(Instant.parse(p.get("start").asString()).getEpochSecond())
          .isEqualTo(direct.monthAhead().start()[i]);
      assertThat(p.get("kwh").asDouble()).isEqualTo(direct.monthAhead().predicted()[i]);
    }

    // the refusals keep their reasons (the three days' CalTRACK refusal: see
    // aBaselineBelowCalTracksDataSufficiencyIsRefusedInBothLanguagesAndItsWarningsAreKept)
    JsonNode fewKept = a.viewer.get(nightly(few)).json();
    assertThat(fewKept.get("refused").asString()).startsWith(THREE_DAYS_REFUSED);
    assertThat(fewKept.get("dayAhead").size()).isZero();
    assertThat(a.viewer.get(nightly(none)).json().get("refused").asString())
        .isEqualTo("the meter has no readings yet");

    // the meter page says the kept reason in the page's language
    java.net.http.HttpClient viewerPage =
        signedIn(a.login("viewer-" + a.name.substring("tenant-".length())));
    String zh = page(viewerPage, "/energy/meters/" + none, "zh-CN");
    assertThat(zh).contains("未能生成：该计量表尚无读数");
    String en = page(viewerPage, "/energy/meters/" + none, "en");
    assertThat(en).contains("None could be made: the meter has no readings yet");

    // the other tenant's run keeps its own meter's result (its site has no weather)
    JsonNode otherRun = ran(b);
    assertThat(otherRun.get("meters").asInt()).isEqualTo(1);
    assertThat(otherRun.get("refused").asInt()).isEqualTo(1);
    assertThat(b.viewer.get(nightly(otherMeter)).json().get("refused").asString())
        .startsWith("the site has no weather");
    assertThat(a.viewer.get(nightly(f.meterId)).json().get("runAt").asString())
        .as("another tenant's run leaves this tenant's results alone")
        .isEqualTo(kept.get("runAt").asString());

    // a second run replaces the first: without its tariff the meter is refused and keeps no
    // forecast
    String tariffId =
        a.admin
            .get("/api/v1/energy/sites/" + f.siteId)
            .json()
            .get("tariffs")
            .get(0)
            .get("value")
            .get("id")
            .asString();
    assertThat(a.admin.delete("/api/v1/energy/tariffs/" + tariffId).status()).isEqualTo(204);
    JsonNode second = ran(a);
    assertThat(second.get("forecast").asInt()).isZero();
    assertThat(second.get("refused").asInt()).isEqualTo(3);
    JsonNode replaced = a.viewer.get(nightly(f.meterId)).json();
    assertThat(replaced.get("refused").asString()).startsWith("the site has no tariff");
    assertThat(replaced.get("dayAhead").size()).isZero();
    assertThat(replaced.get("suggestions").size()).isZero();
    assertThat(Instant.parse(replaced.get("runAt").asString())).isAfter(firstRun);

    String trail = a.admin.get("/api/v1/audit?size=50").text();
    assertThat(trail)
        .contains("energy.nightly.run")
        .contains("nightly batch over 3 meter(s): 1 forecast, 2 refused")
        .contains("nightly batch over 3 meter(s): 0 forecast, 3 refused");
    assertThat(b.admin.get("/api/v1/audit?size=50").text())
        .contains("nightly batch over 1 meter(s): 0 forecast, 1 refused")
        .doesNotContain("3 meter(s)");

    // a meter removed takes its kept result with it
    assertThat(a.admin.delete("/api/v1/energy/meters/" + few).status()).isEqualTo(204);
    assertThat(a.admin.get(nightly(few)).status()).isEqualTo(404);
  }

  /**
   * The three days of {@link #threeDays} by hand: 72 hours from 2024-06-01T00:00Z, the last ending
   * at 2024-06-04T00:00Z, 08:00 on 4 June in Shanghai (UTC+8). The latest year, up to the last
   * local day the readings reach into, is the local days 2023-06-06 to 2024-06-05 of Shanghai, from
   * 2023-06-05T16:00Z to 2024-06-04T16:00Z: 365 days, 29 February 2024 among them. It holds all 72
   * hours. CalTRACK's days (eemeter's count): 2 whole days from the first to the last hour with
   * data (71 hours), plus 1, plus 361 whole days from the window's start to the first hour (366
   * days less 4 days 16 hours), plus 0 from the last hour to the end (17 hours) = 364 days; 72 / 24
   * = 3 of them with readings and temperatures, 3 / 364 = 0.8 %; month 1 has no reading.
   */
  static final String THREE_DAYS_REFUSED =
      "the baseline 2023-06-06/2024-06-05 does not meet CalTRACK's data sufficiency: ";

  /**
   * A meter whose latest year does not meet CalTRACK's data sufficiency keeps the refusal in both
   * languages and no forecast, and its page shows no baseline chart but the refusal, in the page's
   * language; a meter that meets it with readings to review keeps the warning with its forecast,
   * and its page lists the warning under the baseline and the nightly result.
   */
  @Test
  void aBaselineBelowCalTracksDataSufficiencyIsRefusedInBothLanguagesAndItsWarningsAreKept()
      throws Exception {
    TenantFixture a = newTenant();
    EnergyAnalysisFixture f = EnergyAnalysisFixture.create(a, dir);
    String few = meter(a, f.siteId, "Few days");
    threeDays(a, few);
    // a year of hourly readings 1, 2, 3, 4 kWh by hour i modulo 4 from 2023-07-01 local, three
    // of them (i = 500, 1500, 2500, each a 1) 100 kWh. The latest year, 2023-07-02 to
    // 2024-07-01, holds i = 24 to 8783: 2,187 ones, 2,190 each of 2, 3 and 4, and the three
    // 100s, 8,760 hours. Sorted, pandas' quartiles at positions 2189.75, 4379.5 and 6569.25 are
    // 2, 3 and 4 (ones at 0..2186, twos to 4376, threes to 6566), so median + 3 x IQR = 3 + 6 =
    // 9 kWh and exactly the three 100s lie above it
    String spiky = meter(a, f.siteId, "Spiky");
    StringBuilder year = new StringBuilder("timestamp,kwh\n");
    Instant first = Instant.parse("2023-06-30T16:00:00Z");
    Instant end = Instant.parse("2024-06-30T16:00:00Z");
    int i = 0;
    for (Instant h = first; h.isBefore(end); h = h.plusSeconds(3600), i++) {
      year.append(h).append(',').append(i % 1000 == 500 && i < 3000 ? 100 : 1 + i % 4);
      year.append('\n');
    }
    ApiClient.Reply up =
        a.admin.upload(
            "/api/v1/energy/meters/" + spiky + "/readings",
            ApiClient.write(dir, "spiky.csv", year.toString()));
    assertThat(up.status()).as(up.text()).isEqualTo(201);

    JsonNode counts = ran(a);
    assertThat(counts.get("meters").asInt()).isEqualTo(3);
    assertThat(counts.get("failed").asInt()).isZero();

    JsonNode fewKept = a.viewer.get(nightly(few)).json();
    assertThat(fewKept.get("refused").asString())
        .isEqualTo(
            THREE_DAYS_REFUSED
                + "3 of the 364 days have readings and temperatures (0.8%); CalTRACK asks for at"
                + " least 90%.; 3 of the 364 days have readings (0.8%); CalTRACK asks for at least"
                + " 90%.; Month 1 has readings for 0.0% of its hours; the hourly model asks for at"
                + " least 90% in every month.");
    assertThat(fewKept.get("refusedZhCn").asString())
        .isEqualTo(
            "基期 2023-06-06/2024-06-05 不满足 CalTRACK 的数据充分性要求：364 天中有 3 天同时具有抄表读数和气温（0.8%）；"
                + "CalTRACK 要求至少 90%。364 天中有 3 天具有抄表读数（0.8%）；CalTRACK 要求至少 90%。"
                + "1 月只有 0.0% 的小时具有抄表读数；小时模型要求每月至少 90%。");
    assertThat(fewKept.get("historyFrom").asString()).isEqualTo("2023-06-06");
    assertThat(fewKept.get("historyTo").asString()).isEqualTo("2024-06-05");
    assertThat(fewKept.get("dayAhead").size()).isZero();
    assertThat(fewKept.get("monthAhead").size()).isZero();
    assertThat(fewKept.get("suggestions").size()).isZero();
    assertThat(fewKept.get("warnings").size()).isZero();

    JsonNode spikyKept = a.viewer.get(nightly(spiky)).json();
    assertThat(spikyKept.get("refused").isNull()).as(spikyKept.toString()).isTrue();
    assertThat(spikyKept.get("dayAhead").size()).isEqualTo(24);
    assertThat(spikyKept.get("warnings").size()).isEqualTo(1);
    JsonNode warning = spikyKept.get("warnings").get(0);
    assertThat(warning.get("code").asString()).isEqualTo("extreme_values_detected");
    assertThat(warning.get("textEn").asString())
        .isEqualTo(
            "3 hourly readings lie above median + 3 x IQR (9 kWh; highest 100 kWh, median 3"
                + " kWh): review them before relying on the result.");
    assertThat(warning.get("textZhCn").asString())
        .isEqualTo("3 个小时读数高于中位数 + 3 × 四分位距（9 kWh；最高 100 kWh，中位数 3 kWh）：请先核查这些读数，再使用结果。");

    java.net.http.HttpClient viewerPage =
        signedIn(a.login("viewer-" + a.name.substring("tenant-".length())));
    String en = page(viewerPage, "/energy/meters/" + few, "en");
    assertThat(en)
        .contains("id=\"baseline-insufficient\"")
        .contains("No baseline or forecast: the baseline 2023-06-06/2024-06-05 does not meet")
        .contains("None could be made: the baseline 2023-06-06/2024-06-05 does not meet")
        .contains("3 of the 364 days have readings (0.8%)")
        .doesNotContain("id=\"chart-baseline\"");
    String zh = page(viewerPage, "/energy/meters/" + few, "zh-CN");
    assertThat(zh)
        .contains("未给出基线与负荷预测：基期 2023-06-06/2024-06-05 不满足 CalTRACK 的数据充分性要求")
        .contains("未能生成：基期 2023-06-06/2024-06-05 不满足 CalTRACK 的数据充分性要求")
        .contains("364 天中有 3 天具有抄表读数（0.8%）")
        .doesNotContain("id=\"chart-baseline\"");
    String spikyEn = page(viewerPage, "/energy/meters/" + spiky, "en");
    assertThat(spikyEn)
        .contains("id=\"baseline-warnings\"", "id=\"nightly-warnings\"", "id=\"chart-baseline\"")
        .contains("CalTRACK data sufficiency: 3 hourly readings lie above median + 3 x IQR");
    String spikyZh = page(viewerPage, "/energy/meters/" + spiky, "zh-CN");
    assertThat(spikyZh)
        .contains("id=\"baseline-warnings\"", "id=\"nightly-warnings\"")
        .contains("CalTRACK 数据充分性：3 个小时读数高于中位数 + 3 × 四分位距");
  }

  /**
   * A meter whose stored input cannot even be read (its site's time zone broken in the database, as
   * a fault would leave it) keeps what went wrong; the tenant's next meter and the next tenant are
   * still run, and the run's counts say one meter failed.
   */
  @Test
  void aMeterTheBatchFailsOnKeepsWhatWentWrongAndTheOthersGoOn() throws Exception {
    TenantFixture a = newTenant();
    String broken = meter(a, site(a, "Broken works"), "Broken");
    threeDays(a, broken);
    String few = meter(a, site(a, "Other works"), "Few days");
    threeDays(a, few);
    TenantFixture b = newTenant();
    String next = meter(b, site(b, "Next works"), "Main");
    threeDays(b, next);
    String brokenSite =
        a.admin.get("/api/v1/energy/meters/" + broken).json().get("value").get("siteId").asString();
    sql("UPDATE energy_site SET time_zone = 'Nowhere/Atlantis' WHERE id = ?", brokenSite);

    JsonNode counts = ran(a);
    assertThat(counts.get("meters").asInt()).isEqualTo(2);
    assertThat(counts.get("forecast").asInt()).isZero();
    assertThat(counts.get("refused").asInt()).isEqualTo(2);
    assertThat(counts.get("failed").asInt()).isEqualTo(1);
    assertThat(a.viewer.get(nightly(broken)).json().get("refused").asString())
        .startsWith("the batch failed on this meter (")
        .contains("Nowhere/Atlantis")
        .endsWith("); it is tried again in the next run");
    assertThat(a.viewer.get(nightly(few)).json().get("refused").asString())
        .startsWith("the site has no weather");
    assertThat(a.admin.get("/api/v1/audit?size=50").text())
        .contains("nightly batch over 2 meter(s): 0 forecast, 2 refused, of which 1 failed");

    // the scheduled run over every tenant goes past the broken meter to the next tenant's
    batch.everyTenant();
    assertThat(b.viewer.get(nightly(next)).json().get("refused").asString())
        .startsWith("the site has no weather");
    assertThat(a.admin.get("/api/v1/audit?size=50").text())
        .contains("nightly-schedule")
        .contains("nightly batch over 2 meter(s): 0 forecast, 2 refused, of which 1 failed");
  }

  /** Starts the tenant's nightly run as its admin, waits for it to end, and returns its counts. */
  static JsonNode ran(TenantFixture t) throws InterruptedException {
    String started = t.admin.postForLocation("/api/v1/energy/nightly");
    assertThat(started).startsWith("202 /api/v1/energy/nightly/");
    JsonNode run = t.admin.finished(started.substring(4));
    assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("done");
    return run.get("counts");
  }

  /** A site in Shanghai without weather or tariff; its id. */
  private static String site(TenantFixture t, String name) {
    Map<String, Object> site = new HashMap<>();
    site.put("name", name);
    site.put("orgUnit", "Group");
    site.put("timeZone", "Asia/Shanghai");
    site.put("latitude", 31.2);
    site.put("longitude", 121.5);
    ApiClient.Reply s = t.admin.post("/api/v1/energy/sites", site);
    assertThat(s.status()).as(s.text()).isEqualTo(201);
    return s.json().get("value").get("id").asString();
  }

  /**
   * {@link NightlyBatch} on the fixture's series as the service keeps it: the local days 2023-07-02
   * to 2024-07-01 of Shanghai, readings written with three decimals and kept in whole watt-hours,
   * temperatures written with two decimals and kept as 4-byte floats; the next day and the next 31
   * days at the weather's temperatures.
   */
  private static NightlyBatch.Result direct() {
    long from = LocalDate.of(2023, 7, 2).atStartOfDay(EnergyAnalysisFixture.ZONE).toEpochSecond();
    long to = LocalDate.of(2024, 7, 1).atStartOfDay(EnergyAnalysisFixture.ZONE).toEpochSecond();
    long first = EnergyAnalysisFixture.METER_FROM.getEpochSecond();
    long saving = EnergyAnalysisFixture.SAVING_FROM.getEpochSecond();
    int n = (int) ((to - from) / 3600);
    long[] s = new long[n];
    double[] kwh = new double[n];
    double[] temp = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = from + i * 3600L;
      Instant h = Instant.ofEpochSecond(s[i]);
      double k = EnergyAnalysisFixture.load(h, (s[i] - first) / 3600);
      if (s[i] >= saving) {
        k = Math.round(k * 0.9 * 1000) / 1000.0;
      }
      double written = Double.parseDouble(String.format(Locale.ROOT, "%.3f", k));
      kwh[i] = ((long) Math.rint(written * 1000)) / 1000.0;
      temp[i] = kept(h);
    }
    LoadData history = LoadData.of(s, kwh, temp, EnergyAnalysisFixture.ZONE);
    String[] period = new String[24];
    double[] price = new double[24];
    java.util.Arrays.fill(period, "flat");
    java.util.Arrays.fill(price, 0.7);
    List<NightlyBatch.Result> out = new ArrayList<>();
    NightlyBatch.run(
        List.of(
                new NightlyBatch.Meter(
                    "m",
                    new Suggestions.Site(
                        history,
                        Tariff.everyDay("CNY", period, price, 0, 0),
                        0.5153,
                        null,
                        null,
                        true),
                    ahead(to, 24),
                    ahead(to, 31 * 24)))
            .iterator(),
        Suggestions.Options.defaults(),
        out::add);
    return out.get(0);
  }

  private static LoadData ahead(long from, int hours) {
    long[] s = new long[hours];
    double[] kwh = new double[hours];
    double[] temp = new double[hours];
    for (int i = 0; i < hours; i++) {
      s[i] = from + i * 3600L;
      kwh[i] = Double.NaN;
      temp[i] = kept(Instant.ofEpochSecond(s[i]));
    }
    return LoadData.of(s, kwh, temp, EnergyAnalysisFixture.ZONE);
  }

  /** The hour's temperature as the weather upload keeps it. */
  private static double kept(Instant h) {
    return (float)
        Double.parseDouble(
            String.format(Locale.ROOT, "%.2f", EnergyAnalysisFixture.temperature(h)));
  }
}
