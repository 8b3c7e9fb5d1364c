package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The SME's Scope 1 and 2 inventory made from its stored meter readings through the normal import
 * and run, and its low-carbon certificate, with roles and tenant isolation.
 *
 * <p>Hand calculation (the figures of EnergyInventoryCommandTest): a site at +08:00 whose load is 2
 * kWh every hour of January 2024; its PV (a meter named as its PV system) makes 5 kWh in hours
 * 10-13, of which 2 are used on site and 3 exported. The grid import meter reads 2 kWh, 0 in hours
 * 10-13; the export meter 3 kWh in hours 10-13. Consumption = import + PV - export = 1,488 kWh; own
 * PV used on site 248 kWh; exported 372 kWh (not credited); purchased 1,240 kWh. Location-based:
 * 1,240 kWh x 0.4974 kg/kWh (Zhejiang 2023, MEE and NBS Announcement 2025 No. 47, the nearest
 * earlier year for 2024) = 616.776 kg. Market-based without instruments: 1,240 kWh x 0.6096 kg/kWh
 * (national 2023 excluding market-traded non-fossil electricity, MEE and NBS) = 755.904 kg. Gas 0.5
 * kWh (gross calorific value, as billed) every hour = 372 kWh GCV = 372 x 3.6e-6 TJ x 0.9 (IPCC
 * 2006 Vol. 2 NCV/GCV of natural gas) = 1.20528e-3 TJ NCV; by the IPCC 2006 Vol. 2 Tables 2.4
 * commercial factors: CO2 56,100 kg/TJ = 67,616.208 g, rounded 67,616 g; CH4 5 kg/TJ x 28 (AR5) =
 * 168.7392 g, rounded 169 g; N2O 0.1 kg/TJ x 265 (AR5) = 31.93992 g, rounded 32 g; Scope 1 = 67,817
 * g.
 */
abstract class EnergyInventoryChecks extends ServiceChecks {

  private static String created(ApiClient.Reply r) {
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r.json().get("value").get("id").asString();
  }

  private static Map<String, Object> site(String name, String orgUnit) {
    Map<String, Object> m = new HashMap<>();
    m.put("name", name);
    m.put("orgUnit", orgUnit);
    m.put("timeZone", "Asia/Shanghai");
    m.put("latitude", 30.27);
    m.put("longitude", 120.15);
    return m;
  }

  private static String meter(TenantFixture t, String siteId, String name, String direction) {
    return created(
        t.admin.post(
            "/api/v1/energy/sites/" + siteId + "/meters",
            Map.of(
                "name",
                name,
                "carrier",
                "electricity",
                "direction",
                direction,
                "intervalMinutes",
                60)));
  }

  /** January 2024 hour by hour in local time at +08:00. */
  private static void readings(TenantFixture t, String meterId, IntToDoubleFunction kwh) {
    List<Map<String, Object>> rows = new ArrayList<>();
    LocalDateTime t0 = LocalDateTime.of(2024, 1, 1, 0, 0);
    for (int i = 0; i < 31 * 24; i++) {
      rows.add(Map.of("timestamp", t0.plusHours(i) + ":00+08:00", "kwh", kwh.applyAsDouble(i)));
    }
    ApiClient.Reply r =
        t.admin.post("/api/v1/energy/meters/" + meterId + "/readings", Map.of("readings", rows));
    assertThat(r.status()).as(r.text()).isEqualTo(201);
  }

  private static boolean sunny(int hour) {
    return hour % 24 >= 10 && hour % 24 < 14;
  }

  /** A tenant with site Plant A in Group/Cloud (the data owner's unit) and its three meters. */
  private static String plantWithPv(TenantFixture t) {
    String siteId = created(t.admin.post("/api/v1/energy/sites", site("Plant A", "Group/Cloud")));
    Map<String, Object> pv = new HashMap<>();
    pv.put("name", "Roof PV");
    pv.put("dcKw", 5.0);
    pv.put("tilt", 20.0);
    pv.put("azimuth", 180.0);
    created(t.admin.post("/api/v1/energy/sites/" + siteId + "/pv-systems", pv));
    readings(t, meter(t, siteId, "Grid import", "import"), i -> sunny(i) ? 0 : 2);
    readings(t, meter(t, siteId, "Grid export", "export"), i -> sunny(i) ? 3 : 0);
    readings(t, meter(t, siteId, "Roof PV", "export"), i -> sunny(i) ? 5 : 0);
    ApiClient.Reply gas =
        t.admin.post(
            "/api/v1/energy/sites/" + siteId + "/meters",
            Map.of("name", "Gas", "carrier", "gas", "direction", "import", "intervalMinutes", 60));
    readings(t, created(gas), i -> 0.5);
    return siteId;
  }

