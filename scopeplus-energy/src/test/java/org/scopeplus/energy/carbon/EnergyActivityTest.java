package org.scopeplus.energy.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.energy.load.HourlySeries;

class EnergyActivityTest {

  static final long JAN_1_2024 = 1_704_067_200L; // 2024-01-01T00:00Z

  static HourlySeries series(int hours, java.util.function.IntToDoubleFunction v) {
    long[] s = new long[hours];
    double[] x = new double[hours];
    for (int i = 0; i < hours; i++) {
      s[i] = JAN_1_2024 + i * 3600L;
      x[i] = v.applyAsDouble(i);
    }
    return new HourlySeries(s, x);
  }

  @Test
  void ownPvReducesThePurchaseAndExportIsNotCredited() {
    // January and February 2024 (31 + 29 days), load 2 kWh every hour, PV 5 kWh in hours 10-13
    // (4 h a day): self-consumed 4 x 2 = 8 kWh a day, exported 4 x 3 = 12, grid 48 - 8 = 40.
    int hours = 60 * 24;
    HourlySeries load = series(hours, i -> 2);
    HourlySeries pv = series(hours, i -> i % 24 >= 10 && i % 24 < 14 ? 5 : 0);
    HourlySeries gas = series(hours, i -> 0.5);
    List<EnergyActivity.Month> m = EnergyActivity.months(load, pv, gas, ZoneOffset.UTC, 2024);
    assertThat(m).hasSize(2);
    assertThat(m.get(0).month()).isEqualTo(YearMonth.of(2024, 1));
    assertThat(m.get(0).consumptionKwh()).isCloseTo(31 * 48, within(1e-9));
    assertThat(m.get(0).pvSelfConsumedKwh()).isCloseTo(31 * 8, within(1e-9));
    assertThat(m.get(0).pvExportedKwh()).isCloseTo(31 * 12, within(1e-9));
    assertThat(m.get(0).gridKwh()).isCloseTo(31 * 40, within(1e-9));
    assertThat(m.get(1).gridKwh()).isCloseTo(29 * 40, within(1e-9));
    assertThat(m.get(1).gasM3()).isCloseTo(29 * 12, within(1e-9));
  }

  @Test
  void certificatesCoverMonthsInOrder() {
    // grid 1,240 kWh in January and 1,160 in February; a 1,500 kWh certificate covers January
    // and 260 kWh of February, leaving 900 kWh of February uncovered.
    List<EnergyActivity.Month> m =
        List.of(
            new EnergyActivity.Month(YearMonth.of(2024, 1), 1240, 0, 0, 1240, 0),
            new EnergyActivity.Month(YearMonth.of(2024, 2), 1160, 0, 0, 1160, 10));
    List<EnergyActivity.Row> rows =
        EnergyActivity.rows("S", m, List.of(new EnergyActivity.Certificate("GEC-1", 1500)));
    assertThat(rows)
        .extracting(EnergyActivity.Row::recordId)
        .containsExactly("S-E-2024-01-C1", "S-E-2024-02-C1", "S-E-2024-02", "S-G-2024-02");
    assertThat(rows.get(0).quantity()).isEqualTo(1240);
    assertThat(rows.get(1).quantity()).isEqualTo(260);
    assertThat(rows.get(1).instrument()).isEqualTo("GEC-1");
    assertThat(rows.get(2).quantity()).isEqualTo(900);
    assertThat(rows.get(2).instrument()).isNull();
    assertThat(rows.get(3).unit()).isEqualTo("m3");
  }

  @Test
  void absurdCertificatesAreRefused() {
    assertThatThrownBy(() -> new EnergyActivity.Certificate("X", 1e300))
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> new EnergyActivity.Certificate("a,b", 10))
        .hasMessageContaining("without commas");
  }

  /**
   * Heat by local month at +08:00: 3 kWh an hour from 2023-12-31T16:00Z (2024-01-01 00:00 local)
   * for 31 x 24 + 24 hours: January 2024 has 744 h x 3 = 2,232 kWh, 1 February 24 h x 3 = 72 kWh;
   * the hours before the local year are left out.
   */
  @Test
  void purchasedHeatIsOneScope2RecordALocalMonth() {
    long start = java.time.Instant.parse("2023-12-31T12:00:00Z").getEpochSecond();
    int hours = 4 + 31 * 24 + 24;
    long[] t = new long[hours];
    double[] v = new double[hours];
    for (int i = 0; i < hours; i++) {
      t[i] = start + 3600L * i;
      v[i] = 3;
    }
    List<EnergyActivity.Row> rows =
        EnergyActivity.heatRows("S", new HourlySeries(t, v), ZoneOffset.ofHours(8), 2024);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).recordId()).isEqualTo("S-H-2024-01");
    assertThat(rows.get(0).activityType()).isEqualTo("s2.heat");
    assertThat(rows.get(0).unit()).isEqualTo("kWh");
    assertThat(rows.get(0).quantity()).isCloseTo(2232, within(1e-9));
    assertThat(rows.get(1).month()).isEqualTo(YearMonth.of(2024, 2));
    assertThat(rows.get(1).quantity()).isCloseTo(72, within(1e-9));
  }
}
