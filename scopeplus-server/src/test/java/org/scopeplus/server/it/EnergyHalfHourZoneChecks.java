package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Meters in zones whose offset is not a whole hour, through the API: readings in Asia/Kolkata
 * (+05:30) and Asia/Kathmandu (+05:45), hourly and 15-minute, stored on the meter's phase and read
 * back at the local times given, across a UTC day; Lord Howe Island's half-hour summer time refused
 * for an hourly meter; and a Kolkata meter's baseline and forecast on its local hours, with weather
 * on whole UTC hours. Every expected instant is the local time less the zone's offset, by hand.
 */
abstract class EnergyHalfHourZoneChecks extends ServiceChecks {

  private static String site(TenantFixture t, String name, String zone) {
    Map<String, Object> m = new HashMap<>();
    m.put("name", name);
    m.put("orgUnit", "Group");
    m.put("timeZone", zone);
    m.put("latitude", 28.6);
    m.put("longitude", 77.2);
    ApiClient.Reply r = t.admin.post("/api/v1/energy/sites", m);
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r.json().get("value").get("id").asString();
  }

  private static JsonNode meter(TenantFixture t, String siteId, String name, int minutes) {
    ApiClient.Reply r =
        t.admin.post(
            "/api/v1/energy/sites/" + siteId + "/meters",
            Map.of("name", name, "carrier", "electricity", "intervalMinutes", minutes));
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r.json().get("value");
  }

  private JsonNode upload(TenantFixture t, String meterId, String name, String csv) {
    ApiClient.Reply up =
        t.admin.upload(
            "/api/v1/energy/meters/" + meterId + "/readings", ApiClient.write(dir, name, csv));
    assertThat(up.status()).as(up.text()).isEqualTo(201);
    return up.json();
  }

  private static JsonNode read(TenantFixture t, String meterId, String from, String to) {
    return t.viewer
        .get("/api/v1/energy/meters/" + meterId + "/readings?from=" + from + "&to=" + to)
        .json();
  }

  /**
   * A meter changed in place keeps its phase; a site's new time zone (before any reading) gives its
   * meters the new clock's phase: Kolkata hourly 30, London 0 (whole hours); once readings are
   * stored, a phase asked to change is refused.
   */
  @Test
  void aChangedMeterKeepsItsPhaseAndANewTimeZoneGivesItsOwn() {
    TenantFixture t = newTenant();
    String siteId = site(t, "Chennai office", "Asia/Kolkata");
    String id = meter(t, siteId, "Main", 60).get("id").asString();
    Map<String, Object> renamed =
        Map.of("name", "Main incomer", "carrier", "electricity", "intervalMinutes", 60);
    ApiClient.Reply changed = t.admin.put("/api/v1/energy/meters/" + id, renamed);
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(changed.json().get("value").get("phaseMinutes").asInt()).isEqualTo(30);

    Map<String, Object> london = new HashMap<>();
    london.put("name", "Chennai office");
    london.put("orgUnit", "Group");
    london.put("timeZone", "Europe/London");
    london.put("latitude", 28.6);
    london.put("longitude", 77.2);
    ApiClient.Reply moved = t.admin.put("/api/v1/energy/sites/" + siteId, london);
    assertThat(moved.status()).as(moved.text()).isEqualTo(200);
    assertThat(
            t.viewer
                .get("/api/v1/energy/meters/" + id)
                .json()
                .get("value")
                .get("phaseMinutes")
                .asInt())
        .isZero();
    london.put("timeZone", "Asia/Kolkata");
    assertThat(t.admin.put("/api/v1/energy/sites/" + siteId, london).status()).isEqualTo(200);
    assertThat(
            t.viewer
                .get("/api/v1/energy/meters/" + id)
                .json()
                .get("value")
                .get("phaseMinutes")
                .asInt())
        .isEqualTo(30);

    upload(t, id, "chennai.csv", "timestamp,kwh\n2024-01-01 04:00,1.5\n");
    Map<String, Object> rephased = new HashMap<>(renamed);
    rephased.put("phaseMinutes", 0);
    ApiClient.Reply refused = t.admin.put("/api/v1/energy/meters/" + id, rephased);
    assertThat(refused.status()).as(refused.text()).isEqualTo(422);
    assertThat(refused.text()).contains("its phase cannot change while readings are stored");
    assertThat(t.admin.put("/api/v1/energy/meters/" + id, renamed).status()).isEqualTo(200);
  }

