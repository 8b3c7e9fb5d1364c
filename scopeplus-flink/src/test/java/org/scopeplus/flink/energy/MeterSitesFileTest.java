package org.scopeplus.flink.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.energy.suggest.Tariff;

/**
 * The meters file of the Flink batch: empty cells take the run's values, a tariff file named by
 * many meters is read once and shipped once, and a bad row (zone, grid factor, repeated meter,
 * tariff or weather file) stops the job naming file, row and column.
 */
class MeterSitesFileTest {

  @TempDir Path folder;

  private NightlySettings run() throws Exception {
    Path t = Files.writeString(folder.resolve("run.properties"), GeneratedMeters.TARIFF);
    return NightlySettings.of(ZoneId.of("Asia/Shanghai"), Tariff.read(t), 0.5366, null);
  }

  @Test
  void emptyCellsTakeTheRunsValuesAndATariffIsReadOnce() throws Exception {
    Files.writeString(
        folder.resolve("eur.properties"),
        "currency=EUR\nperiod.all.price=0.3\nperiod.all.hours=0-24\n");
    Path file =
        Files.writeString(
            folder.resolve("meters.csv"),
            "grid_factor,meter_id,tariff,time_zone\n"
                + "0.38,a,eur.properties,Europe/Berlin\n"
                + ",b,eur.properties,\n"
                + "0.9,c,,\n");
    NightlySettings run = run();
    Map<String, NightlySettings.MeterSite> m = MeterSitesFile.read(file, run);
    assertThat(m).hasSize(3);
    assertThat(m.get("a").zone()).isEqualTo("Europe/Berlin");
    assertThat(m.get("a").gridFactorKgPerKwh()).isEqualTo(0.38);
    assertThat(m.get("a").tariff().currency()).isEqualTo("EUR");
    assertThat(m.get("b").tariff()).isSameAs(m.get("a").tariff());
    assertThat(m.get("b").zone()).isEqualTo("Asia/Shanghai");
    assertThat(m.get("b").gridFactorKgPerKwh()).isEqualTo(0.5366);
    assertThat(m.get("c").tariff()).isSameAs(run.tariff());
    assertThat(m.get("c").gridFactorKgPerKwh()).isEqualTo(0.9);

    MeterSeries.SitesByMeter sites = new MeterSeries.SitesByMeter(run.withMeters(m));
    assertThat(sites.of("a").zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(sites.of("a").tariff()).isSameAs(sites.of("b").tariff());
    assertThat(sites.of("unlisted").tariff().currency()).isEqualTo("CNY");
    assertThat(sites.of("unlisted").gridFactorKgPerKwh()).isEqualTo(0.5366);
  }

  @Test
  void aBadRowStopsTheJobNamingFileRowAndColumn() throws Exception {
    NightlySettings run = run();
    String head = "meter_id,time_zone,tariff,grid_factor\n";
    Path zone = Files.writeString(folder.resolve("zone.csv"), head + "a,,,\nb,Mars/Base,,\n");
    assertThatThrownBy(() -> MeterSitesFile.read(zone, run))
        .hasMessage(zone + ", row 3, time_zone: 'Mars/Base' is not a time zone");
    Path grid = Files.writeString(folder.resolve("grid.csv"), head + "a,,,1e300\n");
    assertThatThrownBy(() -> MeterSitesFile.read(grid, run))
        .hasMessage(grid + ", row 2, grid_factor: 1e300 kg CO2/kWh: expected 0 to 5");
    Path twice = Files.writeString(folder.resolve("twice.csv"), head + "a,,,\na,,,0.2\n");
    assertThatThrownBy(() -> MeterSitesFile.read(twice, run))
        .hasMessage(twice + ", row 3, meter_id: meter a is listed twice");
    Path missing = Files.writeString(folder.resolve("missing.csv"), head + "a,,none.properties,\n");
    assertThatThrownBy(() -> MeterSitesFile.read(missing, run))
        .hasMessageStartingWith(missing + ", row 2, tariff: ");
    Path weather =
        Files.writeString(
            folder.resolve("weather.csv"),
            "meter_id,time_zone,tariff,grid_factor,weather\na,,,,none.epw\n");
    assertThatThrownBy(() -> MeterSitesFile.read(weather, run))
        .hasMessageStartingWith(weather + ", row 2, weather: ");
    Path columns = Files.writeString(folder.resolve("columns.csv"), "meter_id,zone\na,UTC\n");
    assertThatThrownBy(() -> MeterSitesFile.read(columns, run))
        .hasMessageContaining("row 1: expected the columns meter_id,time_zone,tariff,grid_factor");
  }
}
