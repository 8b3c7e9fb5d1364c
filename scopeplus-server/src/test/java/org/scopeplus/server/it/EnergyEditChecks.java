package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The energy page's change forms, one kind each: a site, a meter, a PV system and a tariff are
 * changed through the console form with the API's checks and audit entry; a refused value shows the
 * form again with the values given and the field named in the page's language, nothing changed; a
 * viewer or verifier is refused 403 and another tenant's data owner 404, nothing changed.
 */
abstract class EnergyEditChecks extends ServiceChecks {

  private static Map<String, Object> site(String name) {
    Map<String, Object> m = new HashMap<>();
    m.put("name", name);
    m.put("orgUnit", "Group/Cloud");
    m.put("timeZone", "Asia/Shanghai");
    m.put("latitude", 31.2);
    m.put("longitude", 121.5);
    return m;
  }

  private static String created(ApiClient.Reply r) {
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r.json().get("value").get("id").asString();
  }

  private static String suffix(TenantFixture t) {
    return t.name.substring("tenant-".length());
  }

  /** How many audit entries of the tenant have this action. */
  private static long audited(TenantFixture t, String action) {
    long n = 0;
    for (JsonNode e : t.verifier.get("/api/v1/audit?size=100").json().get("items")) {
      if (e.get("action").asString().equals(action)) {
        n++;
      }
    }
    return n;
  }

