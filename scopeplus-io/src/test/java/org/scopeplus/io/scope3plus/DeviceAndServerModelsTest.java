package org.scopeplus.io.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.core.scope3plus.Event;
import org.scopeplus.core.scope3plus.EventQuantity;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.Parameter;
import org.scopeplus.core.scope3plus.RejectionReason;

/**
 * The category-level device footprints and the server power model of the built-in catalog. The
 * footprint of each category is the median, over the manufacturers' product carbon footprints kept
 * from Boavizta's environmental-footprint-data (boavizta-data-us.csv at commit
 * 61323eb5c3bb63b0703e7a9c6456482ccbaac3a6, ODbL 1.0), of gwp_total x (gwp_manufacturing_ratio +
 * gwp_transport_ratio); the rows are in device-footprints-boavizta.csv beside the catalog.
 */
class DeviceAndServerModelsTest {

  private static final String TABLE = "device-footprints-boavizta.csv";

  @TempDir Path tmp;

  /** Category to the production and transport footprint of each of its kept products, in kg. */
  private static Map<String, List<Double>> keptRows() throws Exception {
    Map<String, List<Double>> out = new TreeMap<>();
    try (var in = DeviceAndServerModelsTest.class.getResourceAsStream(TABLE);
        var csv =
            de.siegmar.fastcsv.reader.CsvReader.builder()
                .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (var r : csv) {
        double total = Double.parseDouble(r.getField("gwp_total_kg"));
        double shares =
            Double.parseDouble(r.getField("manufacturing_share"))
                + Double.parseDouble(r.getField("transport_share"));
        out.computeIfAbsent(r.getField("category"), k -> new ArrayList<>()).add(total * shares);
      }
    }
    return out;
  }

  /** The middle value, or the mean of the two middle values of an even count. */
  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  @Test
  void eachCategoryFootprintIsTheMedianOfItsKeptSourceRows() throws Exception {
    MethodologyCatalog catalog = MethodologyLibrary.builtIn();
    Map<String, List<Double>> rows = keptRows();
    // n per category, as the value's source states it
    assertThat(rows)
        .hasEntrySatisfying("smartphone", v -> assertThat(v).hasSize(29))
        .hasEntrySatisfying("laptop", v -> assertThat(v).hasSize(160))
        .hasEntrySatisfying("smartwatch", v -> assertThat(v).hasSize(4));
    for (var e : rows.entrySet()) {
      Parameter footprint =
          catalog.byAction("refurbished." + e.getKey()).parameters().get("embodied_footprint");
      assertThat(footprint.value()).as(e.getKey()).isCloseTo(median(e.getValue()), within(1e-9));
      assertThat(footprint.unit()).isEqualTo("kg CO2e/device");
      assertThat(footprint.citation().publication())
          .as(e.getKey())
          .contains("over the " + e.getValue().size() + " products")
          .contains("61323eb5c3bb63b0703e7a9c6456482ccbaac3a6");
    }
    // By hand: the 15th of the 29 smartphones is the Pixel 4a (5G), 65 kg x (0.76 + 0.06) = 53.3
    // kg; the 4 smartwatches are 21.75, 27.39, 27.9 and 49.28 kg (Pixel Watch 25 x 0.87, Apple
    // Watch Series 8 33 x 0.83, SE 31 x 0.90, Ultra 56 x 0.88): median (27.39 + 27.9) / 2 = 27.645.
    assertThat(median(rows.get("smartphone"))).isCloseTo(53.3, within(1e-9));
    assertThat(median(rows.get("smartwatch"))).isCloseTo(27.645, within(1e-9));
  }

  @Test
  void everyCategoryOfTheTableHasItsMethodologyAndSmallSamplesAreWeak() throws Exception {
    MethodologyCatalog catalog = BuiltInMethodologiesTest.configured();
    TreeSet<String> refurbished = new TreeSet<>();
    for (Methodology m : catalog.methodologies()) {
      if (m.action().startsWith("refurbished.")) {
        refurbished.add(m.action().substring("refurbished.".length()));
      }
    }
    assertThat(refurbished).isEqualTo(keptRows().keySet());
    // n = 4 products each (of two manufacturers, and of one): flagged, every gram counted weak
    assertThat(catalog.byAction("refurbished.smartwatch").weak()).isTrue();
    assertThat(catalog.byAction("refurbished.game_console").weak()).isTrue();
    assertThat(catalog.byAction("refurbished.smartphone").weak()).isFalse();
  }

