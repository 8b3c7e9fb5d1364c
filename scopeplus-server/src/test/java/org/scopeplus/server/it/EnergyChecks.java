package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An SME's sites, meters, PV systems and tariffs through the API, with roles and tenant isolation;
 * interval readings uploaded across a DST change, refused whole on a bad row, read back, and the
 * bytes each stored reading takes on PostgreSQL.
 */
abstract class EnergyChecks extends ServiceChecks {

  private static Map<String, Object> site(String name, String orgUnit) {
    Map<String, Object> m = new HashMap<>();
    m.put("name", name);
    m.put("orgUnit", orgUnit);
    m.put("timeZone", "America/New_York");
    m.put("latitude", 40.7);
    m.put("longitude", -74.0);
    return m;
  }

  private static String created(ApiClient.Reply r) {
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r.json().get("value").get("id").asString();
  }

  /**
   * Working days at 1.2 from 08:00 to 22:00 and 0.3 overnight, weekends and holidays at 0.5 all
   * day: every minute priced once.
   */
  static List<Map<String, Object>> peakValleyRest() {
    return List.of(
        Map.of("label", "peak", "days", "weekday", "start", "08:00", "end", "22:00", "price", 1.2),
        Map.of(
            "label", "valley", "days", "weekday", "start", "22:00", "end", "08:00", "price", 0.3),
        Map.of("label", "rest", "days", "weekend", "start", "00:00", "end", "24:00", "price", 0.5));
  }

