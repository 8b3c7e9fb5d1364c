package org.scopeplus.core.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A mode shift whose project vehicle runs on electricity (its kWh per passenger-km times the grid
 * factor) and whose displaced car is given per vehicle-km with its occupancy (ACM0016 computes
 * EF_PKM of a car as its emissions per vehicle-km over its occupancy).
 *
 * <p>Hand calculation, test values: car 0.20403 kg/vkm over 1.5 occupants = 136.02 g/pkm; bus 50
 * g/pkm; metro 0.10 kWh/pkm x 0.4403 kg/kWh = 44.03 g/pkm. Survey 30/40/20/10 % (car, bus, walk or
 * cycle, no trip): 10 x (0.30 x 136.02 + 0.40 x 50 - 44.03) = 10 x 16.776 = 167.76 -> 168 g.
 */
class ElectricAndOccupancyModeShiftTest {

  private static Parameter p(String key, double value, String unit) {
    return ModeShiftTest.p(key, value, unit);
  }

  private static Methodology metro(Map<String, Parameter> parameters) {
    return ModeShiftTest.metro(parameters);
  }

  private static Map<String, Parameter> electricMetro() {
    Map<String, Parameter> m = new LinkedHashMap<>();
    m.put("project_kwh_per_pkm", p("metro.kwh", 0.10, "kWh/passenger-km"));
    m.put("grid", p("grid", 0.4403, "kg CO2/kWh"));
    m.put("share.car", p("s.car", 0.30, "fraction"));
    m.put("per_vkm.car", p("car", 0.20403, "kg CO2e/vehicle-km"));
    m.put("occupancy.car", p("occupancy", 1.5, "passengers/vehicle"));
    m.put("share.bus", p("s.bus", 0.40, "fraction"));
    m.put("per_pkm.bus", p("bus", 0.05, "kg CO2e/passenger-km"));
    m.put("share.walk_cycle", p("s.walk", 0.20, "fraction"));
    m.put("per_pkm.walk_cycle", p("walk", 0, "kg CO2e/passenger-km"));
    m.put("share.no_trip", p("s.none", 0.10, "fraction"));
    return m;
  }

  @Test
  void theMetroIsChargedItsElectricityAtTheGridAndTheCarItsFactorOverItsOccupancy() {
    assertThat(metro(electricMetro()).avoidedGrams(10)).isEqualTo(168);
  }

  @Test
  void aDisplacedModeOnElectricityIsChargedAtTheSameGrid() {
    // Walking displacing a metro: share 1 x 0.10 kWh x 440.3 g/kWh = 44.03 g/pkm; 10 km -> 440 g.
    Map<String, Parameter> m = new LinkedHashMap<>();
    m.put("project_per_pkm", p("walk", 0, "kg CO2e/passenger-km"));
    m.put("grid", p("grid", 0.4403, "kg CO2/kWh"));
    m.put("share.metro", p("s.metro", 1, "fraction"));
    m.put("kwh_per_pkm.metro", p("metro.kwh", 0.10, "kWh/passenger-km"));
    assertThat(metro(m).avoidedGrams(10)).isEqualTo(440);
  }

  @Test
  void incompleteOrAbsurdElectricityAndOccupancyAreRefusedWithASentence() {
    Map<String, Parameter> noGrid = electricMetro();
    noGrid.remove("grid");
    assertThatThrownBy(() -> metro(noGrid)).hasMessageContaining("without a grid factor");
    Map<String, Parameter> noOccupancy = electricMetro();
    noOccupancy.remove("occupancy.car");
    assertThatThrownBy(() -> metro(noOccupancy))
        .hasMessageContaining("factor per vehicle-km but no occupancy.car");
    Map<String, Parameter> half = electricMetro();
    half.put("occupancy.car", p("occupancy", 0.5, "passengers/vehicle"));
    assertThatThrownBy(() -> metro(half))
        .hasMessageContaining("occupancy.car occupancy = 0.5 passengers/vehicle is outside 1..200");
    Map<String, Parameter> both = electricMetro();
    both.put("project_per_pkm", p("metro", 0.03, "kg CO2e/passenger-km"));
    assertThatThrownBy(() -> metro(both)).hasMessageContaining("exactly one of them");
    Map<String, Parameter> grams = electricMetro();
    grams.put("project_kwh_per_pkm", p("metro.kwh", 0.03, "kg CO2e/passenger-km"));
    assertThatThrownBy(() -> metro(grams))
        .hasMessageContaining("it must be electricity in kWh per passenger-km");
  }
}