  @Test
  void anUnknownDeviceCategoryIsRefusedNamingTheCategoriesThereAre() throws Exception {
    StateStore store =
        StateStore.open(tmp.resolve("state"), BuiltInMethodologiesTest.configured(), null, 10);
    IngestReport r =
        store.ingest(
            "batch",
            List.of(device("e1", "refurbished.toaster"), device("e2", "refurbished.smartwatch")));
    assertThat(r.accepted()).isEqualTo(1);
    assertThat(r.rejected()).containsEntry(RejectionReason.UNKNOWN_ACTION, 1L);
    assertThat(r.problems().get(0).message())
        .contains("no methodology counts this action type")
        .contains("refurbished.toaster is not in the catalog")
        .contains("refurbished.desktop, refurbished.game_console, refurbished.laptop")
        .endsWith("(event e1, UNKNOWN_ACTION)");
  }

  private static Event device(String id, String action) {
    return new Event(
        id,
        "idle-fish",
        "u-" + id,
        action,
        List.of(EventQuantity.of(1, "device")),
        Instant.parse("2024-05-01T08:00:00Z"),
        "CN",
        "order-" + id,
        "");
  }

  @Test
  void cloudMigrationRestsOnTheProvidersOwnPueOfTheEventsYear() throws Exception {
    Methodology m = BuiltInMethodologiesTest.configured().byAction("cloud_migration.servers");
    // Alibaba Cloud's own fleet PUE: 1.247 (ESG report FY2022) for 2022 and 2023, 1.200 (FY2024)
    // from 2024, both seen in press reports only: weak.
    assertThat(m.parametersIn(2023).get("pue_cloud").value()).isEqualTo(1.247);
    assertThat(m.parametersIn(2024).get("pue_cloud").value()).isEqualTo(1.2);
    assertThat(m.parametersIn(2024).get("pue_cloud").weak()).isTrue();
    // 2024 event, configured 100 W idle, 400 W busy, cloud 50 %; Uptime 2023 PUE 1.58, NRDC 18 %,
    // MEE/NBS 2023 grid 530.6 g/kWh (nearest earlier vintage): per server-hour
    // 0.154 kWh x 1.58 x 530.6 - 0.36 x 0.25 kWh x 1.2 x 530.6 = 129.104... - 57.3048 g;
    // 10 servers x 8,760 h: 87,600 x (129.1047... - 57.3048) = 6,289,269.6... g.
    double perServerHour = 0.154 * 1.58 * 530.6 - 0.36 * 0.25 * 1.2 * 530.6;
    assertThat(m.coefficients(2024)[3] * 10 * 8_760)
        .isCloseTo(10 * 8_760 * perServerHour, within(1e-6));
  }

  @Test
  void serverPowersAndUtilisationsOutsideTheirRangesAreRefusedWhenConfigured() {
    assertThatThrownBy(
            () -> configuredWith("dc.server_utilisation.hyperscale,1.5,fraction,guess\n"))
        .isInstanceOf(ConfigurationRefused.class)
        .hasMessageContaining(
            "utilisation_cloud dc.server_utilisation.hyperscale = 1.5 fraction is outside 0..1");
    assertThatThrownBy(() -> configuredWith("required.dc.server.power_idle,-50,W,guess\n"))
        .isInstanceOf(ConfigurationRefused.class)
        .hasMessageContaining("power_idle required.dc.server.power_idle = -50 W is negative");
    assertThatThrownBy(
            () ->
                configuredWith(
                    "required.dc.server.power_idle,500,W,guess\n"
                        + "required.dc.server.power_max,400,W,guess\n"))
        .isInstanceOf(ConfigurationRefused.class)
        .hasMessageContaining("is above power_max required.dc.server.power_max = 400 W");
    assertThatThrownBy(() -> configuredWith("required.dc.server.power_max,0.4,kW,guess\n"))
        .isInstanceOf(ConfigurationRefused.class)
        .hasMessageContaining("required.dc.server.power_max is given in 'kW', but it is in W");
  }

  private static MethodologyCatalog configuredWith(String rows) throws Exception {
    return MethodologyLibrary.builtIn(
        MethodologyLibrary.configuration(new StringReader("key,value,unit,source\n" + rows)));
  }
}