  @Test
  void kolkataAndKathmanduReadingsAreStoredOnTheirPhaseAndReadBackAtTheirLocalTimes() {
    TenantFixture t = newTenant();
    String kolkata = site(t, "Pune works", "Asia/Kolkata");
    JsonNode hourly = meter(t, kolkata, "Main", 60);
    assertThat(hourly.get("phaseMinutes").asInt()).isEqualTo(30);
    String id = hourly.get("id").asString();
    // 04:00 to 07:00 IST on 2024-01-01: 22:30Z and 23:30Z on the 31st, 00:30Z and 01:30Z on the 1st
    JsonNode up =
        upload(
            t,
            id,
            "pune.csv",
            "timestamp,kwh\n2024-01-01 04:00,1.5\n2024-01-01 05:00,2.5\n"
                + "2024-01-01 06:00,3.5\n2024-01-01T07:00+05:30,4.5\n");
    assertThat(up.get("readings").asLong()).isEqualTo(4);
    assertThat(up.get("gapIntervals").asLong()).isZero();
    JsonNode back = read(t, id, "2023-12-31", "2024-01-01");
    assertThat(back.get("phaseMinutes").asInt()).isEqualTo(30);
    JsonNode r = back.get("readings");
    assertThat(r.size()).isEqualTo(4);
    String[] starts = {
      "2023-12-31T22:30:00Z", "2023-12-31T23:30:00Z", "2024-01-01T00:30:00Z", "2024-01-01T01:30:00Z"
    };
    double[] kwh = {1.5, 2.5, 3.5, 4.5};
    for (int i = 0; i < 4; i++) {
      assertThat(r.get(i).get("start").asString()).isEqualTo(starts[i]);
      assertThat(r.get(i).get("kwh").asDouble()).isEqualTo(kwh[i]);
      assertThat(
              Instant.parse(starts[i]).atZone(ZoneId.of("Asia/Kolkata")).toLocalTime().toString())
          .isEqualTo(String.format(Locale.ROOT, "%02d:00", 4 + i));
    }
    // the stored day 2024-01-01 starts at 00:30Z: it holds only the last two
    assertThat(read(t, id, "2024-01-01", "2024-01-01").get("readings").size()).isEqualTo(2);
    // a UTC hour is off this meter's interval: refused, naming the row and the phase
    ApiClient.Reply off =
        t.admin.upload(
            "/api/v1/energy/meters/" + id + "/readings",
            ApiClient.write(dir, "utc.csv", "timestamp,kwh\n2024-01-02T00:00Z,1\n"));
    assertThat(off.status()).isEqualTo(422);
    JsonNode p = off.json().get("problems").get(0);
    assertThat(p.get("row").asLong()).isEqualTo(2);
    assertThat(p.get("column").asString()).isEqualTo("timestamp");
    assertThat(p.get("message").asString()).contains("30 minutes past the UTC grid");

    String kathmandu = site(t, "Kathmandu office", "Asia/Kathmandu");
    JsonNode quarter = meter(t, kathmandu, "Quarter", 15);
    assertThat(quarter.get("phaseMinutes").asInt()).isZero();
    JsonNode nepalHourly = meter(t, kathmandu, "Hourly", 60);
    assertThat(nepalHourly.get("phaseMinutes").asInt()).isEqualTo(15);
    assertThat(meter(t, kathmandu, "Half", 30).get("phaseMinutes").asInt()).isEqualTo(15);
    // 23:45 NPT on the 1st = 18:00Z; 00:00 NPT on the 2nd = 18:15Z
    upload(
        t,
        quarter.get("id").asString(),
        "q.csv",
        "timestamp,kwh\n2024-01-01 23:45,0.25\n2024-01-02 00:00,0.5\n2024-01-02 00:15,0.75\n");
    JsonNode q = read(t, quarter.get("id").asString(), "2024-01-01", "2024-01-01").get("readings");
    assertThat(q.get(0).get("start").asString()).isEqualTo("2024-01-01T18:00:00Z");
    assertThat(q.get(1).get("start").asString()).isEqualTo("2024-01-01T18:15:00Z");
    assertThat(q.get(2).get("start").asString()).isEqualTo("2024-01-01T18:30:00Z");
    assertThat(q.get(2).get("kwh").asDouble()).isEqualTo(0.75);
    // hourly in Nepal: 00:00 NPT = 18:15Z, 01:00 NPT = 19:15Z
    upload(
        t,
        nepalHourly.get("id").asString(),
        "h.csv",
        "timestamp,kwh\n2024-01-02 00:00,7\n2024-01-02 01:00,8\n");
    JsonNode h =
        read(t, nepalHourly.get("id").asString(), "2024-01-01", "2024-01-01").get("readings");
    assertThat(h.get(0).get("start").asString()).isEqualTo("2024-01-01T18:15:00Z");
    assertThat(h.get(1).get("start").asString()).isEqualTo("2024-01-01T19:15:00Z");
  }

