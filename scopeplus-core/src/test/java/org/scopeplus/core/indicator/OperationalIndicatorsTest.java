package org.scopeplus.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** PUE, WUE, energy intensity, fleet share and avoided CO2 by hand. */
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
  void energyPerFloorAreaAndPerEmployeeOfTheCompanyAndOfEachOrgUnitFromRecordedValues() {
    // By hand, company (top unit K): 2,500,000 kWh / 10,000 m2 = 250 kWh/m2 and
    // 2,500 MWh / 200 employees = 12.5 MWh per employee. K/Cloud's own months:
    // 600 + 400 = 1,000 MWh over its 2,000 m2 = 500 kWh/m2, and no employees recorded.
    List<IndicatorValue> values =
        List.of(
            new IndicatorValue("K", "", 2025, 0, Metric.ELECTRICITY, 2500),
            new IndicatorValue("K", "", 2025, 0, Metric.FLOOR_AREA, 10_000),
            new IndicatorValue("K", "", 2025, 0, Metric.EMPLOYEES, 200),
            new IndicatorValue("K/Cloud", "", 2025, 1, Metric.ELECTRICITY, 600),
            new IndicatorValue("K/Cloud", "", 2025, 2, Metric.ELECTRICITY, 400),
            new IndicatorValue("K/Cloud", "DC-1", 2025, 2, Metric.ELECTRICITY, 9_999),
            new IndicatorValue("K/Cloud", "", 2025, 0, Metric.FLOOR_AREA, 2_000));
    List<OperationalIndicators.EnergyIntensity> company =
        OperationalIndicators.energyIntensity(values);
    assertThat(company).hasSize(1);
    assertThat(company.get(0).electricityMwh()).isCloseTo(2500, within(1e-9));
    assertThat(company.get(0).kwhPerM2()).isCloseTo(250, within(1e-9));
    assertThat(company.get(0).mwhPerEmployee()).isCloseTo(12.5, within(1e-9));
    // the same numbers as a metrics file's denominators give (the CLI's path)
    assertThat(
            OperationalIndicators.energyIntensity(
                values, java.util.Map.of(2025, 10_000.0), java.util.Map.of(2025, 200.0)))
        .isEqualTo(company);

    List<OperationalIndicators.UnitEnergyIntensity> units =
        OperationalIndicators.energyIntensityByUnit(values);
    assertThat(units).hasSize(2);
    assertThat(units.get(0).orgUnit()).isEqualTo("K");
    assertThat(units.get(0).kwhPerM2()).isCloseTo(250, within(1e-9));
    assertThat(units.get(1).orgUnit()).isEqualTo("K/Cloud");
    assertThat(units.get(1).electricityMwh()).isCloseTo(1000, within(1e-9));
    assertThat(units.get(1).kwhPerM2()).isCloseTo(500, within(1e-9));
    assertThat(units.get(1).mwhPerEmployee()).isNull();
  }

  @Test
  void fleetElectrificationIsElectricVehiclesOverAllVehiclesOfTheSamePeriod() {
    // By hand: 30 electric of 120 vehicles = 25 %; a fleet without electric vehicles recorded
    // and one of 0 vehicles give no share.
    List<OperationalIndicators.FleetShare> f =
        OperationalIndicators.fleetShares(
            List.of(
                new IndicatorValue("K/Logistics", "", 2025, 0, Metric.FLEET_VEHICLES, 120),
                new IndicatorValue("K/Logistics", "", 2025, 0, Metric.FLEET_ELECTRIC, 30),
                new IndicatorValue("K/Logistics", "", 2024, 0, Metric.FLEET_VEHICLES, 100),
                new IndicatorValue("K/Retail", "", 2025, 0, Metric.FLEET_VEHICLES, 0),
                new IndicatorValue("K/Retail", "", 2025, 0, Metric.FLEET_ELECTRIC, 0)));
    assertThat(f).hasSize(1);
    assertThat(f.get(0).year()).isEqualTo(2025);
    assertThat(f.get(0).share()).isCloseTo(0.25, within(1e-12));
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
