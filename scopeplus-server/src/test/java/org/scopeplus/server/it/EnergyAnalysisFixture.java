package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A generated SME site in Shanghai (region CN-ZJ) for the analysis checks: hourly weather from
 * 2023-01-01 to 2024-08-01 (a seasonal and daily temperature, and a plain clear-day irradiance),
 * one flat tariff of 0.70 CNY/kWh, and an electricity meter whose hourly load is a weekday daytime
 * load of 20 kWh, a night and weekend baseload of 14 kWh, and 0.8 kWh per °C above 22 °C, with a
 * deterministic ±3 % wobble; from 2024-01-01 every hour uses exactly 10 % less (the built-in
 * saving).
 */
final class EnergyAnalysisFixture {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Instant WEATHER_FROM = Instant.parse("2022-12-31T16:00:00Z");
  static final Instant WEATHER_TO = Instant.parse("2024-07-31T16:00:00Z");
  static final Instant METER_FROM = WEATHER_FROM;
  static final Instant METER_TO = Instant.parse("2024-06-30T16:00:00Z");
  static final Instant SAVING_FROM = Instant.parse("2023-12-31T16:00:00Z");

  final String siteId;
  final String meterId;

  /** The saving built into the reporting period 2024-01-01 to 2024-07-01, kWh. */
  final double builtInSavingKwh;

  private EnergyAnalysisFixture(String siteId, String meterId, double saving) {
    this.siteId = siteId;
    this.meterId = meterId;
    this.builtInSavingKwh = saving;
  }

  static double temperature(Instant hourStart) {
    LocalDateTime l = LocalDateTime.ofInstant(hourStart, ZONE);
    double season = -Math.cos(2 * Math.PI * (l.getDayOfYear() - 15) / 365.0); // -1 mid-January
    double day = -Math.cos(2 * Math.PI * (l.getHour() - 3) / 24.0); // lowest at 03:00
    return 17 + 12 * season + 4 * day;
  }

  static double ghi(Instant hourStart) {
    int h = LocalDateTime.ofInstant(hourStart, ZONE).getHour();
    return h >= 6 && h < 18 ? 700 * Math.sin(Math.PI * (h + 0.5 - 6) / 12) : 0;
  }

  static double wobble(long hourIndex) {
    return 0.03 * Math.sin(hourIndex * 1.7) * Math.cos(hourIndex * 0.37);
  }

  /** The load without any saving, kWh in the hour. */
  static double load(Instant hourStart, long hourIndex) {
    LocalDateTime l = LocalDateTime.ofInstant(hourStart, ZONE);
    boolean weekday = l.getDayOfWeek().getValue() <= 5;
    boolean day = weekday && l.getHour() >= 9 && l.getHour() < 17;
    double base = day ? 20 : 14;
    double cooling = 0.8 * Math.max(0, temperature(hourStart) - 22);
    return (base + cooling) * (1 + wobble(hourIndex));
  }

  /** A site in Hangzhou (region CN-ZJ) on the clock of {@code zone}; returns its id. */
  static String site(TenantFixture t, String name, String zone) {
    Map<String, Object> site = new HashMap<>();
    site.put("name", name);
    site.put("orgUnit", "Group");
    site.put("timeZone", zone);
    site.put("latitude", 30.27);
    site.put("longitude", 120.15);
    site.put("region", "CN-ZJ");
    ApiClient.Reply s = t.admin.post("/api/v1/energy/sites", site);
    assertThat(s.status()).as(s.text()).isEqualTo(201);
    return s.json().get("value").get("id").asString();
  }

  static EnergyAnalysisFixture create(TenantFixture t, Path dir) {
    String siteId = site(t, "Hangzhou works", "Asia/Shanghai");
    ApiClient.Reply m =
        t.admin.post(
            "/api/v1/energy/sites/" + siteId + "/meters",
            Map.of("name", "Main", "carrier", "electricity", "intervalMinutes", 60));
    String meterId = m.json().get("value").get("id").asString();
    ApiClient.Reply tariff =
        t.admin.post(
            "/api/v1/energy/sites/" + siteId + "/tariffs",
            Map.of(
                "name",
                "Flat",
                "periods",
                List.of(
                    Map.of(
                        "label", "flat", "days", "all", "start", "00:00", "end", "24:00", "price",
                        0.7))));
    assertThat(tariff.status()).as(tariff.text()).isEqualTo(201);

    StringBuilder w = new StringBuilder("time,temp_air,ghi,dni,dhi,wind_speed,cloud_cover\n");
    for (Instant h = WEATHER_FROM; h.isBefore(WEATHER_TO); h = h.plusSeconds(3600)) {
      double g = ghi(h);
      w.append(h.plusSeconds(3600).atOffset(ZoneOffset.ofHours(8)))
          .append(
              String.format(
                  Locale.ROOT, ",%.2f,%.1f,%.1f,%.1f,2.0,", temperature(h), g, g * 0.9, g * 0.3))
          .append('\n');
    }
    ApiClient.Reply up =
        t.admin.upload(
            "/api/v1/energy/sites/" + siteId + "/weather",
            ApiClient.write(dir, "hangzhou-weather.csv", w.toString()));
    assertThat(up.status()).as(up.text()).isEqualTo(201);

    StringBuilder r = new StringBuilder("timestamp,kwh\n");
    double saving = 0;
    long i = 0;
    for (Instant h = METER_FROM; h.isBefore(METER_TO); h = h.plusSeconds(3600), i++) {
      double kwh = load(h, i);
      if (!h.isBefore(SAVING_FROM)) {
        double after = Math.round(kwh * 0.9 * 1000) / 1000.0;
        saving += Math.round(kwh * 1000) / 1000.0 - after;
        kwh = after;
      }
      r.append(h).append(String.format(Locale.ROOT, ",%.3f%n", kwh));
    }
    ApiClient.Reply readings =
        t.admin.upload(
            "/api/v1/energy/meters/" + meterId + "/readings",
            ApiClient.write(dir, "hangzhou-main.csv", r.toString()));
    assertThat(readings.status()).as(readings.text()).isEqualTo(201);
    return new EnergyAnalysisFixture(siteId, meterId, saving);
  }
}