  private static List<String> auditActions(TenantFixture t) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : t.verifier.get("/api/v1/audit?size=100").json().get("items")) {
      out.add(e.get("action").asString());
    }
    return out;
  }

  @Test
  void aSiteWithMetersPvAndTariffIsKeptByRoleAndSeenByItsTenantOnly() {
    TenantFixture t = newTenant();
    TenantFixture other = newTenant();
    String siteId = created(t.admin.post("/api/v1/energy/sites", site("Plant A", "Group")));

    // roles: the data owner writes only in its org units; verifier and viewer read only
    assertThat(t.dataOwner.post("/api/v1/energy/sites", site("Plant B", "Group")).status())
        .isEqualTo(403);
    assertThat(t.viewer.post("/api/v1/energy/sites", site("Plant B", "Group/Cloud")).status())
        .isEqualTo(403);
    String ownerSite =
        created(t.dataOwner.post("/api/v1/energy/sites", site("Plant C", "Group/Cloud/East")));
    assertThat(t.admin.post("/api/v1/energy/sites", site("Plant A", "Group")).status())
        .as("a name is unique in a tenant")
        .isEqualTo(409);
    Map<String, Object> badZone = site("Plant D", "Group");
    badZone.put("timeZone", "Mars/Olympus");
    ApiClient.Reply zone = t.admin.post("/api/v1/energy/sites", badZone);
    assertThat(zone.status()).isEqualTo(422);
    assertThat(zone.str("detail")).contains("Mars/Olympus");

    String meterId =
        created(
            t.admin.post(
                "/api/v1/energy/sites/" + siteId + "/meters",
                Map.of(
                    "name",
                    "Main",
                    "carrier",
                    "electricity",
                    "direction",
                    "import",
                    "intervalMinutes",
                    60)));
    assertThat(
            t.admin
                .post(
                    "/api/v1/energy/sites/" + siteId + "/meters",
                    Map.of("name", "Odd", "carrier", "steam", "intervalMinutes", 60))
                .status())
        .isEqualTo(422);
    assertThat(
            t.dataOwner
                .post(
                    "/api/v1/energy/sites/" + siteId + "/meters",
                    Map.of("name", "Gas", "carrier", "gas", "intervalMinutes", 60))
                .status())
        .as("Plant A is in Group, outside the data owner's units")
        .isEqualTo(403);
    created(
        t.dataOwner.post(
            "/api/v1/energy/sites/" + ownerSite + "/meters",
            Map.of("name", "Gas", "carrier", "gas", "intervalMinutes", 30)));

    Map<String, Object> pv = new HashMap<>();
    pv.put("name", "Roof");
    pv.put("dcKw", 100.0);
    pv.put("tilt", 20.0);
    pv.put("azimuth", 180.0);
    pv.put("temperatureModel", "faiman");
    ApiClient.Reply pvMade = t.admin.post("/api/v1/energy/sites/" + siteId + "/pv-systems", pv);
    created(pvMade);
    JsonNode pvValue = pvMade.json().get("value");
    assertThat(pvValue.get("lossesPercent").asDouble()).isEqualTo(14.08);
    assertThat(pvValue.get("inverterAcKw").asDouble()).isEqualTo(100.0 / 1.2);
    pv.put("dcKw", 1e300);
    assertThat(t.admin.post("/api/v1/energy/sites/" + siteId + "/pv-systems", pv).status())
        .isEqualTo(422);

    Map<String, Object> tariff = new HashMap<>();
    tariff.put("name", "Peak-valley");
    tariff.put("demandChargePerKwMonth", 40.0);
    tariff.put(
        "periods",
        List.of(
            Map.of("label", "peak", "days", "all", "start", "08:00", "end", "22:00", "price", 1.2),
            Map.of(
                "label", "valley", "days", "all", "start", "22:00", "end", "08:00", "price", 0.3)));
    ApiClient.Reply tariffMade =
        t.admin.post("/api/v1/energy/sites/" + siteId + "/tariffs", tariff);
    created(tariffMade);
    assertThat(tariffMade.json().get("value").get("currency").asString()).isEqualTo("CNY");
    tariff.put(
        "periods",
        List.of(
            Map.of(
                "label", "peak", "days", "all", "start", "08:00", "end", "22:00", "price", 1.2)));
    ApiClient.Reply gap = t.admin.post("/api/v1/energy/sites/" + siteId + "/tariffs", tariff);
    assertThat(gap.status()).isEqualTo(422);
    assertThat(gap.str("detail")).contains("gap");

    JsonNode seen = t.viewer.get("/api/v1/energy/sites/" + siteId).json();
    assertThat(seen.get("meters").size()).isEqualTo(1);
    assertThat(seen.get("pvSystems").size()).isEqualTo(1);
    assertThat(seen.get("tariffs").get(0).get("value").get("periods").size()).isEqualTo(2);
    assertThat(t.verifier.get("/api/v1/energy/sites").json().size()).isEqualTo(2);

    // another tenant sees none of it, and cannot touch it
    assertThat(other.admin.get("/api/v1/energy/sites").json().size()).isZero();
    assertThat(other.admin.get("/api/v1/energy/sites/" + siteId).status()).isEqualTo(404);
    assertThat(other.admin.get("/api/v1/energy/meters/" + meterId).status()).isEqualTo(404);
    assertThat(other.admin.delete("/api/v1/energy/meters/" + meterId).status()).isEqualTo(404);
    assertThat(
            other
                .admin
                .post(
                    "/api/v1/energy/meters/" + meterId + "/readings",
                    Map.of("readings", List.of(Map.of("timestamp", "2024-01-01T00:00Z", "kwh", 1))))
                .status())
        .isEqualTo(404);

    // a site with things on it is not removed; removing them first is audited
    assertThat(t.admin.delete("/api/v1/energy/sites/" + siteId).status()).isEqualTo(409);
    assertThat(t.viewer.delete("/api/v1/energy/meters/" + meterId).status()).isEqualTo(403);
    assertThat(t.admin.delete("/api/v1/energy/meters/" + meterId).status()).isEqualTo(204);
    assertThat(auditActions(t))
        .contains(
            "energy.site.added",
            "energy.meter.added",
            "energy.pv.added",
            "energy.tariff.added",
            "energy.meter.removed");
  }

  /**
   * A site, a meter and a PV system are changed in place with the checks, roles and audit of their
   * creation: the ids, creators and what hangs on them stay; a data owner changes only in its org
   * units (and cannot move a site out of them); another tenant's ids are 404; absurd values are
   * refused and nothing changes; and once readings are stored, the site's time zone and the meter's
   * interval are refused a change while everything else still changes.
   */
  @Test
  void sitesMetersAndPvSystemsAreChangedInPlaceByRoleAndAudited() {
    TenantFixture t = newTenant();
    TenantFixture other = newTenant();
    String siteId =
        created(t.dataOwner.post("/api/v1/energy/sites", site("Plant E", "Group/Cloud/East")));
    String meterId =
        created(
            t.dataOwner.post(
                "/api/v1/energy/sites/" + siteId + "/meters",
                Map.of("name", "Main", "carrier", "electricity", "intervalMinutes", 60)));
    created(
        t.dataOwner.post(
            "/api/v1/energy/sites/" + siteId + "/meters",
            Map.of("name", "Gas", "carrier", "gas", "intervalMinutes", 60)));
    Map<String, Object> pv = new HashMap<>();
    pv.put("name", "Roof");
    pv.put("dcKw", 100.0);
    pv.put("tilt", 20.0);
    pv.put("azimuth", 180.0);
    String pvId = created(t.dataOwner.post("/api/v1/energy/sites/" + siteId + "/pv-systems", pv));

    // the site: renamed, moved and given a region by its data owner; the id and creator stay
    Map<String, Object> changed = site("Plant E2", "Group/Cloud");
    changed.put("timeZone", "Asia/Shanghai");
    changed.put("latitude", 31.2);
    changed.put("longitude", 121.5);
    changed.put("region", "cn-sh");
    assertThat(t.viewer.put("/api/v1/energy/sites/" + siteId, changed).status()).isEqualTo(403);
    assertThat(t.verifier.put("/api/v1/energy/sites/" + siteId, changed).status()).isEqualTo(403);
    assertThat(other.admin.put("/api/v1/energy/sites/" + siteId, changed).status()).isEqualTo(404);
    assertThat(
            t.dataOwner.put("/api/v1/energy/sites/" + siteId, site("Plant E2", "Group")).status())
        .as("Group is outside the data owner's units")
        .isEqualTo(403);
    Map<String, Object> absurd = new HashMap<>(changed);
    absurd.put("latitude", 1e300);
    assertThat(t.dataOwner.put("/api/v1/energy/sites/" + siteId, absurd).status()).isEqualTo(422);
    ApiClient.Reply site = t.dataOwner.put("/api/v1/energy/sites/" + siteId, changed);
    assertThat(site.status()).as(site.text()).isEqualTo(200);
    JsonNode siteValue = t.viewer.get("/api/v1/energy/sites/" + siteId).json();
    assertThat(siteValue.get("site").get("value").get("name").asString()).isEqualTo("Plant E2");
    assertThat(siteValue.get("site").get("value").get("timeZone").asString())
        .isEqualTo("Asia/Shanghai");
    assertThat(siteValue.get("site").get("value").get("region").asString()).isEqualTo("CN-SH");
    assertThat(siteValue.get("site").get("createdBy").asString())
        .isEqualTo(site.json().get("createdBy").asString());
    assertThat(siteValue.get("meters").size()).isEqualTo(2);
    assertThat(siteValue.get("pvSystems").size()).isEqualTo(1);
    created(t.admin.post("/api/v1/energy/sites", site("Plant F", "Group")));
    Map<String, Object> taken = new HashMap<>(changed);
    taken.put("name", "Plant F");
    assertThat(t.admin.put("/api/v1/energy/sites/" + siteId, taken).status()).isEqualTo(409);

    // the meter: renamed and made an export meter at 15 minutes while it has no readings
    Map<String, Object> meter =
        Map.of(
            "name",
            "Main 2",
            "carrier",
            "electricity",
            "direction",
            "export",
            "intervalMinutes",
            15);
    assertThat(t.viewer.put("/api/v1/energy/meters/" + meterId, meter).status()).isEqualTo(403);
    assertThat(other.admin.put("/api/v1/energy/meters/" + meterId, meter).status()).isEqualTo(404);
    assertThat(
            t.admin
                .put(
                    "/api/v1/energy/meters/" + meterId,
                    Map.of("name", "Main 2", "carrier", "electricity", "intervalMinutes", 7))
                .status())
        .isEqualTo(422);
    assertThat(
            t.admin
                .put(
                    "/api/v1/energy/meters/" + meterId,
                    Map.of("name", "Gas", "carrier", "electricity", "intervalMinutes", 60))
                .status())
        .as("the site has a meter named Gas")
        .isEqualTo(409);
    ApiClient.Reply m = t.dataOwner.put("/api/v1/energy/meters/" + meterId, meter);
    assertThat(m.status()).as(m.text()).isEqualTo(200);
    assertThat(m.json().get("value").get("id").asString()).isEqualTo(meterId);
    assertThat(m.json().get("value").get("direction").asString()).isEqualTo("EXPORT");
    assertThat(m.json().get("value").get("intervalMinutes").asInt()).isEqualTo(15);

    // readings stored: the interval and the site's time zone no longer change, the rest does
    ApiClient.Reply stored =
        t.admin.post(
            "/api/v1/energy/meters/" + meterId + "/readings",
            Map.of("readings", List.of(Map.of("timestamp", "2024-01-01T00:00Z", "kwh", 1))));
    assertThat(stored.status()).as(stored.text()).isEqualTo(201);
    ApiClient.Reply interval =
        t.admin.put(
            "/api/v1/energy/meters/" + meterId,
            Map.of("name", "Main 2", "carrier", "electricity", "intervalMinutes", 60));
    assertThat(interval.status()).isEqualTo(422);
    assertThat(interval.str("detail"))
        .isEqualTo(
            "meter Main 2 has readings stored at 15 minutes: its interval cannot change while"
                + " readings are stored");
    Map<String, Object> rezoned = new HashMap<>(changed);
    rezoned.put("timeZone", "Europe/Berlin");
    ApiClient.Reply zone = t.admin.put("/api/v1/energy/sites/" + siteId, rezoned);
    assertThat(zone.status()).isEqualTo(422);
    assertThat(zone.str("detail"))
        .isEqualTo(
            "meter Main 2 has readings stored in the site's time zone Asia/Shanghai: the time"
                + " zone cannot change while a meter of the site has readings");
    Map<String, Object> renamed = new HashMap<>(changed);
    renamed.put("name", "Plant E3");
    assertThat(t.admin.put("/api/v1/energy/sites/" + siteId, renamed).status()).isEqualTo(200);
    ApiClient.Reply named =
        t.admin.put(
            "/api/v1/energy/meters/" + meterId,
            Map.of("name", "Main 3", "carrier", "electricity", "intervalMinutes", 15));
    assertThat(named.status()).as(named.text()).isEqualTo(200);
    assertThat(
            t.viewer
                .get("/api/v1/energy/meters/" + meterId + "/readings?from=2024-01-01&to=2024-01-01")
                .json()
                .get("readings")
                .size())
        .as("the readings stay with the meter")
        .isEqualTo(1);
    assertThat(
            t.viewer
                .get("/api/v1/energy/sites/" + siteId)
                .json()
                .get("site")
                .get("value")
                .get("timeZone")
                .asString())
        .isEqualTo("Asia/Shanghai");

    // the PV system: its defaults as on creation, absurd values refused
    Map<String, Object> bigger = new HashMap<>(pv);
    bigger.put("dcKw", 120.0);
    bigger.put("temperatureModel", "faiman");
    assertThat(t.viewer.put("/api/v1/energy/pv-systems/" + pvId, bigger).status()).isEqualTo(403);
    assertThat(other.admin.put("/api/v1/energy/pv-systems/" + pvId, bigger).status())
        .isEqualTo(404);
    Map<String, Object> huge = new HashMap<>(bigger);
    huge.put("dcKw", 1e300);
    assertThat(t.admin.put("/api/v1/energy/pv-systems/" + pvId, huge).status()).isEqualTo(422);
    ApiClient.Reply p = t.dataOwner.put("/api/v1/energy/pv-systems/" + pvId, bigger);
    assertThat(p.status()).as(p.text()).isEqualTo(200);
    JsonNode pvValue =
        t.viewer.get("/api/v1/energy/sites/" + siteId).json().get("pvSystems").get(0).get("value");
    assertThat(pvValue.get("id").asString()).isEqualTo(pvId);
    assertThat(pvValue.get("dcKw").asDouble()).isEqualTo(120.0);
    assertThat(pvValue.get("inverterAcKw").asDouble()).isEqualTo(120.0 / 1.2);
    assertThat(pvValue.get("temperatureModel").asString()).isEqualTo("FAIMAN");

    List<String> actions = auditActions(t);
    assertThat(actions.stream().filter("energy.site.changed"::equals).count()).isEqualTo(2);
    assertThat(actions.stream().filter("energy.meter.changed"::equals).count()).isEqualTo(2);
    assertThat(actions.stream().filter("energy.pv.changed"::equals).count()).isEqualTo(1);
  }

  /**
   * A tariff changed in place keeps its id and site, takes its new periods, demand charge and
   * holidays whole (the old periods gone), and is on the audit trail with both states; a viewer,
   * another tenant, and a tariff with a gap in its day are refused, and a refused change leaves the
   * kept tariff as it was.
   */
  @Test
  void aTariffIsChangedInPlaceByRoleAndAudited() {
    TenantFixture t = newTenant();
    TenantFixture other = newTenant();
    String siteId = created(t.admin.post("/api/v1/energy/sites", site("Plant T", "Group")));
    Map<String, Object> flat = new HashMap<>();
    flat.put("name", "Flat");
    flat.put(
        "periods",
        List.of(
            Map.of(
                "label", "flat", "days", "all", "start", "00:00", "end", "24:00", "price", 0.7)));
    String tariffId = created(t.admin.post("/api/v1/energy/sites/" + siteId + "/tariffs", flat));

    Map<String, Object> tou = new HashMap<>();
    tou.put("name", "Peak and valley");
    tou.put("demandChargePerKwMonth", 38);
    tou.put("holidays", List.of("2024-10-01"));
    tou.put(
        "periods",
        List.of(
            Map.of("label", "peak", "days", "all", "start", "08:00", "end", "22:00", "price", 1.2),
            Map.of(
                "label", "valley", "days", "all", "start", "22:00", "end", "08:00", "price", 0.3)));
    String path = "/api/v1/energy/tariffs/" + tariffId;
    assertThat(t.viewer.put(path, tou).status()).isEqualTo(403);
    assertThat(other.admin.put(path, tou).status()).isEqualTo(404);
    Map<String, Object> gap = new HashMap<>(tou);
    gap.put(
        "periods",
        List.of(
            Map.of(
                "label", "peak", "days", "all", "start", "08:00", "end", "22:00", "price", 1.2)));
    assertThat(t.admin.put(path, gap).status()).isEqualTo(422);
    assertThat(t.viewer.get(path).json().get("value").get("name").asString()).isEqualTo("Flat");

    ApiClient.Reply changed = t.admin.put(path, tou);
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    JsonNode v = t.viewer.get(path).json().get("value");
    assertThat(v.get("id").asString()).isEqualTo(tariffId);
    assertThat(v.get("siteId").asString()).isEqualTo(siteId);
    assertThat(v.get("name").asString()).isEqualTo("Peak and valley");
    assertThat(v.get("demandChargePerKwMonth").asDouble()).isEqualTo(38.0);
    assertThat(v.get("periods").size()).isEqualTo(2);
    assertThat(v.get("periods").get(0).get("price").asDouble()).isEqualTo(1.2);
    assertThat(v.get("holidays").get(0).asString()).isEqualTo("2024-10-01");
    assertThat(t.viewer.get("/api/v1/energy/sites/" + siteId).json().get("tariffs").size())
        .isEqualTo(1);
    assertThat(auditActions(t).stream().filter("energy.tariff.changed"::equals).count())
        .isEqualTo(1);
  }

  /**
   * A tariff's holiday calendar and make-up working days are kept with it (sorted, repeats
   * dropped), read back and removed with it; a date in year 0, a date that is not one, a working
   * day that is also a holiday or not a weekend day, or more than the calendar holds is refused and
   * nothing is stored.
   */
  @Test
  void aTariffKeepsItsHolidaysAndWorkdaysAndRefusesAbsurdOnes() {
    TenantFixture t = newTenant();
    String siteId = created(t.admin.post("/api/v1/energy/sites", site("Plant H", "Group")));
    Map<String, Object> tariff = new HashMap<>();
    tariff.put("name", "Working days and holidays");
    tariff.put("periods", peakValleyRest());
    tariff.put("holidays", List.of("2024-10-02", "2024-10-01", "2024-10-02"));
    // Sunday 2024-09-29 and Saturday 2024-10-12 were worked (国办发明电〔2023〕7号, National Day)
    tariff.put("workdays", List.of("2024-10-12", "2024-09-29"));
    ApiClient.Reply made = t.admin.post("/api/v1/energy/sites/" + siteId + "/tariffs", tariff);
    String tariffId = created(made);
    JsonNode back = t.viewer.get("/api/v1/energy/tariffs/" + tariffId).json().get("value");
    assertThat(back.get("holidays").toString()).isEqualTo("[\"2024-10-01\",\"2024-10-02\"]");
    assertThat(back.get("workdays").toString()).isEqualTo("[\"2024-09-29\",\"2024-10-12\"]");

    refusesEach(
        t,
        siteId,
        tariff,
        "workdays",
        List.of(
            List.of("0000-01-01"),
            List.of("2024-10-01"),
            List.of("2024-10-08"),
            List.of("29 September"),
            java.util.Collections.nCopies(1001, "2024-09-29")),
        "working day",
        "workdays");
    tariff.remove("workdays");
    refusesEach(
        t,
        siteId,
        tariff,
        "holidays",
        List.of(
            List.of("0000-01-01"),
            List.of("2024-02-30"),
            List.of("1 October"),
            java.util.Collections.nCopies(1001, "2024-10-01")),
        "holiday",
        "holidays");
    assertThat(t.admin.get("/api/v1/energy/sites/" + siteId).json().get("tariffs").size())
        .as("nothing stored of a refused tariff")
        .isEqualTo(1);
    assertThat(t.admin.delete("/api/v1/energy/tariffs/" + tariffId).status()).isEqualTo(204);
    assertThat(t.admin.get("/api/v1/energy/tariffs/" + tariffId).status()).isEqualTo(404);
  }

  /** Each list of dates in the field makes the tariff refused with a sentence naming it. */
  private static void refusesEach(
      TenantFixture t,
      String siteId,
      Map<String, Object> tariff,
      String field,
      List<List<String>> bads,
      String... named) {
    for (List<String> bad : bads) {
      tariff.put("name", "Bad " + field + " " + bad.toString().length());
      tariff.put(field, bad);
      ApiClient.Reply r = t.admin.post("/api/v1/energy/sites/" + siteId + "/tariffs", tariff);
      assertThat(r.status()).as(r.text()).isIn(400, 422);
      assertThat(r.str("detail")).containsAnyOf(named);
    }
  }

  @Test
  void readingsAcrossSpringForwardAreStoredAllOrNothingAndReadBack() {
    TenantFixture t = newTenant();
    String siteId = created(t.admin.post("/api/v1/energy/sites", site("Shop", "Group")));
    String meterId =
        created(
            t.admin.post(
                "/api/v1/energy/sites/" + siteId + "/meters",
                Map.of("name", "Main", "carrier", "electricity", "intervalMinutes", 60)));
    // local New York time over 2024-03-10, when 02:00 does not exist; 05:00 missing (a gap)
    StringBuilder csv = new StringBuilder("timestamp,kwh\n");
    for (int h = 0; h < 24; h++) {
      if (h == 2 || h == 5) {
        continue;
      }
      csv.append(String.format("2024-03-10 %02d:00,%s%n", h, h == 12 ? "90" : "3.25"));
    }
    ApiClient.Reply up =
        t.dataOwner.upload(
            "/api/v1/energy/meters/" + meterId + "/readings",
            ApiClient.write(dir, "m.csv", csv.toString()));
    assertThat(up.status()).as("Group is outside the data owner's units").isEqualTo(403);
    up =
        t.admin.upload(
            "/api/v1/energy/meters/" + meterId + "/readings",
            ApiClient.write(dir, "m.csv", csv.toString()));
    assertThat(up.status()).as(up.text()).isEqualTo(201);
    assertThat(up.json().get("readings").asLong()).isEqualTo(22);
    assertThat(up.json().get("gapIntervals").asLong()).isEqualTo(1);
    assertThat(up.json().get("spikes").asLong()).isEqualTo(1);

    JsonNode back =
        t.viewer
            .get("/api/v1/energy/meters/" + meterId + "/readings?from=2024-03-10&to=2024-03-11")
            .json();
    JsonNode readings = back.get("readings");
    assertThat(readings.size()).isEqualTo(22);
    // 00:00 EST is 05:00Z; 03:00 EDT is 07:00Z, right after 01:00 EST (06:00Z)
    assertThat(readings.get(0).get("start").asString()).isEqualTo("2024-03-10T05:00:00Z");
    assertThat(readings.get(2).get("start").asString()).isEqualTo("2024-03-10T07:00:00Z");
    assertThat(readings.get(0).get("kwh").asDouble()).isEqualTo(3.25);

    // one bad row refuses the whole file, naming it; nothing of the file is stored
    String bad =
        "timestamp,kwh\n2024-03-11T00:00-04:00,1\n2024-11-03 01:00,1\n2024-03-11T01:00-04:00,x\n";
    ApiClient.Reply refused =
        t.admin.upload(
            "/api/v1/energy/meters/" + meterId + "/readings", ApiClient.write(dir, "bad.csv", bad));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("problemCount").asLong()).isEqualTo(2);
    JsonNode first = refused.json().get("problems").get(0);
    assertThat(first.get("file").asString()).isEqualTo("bad.csv");
    assertThat(first.get("row").asLong()).isEqualTo(3);
    assertThat(first.get("message").asString()).contains("happens twice");
    // the UTC day 2024-03-11 holds only the first file's 20:00-23:00 EDT; not the bad file's 04:00Z
    JsonNode next =
        t.viewer
            .get("/api/v1/energy/meters/" + meterId + "/readings?from=2024-03-11&to=2024-03-11")
            .json()
            .get("readings");
    assertThat(next.size()).isEqualTo(4);
    assertThat(next.get(3).get("start").asString()).isEqualTo("2024-03-11T03:00:00Z");

    // JSON readings merge into the stored day: the UTC day 2024-03-10 holds local 00:00 EST to
    // 19:00 EDT, 19 hours less the gap at 05:00 EDT (09:00Z)
    assertThat(
            t.viewer
                .get("/api/v1/energy/meters/" + meterId + "/readings?from=2024-03-10&to=2024-03-10")
                .json()
                .get("readings")
                .size())
        .isEqualTo(18);
    ApiClient.Reply sent =
        t.admin.post(
            "/api/v1/energy/meters/" + meterId + "/readings",
            Map.of("readings", List.of(Map.of("timestamp", "2024-03-10T09:00Z", "kwh", 4.5))));
    assertThat(sent.status()).as(sent.text()).isEqualTo(201);
    assertThat(
            t.viewer
                .get("/api/v1/energy/meters/" + meterId + "/readings?from=2024-03-10&to=2024-03-10")
                .json()
                .get("readings")
                .size())
        .as("05:00 EDT (09:00Z) filled the gap")
        .isEqualTo(19);
    assertThat(auditActions(t)).contains("energy.readings.imported");
  }

  @Test
  void aYearOfHourlyReadingsTakesFewBytesEach() throws SQLException {
    TenantFixture t = newTenant();
    String siteId = created(t.admin.post("/api/v1/energy/sites", site("Depot", "Group")));
    int meters = 5;
    StringBuilder csv = new StringBuilder("timestamp,kwh\n");
    java.time.Instant start = java.time.Instant.parse("2023-01-01T00:00:00Z");
    for (int h = 0; h < 8760; h++) {
      csv.append(start.plusSeconds(3600L * h))
          .append(',')
          .append(
              String.format(java.util.Locale.ROOT, "%.3f", 2 + Math.sin(h / 24.0 * 2 * Math.PI)))
          .append('\n');
    }
    java.nio.file.Path file = ApiClient.write(dir, "year.csv", csv.toString());
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < meters; i++) {
      String id =
          created(
              t.admin.post(
                  "/api/v1/energy/sites/" + siteId + "/meters",
                  Map.of("name", "M" + i, "carrier", "electricity", "intervalMinutes", 60)));
      ids.add(id);
      ApiClient.Reply up = t.admin.upload("/api/v1/energy/meters/" + id + "/readings", file);
      assertThat(up.status()).as(up.text()).isEqualTo(201);
      assertThat(up.json().get("readings").asLong()).isEqualTo(8760);
    }
    if (!database.postgres()) {
      return;
    }
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("VACUUM ANALYZE meter_day");
      long rows;
      long bytes;
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM meter_day")) {
        rs.next();
        rows = rs.getLong(1);
      }
      try (ResultSet rs = s.executeQuery("SELECT pg_total_relation_size('meter_day')")) {
        rs.next();
        bytes = rs.getLong(1);
      }
      long readings = 8760L * meters;
      double perReading = (double) bytes / readings;
      System.out.printf(
          "meter_day on PostgreSQL: %d rows, %d readings, %d bytes, %.1f bytes per reading%n",
          rows, readings, bytes, perReading);
      assertThat(rows).isEqualTo(365L * meters);
      // 96 bytes of readings a day plus the row and index: well under 16 bytes per reading
      assertThat(perReading).isLessThan(16);
    }
  }
}