  /** The text of a one-page PDF. */
  static String text(byte[] pdf) throws Exception {
    StringBuilder b = new StringBuilder();
    try (PdfReader reader = new PdfReader(pdf)) {
      assertThat(reader.getNumberOfPages()).isEqualTo(1);
      b.append(new PdfTextExtractor(reader).getTextFromPage(1));
    }
    return b.toString();
  }

  @Test
  void theYearsInventoryFromMetersIsANormalRunWithItsHashInTheCertificate() throws Exception {
    TenantFixture t = newTenant();
    plantWithPv(t);

    ApiClient.Reply made =
        t.admin.post("/api/v1/energy/inventory?year=2024&region=CN-ZJ", Map.of());
    assertThat(made.status()).as(made.text()).isEqualTo(201);
    JsonNode m = made.json();
    assertThat(m.get("consumptionKwh").asDouble()).isEqualTo(1488.0);
    assertThat(m.get("pvSelfConsumedKwh").asDouble()).isEqualTo(248.0);
    assertThat(m.get("pvExportedKwh").asDouble()).isEqualTo(372.0);
    assertThat(m.get("purchasedKwh").asDouble()).isEqualTo(1240.0);
    assertThat(m.get("scope2Location").asLong()).isEqualTo(616_776);
    assertThat(m.get("scope2Market").asLong()).isEqualTo(755_904);
    assertThat(m.get("scope1").asLong()).isEqualTo(67_817);
    assertThat(m.get("gasKwh").asDouble()).isEqualTo(372.0);
    assertThat(m.get("records").size()).isEqualTo(2);
    assertThat(m.get("records").get(0).get("quantity").asDouble()).isEqualTo(1240.0);
    String runId = m.get("runId").asString();

    // the same run as any other: read from /api/v1/runs with its hash, totals and audit entry
    JsonNode run = t.verifier.get("/api/v1/runs/" + runId).json();
    String hash = run.get("resultSha256").asString();
    assertThat(hash).hasSize(64).isEqualTo(m.get("resultSha256").asString());
    assertThat(run.get("totals").get("scope2Location").asLong()).isEqualTo(616_776);
    assertThat(run.get("manifest").toString()).contains("energy-inventory-2024.csv");
    List<String> actions = new ArrayList<>();
    for (JsonNode e : t.verifier.get("/api/v1/audit?size=100").json().get("items")) {
      actions.add(e.get("action").asString());
    }
    assertThat(actions).contains("run.calculated", "energy.inventory.made");
    JsonNode check = t.verifier.get("/api/v1/audit/verification").json();
    assertThat(check.get("intact").asBoolean()).as(check.toString()).isTrue();

    HttpResponse<byte[]> en =
        bytes(t.viewer, "/api/v1/energy/certificate?run=" + runId + "&lang=en");
    assertThat(en.statusCode()).isEqualTo(200);
    assertThat(en.headers().firstValue("Content-Type").orElse("")).contains("application/pdf");
    String text = text(en.body());
    assertThat(text)
        .contains(
            "Low-carbon certificate",
            t.name,
            "Plant A",
            "0.616776 t CO2e",
            "0.755904 t CO2e",
            "1488.0 kWh",
            "248.0 kWh",
            "1240.0 kWh",
            "0.067817 t CO2e",
            // 248 / 1,488 = 16.67 %
            "16.7 %",
            "cn_mee_nbs",
            runId,
            hash);

    HttpResponse<byte[]> zh =
        bytes(t.admin, "/api/v1/energy/certificate?run=" + runId + "&lang=zh-CN");
    assertThat(zh.statusCode()).isEqualTo(200);
    assertThat(text(zh.body()))
        .contains("低碳证书", "范围2（基于市场的方法）", "0.616776 吨二氧化碳当量", hash)
        .doesNotContain("Low-carbon certificate", "t CO2e", "Purchased electricity");

    // made again from the same readings: the same records, so the same hash
    ApiClient.Reply again =
        t.admin.post("/api/v1/energy/inventory?year=2024&region=CN-ZJ", Map.of());
    assertThat(again.status()).as(again.text()).isEqualTo(201);
    assertThat(again.json().get("runId").asString()).isNotEqualTo(runId);
    assertThat(again.json().get("resultSha256").asString()).isEqualTo(hash);
  }

