package org.scopeplus.core.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.factor.Verification;

/**
 * The server power model of cloud migration: a server draws {@code P_idle + (P_max - P_idle) x u}
 * watts at utilisation {@code u} (the linear model between the active-idle and 100 % load levels of
 * SPECpower_ssj2008), and the same work runs in the cloud on {@code u_on / u_cloud} as many servers
 * of the same power. The values below are test values, each hand-calculated.
 */
class ServerPowerModelTest {

  private static Parameter p(String key, double value, String unit) {
    return TestCatalog.p(key, value, unit, Verification.PUBLISHED);
  }

  /**
   * 100 W idle, 400 W at full load; on premises at 15 % and PUE 1.6, cloud at 50 % and PUE 1.2;
   * both on a grid of 0.5306 kg CO2/kWh (MEE/NBS 2023 national average of China).
   */
  private static Map<String, Parameter> servers(double idle, double max, double cloudUse) {
    Map<String, Parameter> m = new LinkedHashMap<>();
    m.put("pue_on_premises", p("pue.on", 1.6, "ratio"));
    m.put("grid_on_premises", p("grid", 0.5306, "kg CO2/kWh"));
    m.put("utilisation_on_premises", p("u.on", 0.15, "fraction"));
    m.put("utilisation_cloud", p("u.cloud", cloudUse, "fraction"));
    m.put("pue_cloud", p("pue.cloud", 1.2, "ratio"));
    m.put("grid_cloud", p("grid", 0.5306, "kg CO2/kWh"));
    m.put("power_idle", p("idle", idle, "W"));
    m.put("power_max", p("max", max, "W"));
    return m;
  }

  private static Methodology perServerHour(Map<String, Parameter> parameters) {
    return cloud(FormulaKind.CLOUD_MIGRATION_SERVERS, parameters);
  }

  private static Methodology perKilowattHour(Map<String, Parameter> parameters) {
    return cloud(FormulaKind.CLOUD_MIGRATION, parameters);
  }

  private static Methodology cloud(FormulaKind kind, Map<String, Parameter> parameters) {
    return new Methodology(
        "cloud_migration", "2026.2", "cloud", kind, List.of(), parameters, Eligibility.none(), "");
  }

  @Test
  void tenServersForAYearAgainstTheCloudDoingTheSameWork() {
    // By hand: on premises 100 + (400 - 100) x 0.15 = 145 W per server; 10 x 8,760 h x 0.145 kW
    // = 12,702 kWh x 1.6 = 20,323.2 kWh x 530.6 g/kWh = 10,783,489.92 g.
    // Cloud: 0.15 / 0.5 = 0.3 as many servers at 100 + 300 x 0.5 = 250 W: 10 x 0.3 x 8,760 h x
    // 0.25 kW = 6,570 kWh x 1.2 = 7,884 kWh x 530.6 g/kWh = 4,183,250.4 g.
    // Avoided: 10,783,489.92 - 4,183,250.4 = 6,600,239.52 -> 6,600,240 g.
    assertThat(perServerHour(servers(100, 400, 0.5)).avoidedGrams(10, 8_760)).isEqualTo(6_600_240L);
  }

  @Test
  void theFormerUtilisationRatioIsAServerDrawingTheSamePowerIdleOrBusy() {
    // P_idle = P_max: the cloud's IT kWh per on-premises kWh is u_on / u_cloud = 0.3, the former
    // formula: 1.6 x 530.6 - 0.3 x 1.2 x 530.6 = 848.96 - 191.016 = 657.944 g per kWh.
    assertThat(perKilowattHour(servers(400, 400, 0.5)).avoidedGrams(1_000)).isEqualTo(657_944L);
    // 100 W idle, 400 W busy: 0.3 x 250 W / 145 W = 0.517241379 kWh per on-premises kWh;
    // 848.96 - 0.517241379 x 1.2 x 530.6 = 848.96 - 329.337931 = 519.622069 g per kWh.
    assertThat(perKilowattHour(servers(100, 400, 0.5)).avoidedGrams(1_000)).isEqualTo(519_622L);
    // No idle power (energy proportional to work): the cloud needs the same IT kWh, 1 per kWh;
    // only the PUE differs: 848.96 - 1.2 x 530.6 = 848.96 - 636.72 = 212.24 g per kWh.
    assertThat(perKilowattHour(servers(0, 400, 0.5)).avoidedGrams(1_000)).isEqualTo(212_240L);
  }

  @Test
  void aServerHourAndItsKilowattHoursGiveTheSameGrams() {
    Map<String, Parameter> m = servers(120, 350, 0.6);
    double onPremisesKwhPerServerHour = (120 + (350 - 120) * 0.15) / 1000.0;
    double perHour = perServerHour(m).coefficients()[3];
    double perKwh = perKilowattHour(m).coefficients()[0];
    assertThat(perKwh * onPremisesKwhPerServerHour).isCloseTo(perHour, within(1e-9));
  }

  @Test
  void powersAndUtilisationsOutOfRangeAreRefusedWithASentence() {
    assertThatThrownBy(() -> perServerHour(servers(100, 400, 1.5)))
        .hasMessageContaining("utilisation_cloud u.cloud = 1.5 fraction is outside 0..1");
    assertThatThrownBy(() -> perServerHour(servers(-5, 400, 0.5)))
        .hasMessageContaining("power_idle idle = -5 W is negative");
    assertThatThrownBy(() -> perServerHour(servers(500, 400, 0.5)))
        .hasMessageContaining("power_idle idle = 500 W is above power_max max = 400 W");
    assertThatThrownBy(() -> perServerHour(servers(100, 40_000, 0.5)))
        .hasMessageContaining("power_max max = 40000 W is above 20,000 W");
    assertThatThrownBy(() -> perServerHour(servers(100, 400, 0)))
        .hasMessageContaining("utilisation_cloud u.cloud = 0 fraction is 0");
    Map<String, Parameter> kilowatts = servers(100, 400, 0.5);
    kilowatts.put("power_max", p("max", 0.4, "kW"));
    assertThatThrownBy(() -> perServerHour(kilowatts))
        .hasMessageContaining("power_max max = 0.4 kW: a server's power is given in W");
  }
}
