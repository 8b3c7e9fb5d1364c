package org.scopeplus.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** PUE, WUE and avoided CO2 by hand. */
class OperationalIndicatorsTest {

  @Test
  void pueIsFacilityOverItEnergyAndWueIsLitresPerKilowattHour() {
    // 1,200 MWh facility over 1,000 MWh IT: 1.2; 1,800 m3 water = 1,800,000 L over 1,000,000 kWh
    List<OperationalIndicators.Efficiency> e =
        OperationalIndicators.efficiency(
            List.of(
                new IndicatorValue("K/Cloud", "DC-1", 2025, 3, Metric.IT_ENERGY, 1000),
                new IndicatorValue("K/Cloud", "DC-1", 2025, 3, Metric.FACILITY_ENERGY, 1200),
                new IndicatorValue("K/Cloud", "DC-1", 2025, 3, Metric.WATER, 1800),
                new IndicatorValue("K/Cloud", "DC-2", 2025, 3, Metric.IT_ENERGY, 500),
                new IndicatorValue("K/Cloud", "DC-2", 2025, 3, Metric.FACILITY_ENERGY, 550),
                new IndicatorValue("K/Cloud", "DC-3", 2025, 3, Metric.IT_ENERGY, 500)));
    assertThat(e).hasSize(2);
    assertThat(e.get(0).pue()).isCloseTo(1.2, within(1e-12));
    assertThat(e.get(0).wue()).isCloseTo(1.8, within(1e-12));
    assertThat(e.get(1).pue()).isCloseTo(1.1, within(1e-12));
    assertThat(e.get(1).wue()).isNull();
  }

  @Test
  void wasteHeatRecoveryAvoidsCo2AtTheDocumentedCoalFactor() {
    // 55,000 tce x 2.664 t CO2/tce = 146,520 t CO2
    assertThat(OperationalIndicators.avoidedCo2Tonnes(55_000)).isCloseTo(146_520, within(1e-6));
  }

  @Test
  void aValueIsRefusedWithItsReason() {
    assertThat(new IndicatorValue("K", "", 2025, 13, Metric.WATER, 1).refusal())
        .contains("month is 1 to 12, or 0 for the whole year");
    assertThat(new IndicatorValue("K", "", 2025, 0, Metric.WATER, -1).refusal())
        .contains("water must be 0 or more, in m3");
    assertThat(new IndicatorValue(" ", "", 2025, 0, Metric.WATER, 1).refusal())
        .contains("an indicator value names its org unit");
  }
}