  /**
   * A tenant with a renewable instrument in its registry: 620 kWh of a wind GEC allocated to Plant
   * A's January 2024 (the registry's consumption line: the 1,240 kWh purchased). The certificate's
   * renewable share = (248 kWh own PV + 620 kWh certificates) / 1,488 kWh = 58.33 %; the run's
   * market-based Scope 2 applies the same claim (half of the record at the GEC's 0 kg/MWh), so it
   * falls below the 755.904 kg without the instrument.
   */
  @Test
  void theRegistrysRenewableInstrumentsCountInTheCertificatesRenewableShare() throws Exception {
    TenantFixture t = newTenant();
    plantWithPv(t);
    Map<String, Object> gec = new HashMap<>();
    gec.put("kind", "gec");
    gec.put("serialBlock", "GEC-2024-ZJ");
    gec.put("serialFirst", 1);
    gec.put("serialLast", 1);
    gec.put("mwh", 1.0);
    gec.put("technology", "wind");
    gec.put("generatedFrom", "2024-01");
    gec.put("generatedTo", "2024-12");
    gec.put("marketBoundary", "CN");
    gec.put("registry", "China GEC");
    gec.put("emissionRate", 0.0);
    ApiClient.Reply registered = t.admin.post("/api/v1/instruments", gec);
    assertThat(registered.status()).as(registered.text()).isEqualTo(201);
    String instrument = registered.json().get("id").asString();
    Map<String, Object> line = new HashMap<>();
    line.put("orgUnit", "Group/Cloud");
    line.put("facility", "Plant A");
    line.put("month", "2024-01");
    line.put("region", "CN-ZJ");
    line.put("mwh", 1.24);
    line.put("locationFactor", 515.3);
    ApiClient.Reply consumed = t.admin.post("/api/v1/instruments/consumption", line);
    assertThat(consumed.status()).as(consumed.text()).isEqualTo(201);
    ApiClient.Reply claimed =
        t.admin.post(
            "/api/v1/instruments/allocations",
            Map.of(
                "instrumentId",
                instrument,
                "facility",
                "Plant A",
                "month",
                "2024-01",
                "mwh",
                0.62));
    assertThat(claimed.status()).as(claimed.text()).isEqualTo(201);

    ApiClient.Reply made =
        t.admin.post("/api/v1/energy/inventory?year=2024&region=CN-ZJ", Map.of());
    assertThat(made.status()).as(made.text()).isEqualTo(201);
    assertThat(made.json().get("renewableInstrumentKwh").asDouble()).isEqualTo(620.0);
    assertThat(made.json().get("scope2Market").asLong()).isLessThan(755_904);
    String text =
        text(
            bytes(t.viewer, "/api/v1/energy/certificate?run=" + made.json().get("runId").asString())
                .body());
    assertThat(text).contains("620.0 kWh", "58.3 %");
  }