  /** A page as this signed-in client, in this language. */
  private HttpResponse<String> page(HttpClient http, String path, String lang) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .header("Accept", "text/html")
            .header("Accept-Language", lang)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Posts a change form with the token of the client's session (taken from the energy page) in this
   * language.
   */
  private HttpResponse<String> post(
      HttpClient http, String path, Map<String, String> fields, String lang) throws Exception {
    Map<String, String> withToken = new HashMap<>(fields);
    withToken.put("_csrf", csrf(page(http, "/energy", lang).body()));
    HttpRequest r =
        HttpRequest.newBuilder(form(path, withToken), (n, v) -> true)
            .header("Accept-Language", lang)
            .build();
    return http.send(r, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The refusals every kind shares: a viewer and a verifier of the tenant get 403 on the page and
   * the post, another tenant's data owner 404 on both.
   */
  private void refusedToOthers(TenantFixture t, String path, Map<String, String> fields)
      throws Exception {
    for (String role : List.of("viewer", "verifier")) {
      HttpClient http = signedIn(t.login(role + "-" + suffix(t)));
      assertThat(page(http, path, "en").statusCode()).as(role).isEqualTo(403);
      assertThat(post(http, path, fields, "en").statusCode()).as(role).isEqualTo(403);
    }
    TenantFixture other = newTenant();
    HttpClient stranger = signedIn(other.login("owner-" + suffix(other)));
    HttpResponse<String> seen = page(stranger, path, "en");
    assertThat(seen.statusCode()).isEqualTo(404);
    HttpResponse<String> posted = post(stranger, path, fields, "en");
    assertThat(posted.statusCode()).isEqualTo(404);
    assertThat(posted.body()).doesNotContain(fields.get("name"));
  }

  @Test
  void aSiteIsChangedThroughItsFormWithTheApisChecksAndAudit() throws Exception {
    TenantFixture t = newTenant();
    String id = created(t.admin.post("/api/v1/energy/sites", site("Works")));
    HttpClient owner = signedIn(t.login("owner-" + suffix(t)));
    String path = "/energy/sites/" + id + "/edit";

    // the energy page links the form; the form holds the stored values
    assertThat(page(owner, "/energy", "en").body()).contains("href=\"" + path + "\"");
    HttpResponse<String> form = page(owner, path, "en");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains(
            "value=\"Works\"", "value=\"Asia/Shanghai\"", "value=\"31.2\"", "value=\"121.5\"");

    Map<String, String> fields = new HashMap<>();
    fields.put("name", "Works North");
    fields.put("orgUnit", "Group/Cloud");
    fields.put("timeZone", "Asia/Shanghai");
    fields.put("latitude", "30.5");
    fields.put("longitude", "120.25");
    fields.put("region", "cn-zj");
    HttpResponse<String> saved = post(owner, path, fields, "en");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/energy");
    JsonNode kept = t.admin.get("/api/v1/energy/sites/" + id).json().get("site").get("value");
    assertThat(kept.get("name").asString()).isEqualTo("Works North");
    assertThat(kept.get("latitude").asDouble()).isEqualTo(30.5);
    assertThat(kept.get("longitude").asDouble()).isEqualTo(120.25);
    assertThat(kept.get("region").asString())
        .as("upper case, as the API keeps it")
        .isEqualTo("CN-ZJ");
    assertThat(audited(t, "energy.site.changed")).isEqualTo(1);

    // a latitude beyond the pole: the form again with the value given, the field named in each
    // language, nothing changed and nothing audited
    fields.put("name", "Works South");
    fields.put("latitude", "95");
    HttpResponse<String> refused = post(owner, path, fields, "en");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("latitude lies between -90 and 90 degrees")
        .contains("value=\"95\"", "value=\"Works South\"");
    HttpResponse<String> refusedZh = post(owner, path, fields, "zh-CN");
    assertThat(refusedZh.statusCode()).isEqualTo(422);
    assertThat(refusedZh.body())
        .contains("纬度（latitude）须在 -90 到 90 度之间", "站点：未修改，未保存任何内容。")
        .doesNotContain("latitude lies");
    fields.put("latitude", "north");
    assertThat(post(owner, path, fields, "zh-CN").body()).contains("latitude 须为以度为单位的数字，例如 31.23");
    kept = t.admin.get("/api/v1/energy/sites/" + id).json().get("site").get("value");
    assertThat(kept.get("name").asString()).isEqualTo("Works North");
    assertThat(kept.get("latitude").asDouble()).isEqualTo(30.5);
    assertThat(audited(t, "energy.site.changed")).isEqualTo(1);

    // a data owner may not move the site out of its org units
    fields.put("latitude", "30");
    fields.put("orgUnit", "Group/Retail");
    assertThat(post(owner, path, fields, "en").statusCode()).isEqualTo(403);

    fields.put("orgUnit", "Group/Cloud");
    fields.put("name", "Intruder");
    refusedToOthers(t, path, fields);
    assertThat(t.admin.get("/api/v1/energy/sites/" + id).json().get("site").get("value"))
        .isEqualTo(kept);
    assertThat(audited(t, "energy.site.changed")).isEqualTo(1);
  }

  @Test
  void aMeterIsChangedThroughItsFormAndItsIntervalKeptOnceReadingsAreStored() throws Exception {
    TenantFixture t = newTenant();
    String siteId = created(t.admin.post("/api/v1/energy/sites", site("Works")));
    String id =
        created(
            t.admin.post(
                "/api/v1/energy/sites/" + siteId + "/meters",
                Map.of("name", "Main", "carrier", "electricity", "intervalMinutes", 60)));
    HttpClient owner = signedIn(t.login("owner-" + suffix(t)));
    String path = "/energy/meters/" + id + "/edit";
    assertThat(page(owner, "/energy", "en").body()).contains("href=\"" + path + "\"");
    HttpResponse<String> form = page(owner, path, "en");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("value=\"Main\"");

    Map<String, String> fields = new HashMap<>();
    fields.put("name", "Main hall");
    fields.put("carrier", "electricity");
    fields.put("direction", "import");
    fields.put("intervalMinutes", "30");
    assertThat(post(owner, path, fields, "en").statusCode()).isEqualTo(302);
    JsonNode kept = t.admin.get("/api/v1/energy/meters/" + id).json().get("value");
    assertThat(kept.get("name").asString()).isEqualTo("Main hall");
    assertThat(kept.get("intervalMinutes").asInt()).isEqualTo(30);
    assertThat(audited(t, "energy.meter.changed")).isEqualTo(1);

    // readings stored at 30 minutes: the interval stays, refused with the field named
    StringBuilder csv = new StringBuilder("timestamp,kwh\n");
    for (int i = 0; i < 4; i++) {
      csv.append(java.time.Instant.parse("2024-06-01T00:00:00Z").plusSeconds(1800L * i))
          .append(",1\n");
    }
    assertThat(
            t.admin
                .upload(
                    "/api/v1/energy/meters/" + id + "/readings",
                    ApiClient.write(dir, "m.csv", csv.toString()))
                .status())
        .isEqualTo(201);
    fields.put("name", "Renamed");
    fields.put("intervalMinutes", "60");
    HttpResponse<String> refused = post(owner, path, fields, "en");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains(
            "meter Main hall has readings stored at 30 minutes: its interval cannot change while"
                + " readings are stored")
        .contains("value=\"Renamed\"");
    assertThat(post(owner, path, fields, "zh-CN").body())
        .contains("计量表 Main hall 已按 30 分钟间隔保存读数：有读数时，读数间隔（intervalMinutes）不能修改");
    fields.put("intervalMinutes", "hourly");
    assertThat(post(owner, path, fields, "zh-CN").body())
        .contains("读数间隔（intervalMinutes）须为 15、30 或 60 分钟");
    kept = t.admin.get("/api/v1/energy/meters/" + id).json().get("value");
    assertThat(kept.get("name").asString()).isEqualTo("Main hall");
    assertThat(kept.get("intervalMinutes").asInt()).isEqualTo(30);
    assertThat(audited(t, "energy.meter.changed")).isEqualTo(1);

    // with its interval kept, a meter with readings takes a new name and carrier
    fields.put("intervalMinutes", "30");
    fields.put("carrier", "gas");
    assertThat(post(owner, path, fields, "en").statusCode()).isEqualTo(302);
    kept = t.admin.get("/api/v1/energy/meters/" + id).json().get("value");
    assertThat(kept.get("name").asString()).isEqualTo("Renamed");
    assertThat(kept.get("carrier").asString()).isEqualTo("GAS");
    assertThat(audited(t, "energy.meter.changed")).isEqualTo(2);

    fields.put("name", "Intruder");
    refusedToOthers(t, path, fields);
    assertThat(t.admin.get("/api/v1/energy/meters/" + id).json().get("value")).isEqualTo(kept);
    assertThat(audited(t, "energy.meter.changed")).isEqualTo(2);
  }

  /** The site's first PV system as the API reads it. */
  private static JsonNode storedPv(TenantFixture t, String siteId) {
    return t.admin
        .get("/api/v1/energy/sites/" + siteId)
        .json()
        .get("pvSystems")
        .get(0)
        .get("value");
  }

  @Test
  void aPvSystemIsChangedThroughItsFormWithPvWattsDefaults() throws Exception {
    TenantFixture t = newTenant();
    String siteId = created(t.admin.post("/api/v1/energy/sites", site("Works")));
    Map<String, Object> pv = new HashMap<>();
    pv.put("name", "Roof");
    pv.put("dcKw", 50.0);
    pv.put("tilt", 25.0);
    pv.put("azimuth", 180.0);
    String id = created(t.admin.post("/api/v1/energy/sites/" + siteId + "/pv-systems", pv));
    HttpClient owner = signedIn(t.login("owner-" + suffix(t)));
    String path = "/energy/pv-systems/" + id + "/edit";
    assertThat(page(owner, "/energy", "en").body()).contains("href=\"" + path + "\"");
    HttpResponse<String> form = page(owner, path, "en");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains("value=\"Roof\"", "value=\"50\"", "value=\"25\"", "value=\"180\"")
        .contains("value=\"14.08\"");

    Map<String, String> fields = new HashMap<>();
    fields.put("name", "Roof east");
    fields.put("dcKw", "60");
    fields.put("tilt", "30");
    fields.put("azimuth", "170");
    fields.put("lossesPercent", "14.08");
    fields.put("inverterAcKw", "");
    fields.put("temperatureModel", "FAIMAN");
    assertThat(post(owner, path, fields, "en").statusCode()).isEqualTo(302);
    JsonNode kept = storedPv(t, siteId);
    assertThat(kept.get("name").asString()).isEqualTo("Roof east");
    assertThat(kept.get("dcKw").asDouble()).isEqualTo(60.0);
    assertThat(kept.get("tilt").asDouble()).isEqualTo(30.0);
    assertThat(kept.get("azimuth").asDouble()).isEqualTo(170.0);
    // the inverter left blank takes PVWatts' DC/AC ratio of 1.2, as the API does: 60 / 1.2 = 50 kW
    assertThat(kept.get("inverterAcKw").asDouble()).isEqualTo(50.0);
    assertThat(kept.get("temperatureModel").asString()).isEqualTo("FAIMAN");
    assertThat(audited(t, "energy.pv.changed")).isEqualTo(1);

    // a tilt beyond vertical: the form again, the field named, nothing changed
    fields.put("tilt", "95");
    HttpResponse<String> refused = post(owner, path, fields, "en");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("tilt lies between 0 (flat) and 90 degrees (vertical)", "value=\"95\"");
    assertThat(post(owner, path, fields, "zh-CN").body())
        .contains("倾角（tilt）须在 0（水平）到 90 度（竖直）之间", "光伏系统：未修改，未保存任何内容。");
    fields.put("tilt", "steep");
    assertThat(post(owner, path, fields, "en").body()).contains("tilt is a number, e.g. 25");
    assertThat(storedPv(t, siteId)).isEqualTo(kept);
    assertThat(audited(t, "energy.pv.changed")).isEqualTo(1);

    fields.put("tilt", "30");
    fields.put("name", "Intruder");
    refusedToOthers(t, path, fields);
    assertThat(storedPv(t, siteId)).isEqualTo(kept);
    assertThat(audited(t, "energy.pv.changed")).isEqualTo(1);
  }

  @Test
  void aTariffIsChangedThroughItsFormWithItsPeriodsAndHolidays() throws Exception {
    TenantFixture t = newTenant();
    String siteId = created(t.admin.post("/api/v1/energy/sites", site("Works")));
    Map<String, Object> tariff = new HashMap<>();
    tariff.put("name", "TOU");
    tariff.put("demandChargePerKwMonth", 40.0);
    tariff.put("periods", EnergyChecks.peakValleyRest());
    tariff.put("holidays", List.of("2024-10-01"));
    String id = created(t.admin.post("/api/v1/energy/sites/" + siteId + "/tariffs", tariff));
    HttpClient owner = signedIn(t.login("owner-" + suffix(t)));
    String path = "/energy/tariffs/" + id + "/edit";
    assertThat(page(owner, "/energy", "en").body()).contains("href=\"" + path + "\"");
    HttpResponse<String> form = page(owner, path, "en");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains("value=\"TOU\"", "value=\"40\"", "value=\"peak\"", "value=\"08:00\"")
        .contains("value=\"24:00\"", "value=\"1.2\"", "2024-10-01");

    Map<String, String> fields = new HashMap<>();
    fields.put("name", "TOU 2025");
    fields.put("currency", "CNY");
    fields.put("demandCharge", "42");
    period(fields, 0, "peak", "weekday", "08:00", "22:00", "1.5");
    period(fields, 1, "valley", "weekday", "22:00", "08:00", "0.3");
    period(fields, 2, "rest", "weekend", "00:00", "24:00", "0.5");
    fields.put("holidays", "2024-10-01, 2024-10-02");
    fields.put("workdays", "2024-09-29");
    assertThat(post(owner, path, fields, "en").statusCode()).isEqualTo(302);
    JsonNode kept = t.admin.get("/api/v1/energy/tariffs/" + id).json().get("value");
    assertThat(kept.get("name").asString()).isEqualTo("TOU 2025");
    assertThat(kept.get("demandChargePerKwMonth").asDouble()).isEqualTo(42.0);
    assertThat(kept.get("periods").size()).isEqualTo(3);
    assertThat(kept.get("periods").get(0).get("price").asDouble()).isEqualTo(1.5);
    assertThat(kept.get("holidays").toString()).isEqualTo("[\"2024-10-01\",\"2024-10-02\"]");
    assertThat(kept.get("workdays").toString()).isEqualTo("[\"2024-09-29\"]");
    assertThat(audited(t, "energy.tariff.changed")).isEqualTo(1);

    // the valley row emptied leaves working days without a price from 22:00 (first at 00:00)
    period(fields, 1, "", "weekday", "", "", "");
    fields.put("name", "Gappy");
    HttpResponse<String> refused = post(owner, path, fields, "en");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("leave a gap at 00:00 on a weekday", "value=\"Gappy\"");
    assertThat(post(owner, path, fields, "zh-CN").body())
        .contains("在工作日的 00:00 没有时段覆盖", "电价：未修改，未保存任何内容。");
    period(fields, 1, "valley", "weekday", "22:00", "", "0.3");
    assertThat(post(owner, path, fields, "zh-CN").body()).contains("时段 2：请填写开始时间、结束时间和电价");
    assertThat(t.admin.get("/api/v1/energy/tariffs/" + id).json().get("value")).isEqualTo(kept);
    assertThat(audited(t, "energy.tariff.changed")).isEqualTo(1);

    period(fields, 1, "valley", "weekday", "22:00", "08:00", "0.3");
    fields.put("name", "Intruder");
    refusedToOthers(t, path, fields);
    assertThat(t.admin.get("/api/v1/energy/tariffs/" + id).json().get("value")).isEqualTo(kept);
    assertThat(audited(t, "energy.tariff.changed")).isEqualTo(1);
  }

  private static void period(
      Map<String, String> fields,
      int row,
      String label,
      String days,
      String start,
      String end,
      String price) {
    fields.put("label" + row, label);
    fields.put("days" + row, days);
    fields.put("start" + row, start);
    fields.put("end" + row, end);
    fields.put("price" + row, price);
  }
}