  @Test
  void lordHowesHalfHourSummerTimeIsRefusedForAnHourlyMeterOnly() {
    TenantFixture t = newTenant();
    String s = site(t, "Lord Howe store", "Australia/Lord_Howe");
    ApiClient.Reply r =
        t.admin.post(
            "/api/v1/energy/sites/" + s + "/meters",
            Map.of("name", "Main", "carrier", "electricity", "intervalMinutes", 60));
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.text()).contains("Australia/Lord_Howe").contains("30- or 15-minute readings");
    assertThat(meter(t, s, "Half", 30).get("phaseMinutes").asInt()).isZero();
  }

  /** Weather at UTC hour h (hours from 2024-01-01T00:00Z), °C. */
  private static double temperature(long h) {
    return 15 + 8 * Math.sin(2 * Math.PI * h / 24) + 6 * Math.sin(2 * Math.PI * h / 173);
  }

  @Test
  void aKolkataBaselineAndForecastAreOnItsLocalHours() {
    TenantFixture t = newTenant();
    String s = site(t, "Delhi shop", "Asia/Kolkata");
    String id = meter(t, s, "Main", 60).get("id").asString();
    LocalDateTime start = LocalDateTime.parse("2024-01-01T00:00");
    StringBuilder w = new StringBuilder("time,temp_air\n");
    for (long h = 0; h < 46 * 24; h++) {
      // the hour ending, as weather files give it
      w.append(start.plusHours(h + 1))
          .append(String.format(Locale.ROOT, "Z,%.4f%n", temperature(h)));
    }
    ApiClient.Reply wu =
        t.admin.upload(
            "/api/v1/energy/sites/" + s + "/weather",
            ApiClient.write(dir, "delhi-weather.csv", w.toString()));
    assertThat(wu.status()).as(wu.text()).isEqualTo(201);
    // local hours from 2024-01-02 00:00 IST (2024-01-01T18:30Z) to 2024-02-01 00:00 IST; the hour
    // starting h:30Z overlaps weather hours h and h + 1 half each: 20 + 0.5 x their mean
    StringBuilder m = new StringBuilder("timestamp,kwh\n");
    for (long h = 18; h < 18 + 30 * 24; h++) {
      double kwh = 20 + 0.5 * (temperature(h) + temperature(h + 1)) / 2;
      m.append(start.plusHours(h).plusMinutes(30))
          .append(String.format(Locale.ROOT, "Z,%.3f%n", kwh));
    }
    upload(t, id, "delhi.csv", m.toString());
    JsonNode b =
        t.verifier
            .get("/api/v1/energy/meters/" + id + "/baseline?train=2024-01-02/2024-02-01")
            .json();
    assertThat(b.get("points").size()).as(b.toString()).isEqualTo(30 * 24);
    assertThat(b.get("points").get(0).get("start").asString()).isEqualTo("2024-01-01T18:30:00Z");
    // linear in the temperature the rule gives: only the rounding to whole Wh is left
    assertThat(b.get("fit").get("cvRmse").asDouble()).isLessThan(1e-4);
    JsonNode day = t.viewer.get("/api/v1/energy/meters/" + id + "/forecast?days=1").json();
    assertThat(day.get("origin").asString()).as(day.toString()).isEqualTo("2024-01-31T18:30:00Z");
    assertThat(day.get("points").size()).isEqualTo(24);
    JsonNode first = day.get("points").get(0);
    assertThat(first.get("start").asString()).isEqualTo("2024-01-31T18:30:00Z");
    long h = 30 * 24 + 18; // 2024-01-31T18:00Z
    assertThat(first.get("predicted").asDouble())
        .isCloseTo(
            20 + 0.5 * (temperature(h) + temperature(h + 1)) / 2,
            org.assertj.core.api.Assertions.within(0.01));
  }
}