  /**
   * A district-heat meter read in GJ: 0.036 GJ every hour of January 2024 (+08:00) = 0.036 x 10^9 J
   * / 3.6 x 10^6 J/kWh = 10 kWh an hour, 7,440 kWh in the month, one Scope 2 purchased-heat record
   * (s2.heat). Location-based: 7,440 kWh x 0.17073 kg CO2e/kWh (BEIS 2021 district heat and steam
   * via the Open Emission Factors Database, GLOBAL, the year rule's nearest earlier vintage for
   * 2024) = 1,270.2312 kg, rounded once to 1,270,231 g, beside the electricity's 616,776 g.
   */
  @Test
  void aHeatMeterInGigajoulesIsScope2PurchasedHeatInTheInventory() throws Exception {
    TenantFixture t = newTenant();
    String siteId = plantWithPv(t);
    String heat =
        created(
            t.admin.post(
                "/api/v1/energy/sites/" + siteId + "/meters",
                Map.of(
                    "name",
                    "District heat",
                    "carrier",
                    "heat",
                    "direction",
                    "import",
                    "intervalMinutes",
                    60)));
    StringBuilder csv = new StringBuilder("timestamp,gj\n");
    LocalDateTime t0 = LocalDateTime.of(2024, 1, 1, 0, 0);
    for (int i = 0; i < 31 * 24; i++) {
      csv.append(t0.plusHours(i)).append(":00+08:00,0.036\n");
    }
    ApiClient.Reply up =
        t.admin.upload(
            "/api/v1/energy/meters/" + heat + "/readings",
            ApiClient.write(dir, "heat.csv", csv.toString()));
    assertThat(up.status()).as(up.text()).isEqualTo(201);
    JsonNode back =
        t.admin
            .get("/api/v1/energy/meters/" + heat + "/readings?from=2024-01-10&to=2024-01-10")
            .json();
    assertThat(back.get("readings").get(0).get("kwh").asDouble()).isEqualTo(10.0);
    // an electricity meter does not take GJ
    String grid = meter(t, siteId, "Second grid meter", "import");
    ApiClient.Reply gjOnElectricity =
        t.admin.upload(
            "/api/v1/energy/meters/" + grid + "/readings",
            ApiClient.write(dir, "grid.csv", "timestamp,gj\n2024-01-01T00:00:00+08:00,1\n"));
    assertThat(gjOnElectricity.status()).isEqualTo(422);

    ApiClient.Reply made =
        t.admin.post("/api/v1/energy/inventory?year=2024&region=CN-ZJ", Map.of());
    assertThat(made.status()).as(made.text()).isEqualTo(201);
    JsonNode m = made.json();
    assertThat(m.get("heatKwh").asDouble())
        .isCloseTo(7440.0, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(m.get("scope2Location").asLong()).isEqualTo(616_776 + 1_270_231);
    boolean heatRecord = false;
    for (JsonNode r : m.get("records")) {
      if (r.get("activityType").asString().equals("s2.heat")) {
        heatRecord = true;
        assertThat(r.get("quantity").asDouble())
            .isCloseTo(7440.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(r.get("month").asString()).isEqualTo("2024-01");
      }
    }
    assertThat(heatRecord).isTrue();

    // the year's heat is kept with the inventory (the certificate reads it from the stored row) and
    // stated on the certificate: by hand
    // 7,440 kWh x 0.17073 kg CO2e/kWh (BEIS 2021 district heat) = 1,270.231 kg = 1.270231 t
    String runId = m.get("runId").asString();
    String en =
        text(bytes(t.viewer, "/api/v1/energy/certificate?run=" + runId + "&lang=en").body());
    assertThat(en)
        .contains(
            "Purchased heat (Scope 2)",
            "7440.0 kWh, 1.270231 t CO2e",
            "Emission factor of the heat and its source",
            "0.17073 kg CO2e/kWh");
    String zh =
        text(bytes(t.viewer, "/api/v1/energy/certificate?run=" + runId + "&lang=zh-CN").body());
    assertThat(zh)
        .contains("购入热力（范围2）", "7440.0 千瓦时，1.270231 吨二氧化碳当量", "0.17073 kg CO2e/kWh")
        .doesNotContain("Purchased heat", "Emission factor of the heat");

    // GJ through the JSON upload as through CSV: 0.036 GJ x 277.78 kWh/GJ = 10 kWh
    ApiClient.Reply json =
        t.admin.post(
            "/api/v1/energy/meters/" + heat + "/readings",
            Map.of(
                "readings",
                List.of(
                    Map.of("timestamp", "2025-01-10T00:00:00+08:00", "gj", 0.036),
                    Map.of("timestamp", "2025-01-10T01:00:00+08:00", "gj", 0.072))));
    assertThat(json.status()).as(json.text()).isEqualTo(201);
    JsonNode back2025 =
        t.admin
            .get("/api/v1/energy/meters/" + heat + "/readings?from=2025-01-09&to=2025-01-09")
            .json()
            .get("readings");
    assertThat(back2025.get(0).get("kwh").asDouble()).isEqualTo(10.0);
    assertThat(back2025.get(1).get("kwh").asDouble()).isEqualTo(20.0);
    // GJ on an electricity meter, or kWh and GJ together: refused with the row, nothing stored
    ApiClient.Reply gjJson =
        t.admin.post(
            "/api/v1/energy/meters/" + grid + "/readings",
            Map.of(
                "readings",
                List.of(
                    Map.of("timestamp", "2025-01-10T00:00:00+08:00", "kwh", 1.0),
                    Map.of("timestamp", "2025-01-10T01:00:00+08:00", "gj", 1.0))));
    assertThat(gjJson.status()).isEqualTo(422);
    assertThat(gjJson.text()).contains("only a heat meter reads GJ");
    assertThat(gjJson.json().get("problems").get(0).get("row").asInt()).isEqualTo(2);
    assertThat(
            t.admin
                .get("/api/v1/energy/meters/" + grid + "/readings?from=2025-01-09&to=2025-01-10")
                .json()
                .get("readings")
                .size())
        .isZero();
    ApiClient.Reply both =
        t.admin.post(
            "/api/v1/energy/meters/" + heat + "/readings",
            Map.of(
                "readings",
                List.of(Map.of("timestamp", "2025-02-10T00:00:00+08:00", "kwh", 1.0, "gj", 1.0))));
    assertThat(both.status()).isEqualTo(422);
    assertThat(both.text()).contains("give kwh or gj, not both");
  }

  @Test
  void rolesTenantsAndAbsurdInputAreRefused() throws Exception {
    TenantFixture t = newTenant();
    TenantFixture other = newTenant();
    plantWithPv(t);
    String path = "/api/v1/energy/inventory?year=2024&region=CN-ZJ";
    assertThat(t.viewer.post(path, Map.of()).status()).isEqualTo(403);
    assertThat(t.verifier.post(path, Map.of()).status()).isEqualTo(403);
    ApiClient.Reply byOwner = t.dataOwner.post(path, Map.of());
    assertThat(byOwner.status()).as("Plant A lies in the data owner's unit").isEqualTo(201);
    String runId = byOwner.json().get("runId").asString();

    // a second site outside the data owner's units: only an admin makes the inventory now
    created(t.admin.post("/api/v1/energy/sites", site("Office", "Group")));
    ApiClient.Reply outside = t.dataOwner.post(path, Map.of());
    assertThat(outside.status()).isEqualTo(403);
    assertThat(outside.str("detail")).contains("Office");

    for (String bad :
        List.of(
            "?year=0&region=CN-ZJ",
            "?year=1e300&region=CN",
            "?year=99999999999&region=CN",
            "?year=2024&region=Zhejiang",
            "?year=2024&region=" + "A".repeat(5000))) {
      ApiClient.Reply r = t.admin.post("/api/v1/energy/inventory" + bad, Map.of());
      assertThat(r.status()).as(bad).isEqualTo(400);
      assertThat(r.str("detail")).as(bad).isNotBlank();
    }
    ApiClient.Reply noReadings =
        t.admin.post("/api/v1/energy/inventory?year=2022&region=CN-ZJ", Map.of());
    assertThat(noReadings.status()).isEqualTo(422);
    assertThat(noReadings.str("detail")).contains("2022");
    ApiClient.Reply noSite = other.admin.post(path, Map.of());
    assertThat(noSite.status()).isEqualTo(422);

    // another tenant's run is not found; a run that is not an energy inventory is a 400
    assertThat(bytes(other.admin, "/api/v1/energy/certificate?run=" + runId).statusCode())
        .isEqualTo(404);
    String period = period2024(other.admin);
    imported(other.admin, period, ApiClient.write(dir, "plain.csv", ActivityFiles.small("plain")));
    String plainRun = ran(other.admin, period, Map.of()).str("id");
    ApiClient.Reply notEnergy = other.admin.get("/api/v1/energy/certificate?run=" + plainRun);
    assertThat(notEnergy.status()).isEqualTo(400);
    assertThat(notEnergy.str("detail")).contains("not an energy inventory");
    assertThat(t.admin.get("/api/v1/energy/certificate?run=" + runId + "&lang=fr").status())
        .isEqualTo(400);
  }

  @Test
  void theEnergyPageMakesTheInventoryAndLinksItsCertificateInBothLanguages() {
    TenantFixture t = newTenant();
    plantWithPv(t);
    String suffix = t.name.substring("tenant-".length());
    for (String lang : List.of("en", "zh-CN")) {
      boolean en = lang.equals("en");
      try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, lang)) {
        b.logIn(t.login("admin-" + suffix), TenantFixture.PASSWORD);
        b.open("/energy");
        assertThat(b.find("#energy-inventory-h").getText())
            .isEqualTo(en ? "Scope 1 and 2 inventory from the meters" : "基于计量数据的范围1和范围2温室气体清单");
        // a year without readings is refused in the page's language
        b.find("#inventory-year").sendKeys("2023");
        b.find("#inventory-region").sendKeys("CN-ZJ");
        b.follow("#energy-inventory-submit");
        b.waitFor("#energy-inventory-refused");
        assertThat(b.find("#energy-inventory-refused").getText())
            .contains(
                en
                    ? "no electricity, gas or heat meter of the tenant has readings in 2023; nothing"
                        + " stored"
                    : "2023 年没有任何电、天然气或热力计量表有读数，未保存任何内容");
        b.find("#inventory-year").clear();
        b.find("#inventory-region").clear();
        b.find("#inventory-year").sendKeys("2024");
        b.find("#inventory-region").sendKeys("CN-ZJ");
        b.follow("#energy-inventory-submit");
        b.waitFor("#energy-inventory-made");
        String made = b.find("#energy-inventory-made").getText();
        assertThat(made).contains("0.617").contains("0.756");
        if (!en) {
          assertThat(made).contains("范围2（基于位置）").doesNotContain("Scope", "t CO2e", "Download");
        }
        String href = b.find("#energy-certificate-zh").getAttribute("href");
        assertThat(href).contains("/energy/certificate?run=").contains("lang=zh-CN");
      }
    }
  }
}
