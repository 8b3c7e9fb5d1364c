package org.scopeplus.io.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.scope3plus.Event;
import org.scopeplus.core.scope3plus.EventQuantity;
import org.scopeplus.core.scope3plus.Ledger;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.Parameter;
import org.scopeplus.core.scope3plus.PointsRates;
import org.scopeplus.core.scope3plus.RawEvent;
import org.scopeplus.core.scope3plus.Regions;
import org.scopeplus.core.scope3plus.RejectionReason;
import org.scopeplus.core.scope3plus.Verdict;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The green trips of China ({@code green_trip.*.cn}): the event's region chooses the province's own
 * grid factor, the event's year its vintage; a trip elsewhere is refused and a Chinese trip is
 * never counted with UK factors.
 *
 * <p>Hand calculation, metro (ACM0016 structure), 10 km, with the test configuration of {@link
 * BuiltInMethodologiesTest} (survey car 30 %, bus 40 %, walk or cycle 20 %, no trip 10 %; 1.5
 * occupants per car; bus 50 g/pkm; metro 0.10 kWh/pkm): the car is 9.02 L/100 km x 0.720 kg/L x
 * 44.3 TJ/Gg x (69,300 + 3.8 x 28 + 5.7 x 265) kg CO2e/TJ = 0.20403 kg/vkm, 136.02 g/pkm at 1.5
 * occupants, so the displaced modes give 0.30 x 136.02 + 0.40 x 50 = 60.806 g/pkm. Metro at the
 * MEE/NBS average grid factor (built-in factor library): Guangdong 2022 0.4403 kg/kWh gives 10 x
 * (60.806 - 44.03) = 167.76, 168 g; Guangdong 2021 0.4715 gives 10 x (60.806 - 47.15) = 136.56, 137
 * g; Guangdong 2023 0.4419 (Announcement 2025 No. 47, Table 3) gives 10 x (60.806 - 44.19) =
 * 166.16, 166 g; Tibet (no provincial factor) 2022 takes China's 0.5366: 10 x (60.806 - 53.66) =
 * 71.46, 71 g; China 2023 0.5306: 10 x (60.806 - 53.06) = 77.46, 77 g.
 */
class BuiltInChinaGreenTripsTest {

  private static Verdict offer(
      Ledger ledger, String id, String action, double km, String time, String region) {
    RawEvent s = new RawEvent();
    new Event(
            id,
            "transit",
            "u-" + id,
            action,
            List.of(EventQuantity.of(km, "km")),
            Instant.parse(time),
            region,
            "",
            "")
        .fill(s);
    return ledger.offer(s);
  }

  private static long grams(Verdict v) {
    return BuiltInVintagesTest.grams(v);
  }

  private static Ledger ledger() throws Exception {
    return new Ledger(BuiltInMethodologiesTest.configured(), PointsRates.standard(), 100);
  }

  @Test
  void theProvinceAndYearOfTheEventChooseTheGridFactorOfTheMetro() throws Exception {
    Ledger ledger = ledger();
    String metro = "green_trip.metro.cn";
    assertThat(grams(offer(ledger, "gd22", metro, 10, "2022-05-10T08:00:00Z", "CN-GD")))
        .isEqualTo(168);
    assertThat(grams(offer(ledger, "gd21", metro, 10, "2021-05-10T08:00:00Z", "CN-GD")))
        .isEqualTo(137);
    assertThat(grams(offer(ledger, "gd23", metro, 10, "2023-05-10T08:00:00Z", "CN-GD")))
        .isEqualTo(166);
    assertThat(grams(offer(ledger, "xz22", metro, 10, "2022-05-10T08:00:00Z", "CN-XZ")))
        .isEqualTo(71);
    assertThat(grams(offer(ledger, "cn23", metro, 10, "2023-05-10T08:00:00Z", "CN"))).isEqualTo(77);
  }

  @Test
  void theVintageNoteNamesTheProvincesOwnFactor() throws Exception {
    Methodology m = BuiltInMethodologiesTest.configured().byAction("green_trip.metro.cn");
    assertThat(m.parametersIn("CN-GD", 2022).get("grid").key())
        .isEqualTo("cn_mee_nbs.average.cn-gd.2022");
    assertThat(m.parametersIn("CN-GD", 2025).get("grid").key())
        .isEqualTo("cn_mee_nbs.average.cn-gd.2023");
    assertThat(m.parametersIn("CN", 2025).get("grid").key())
        .isEqualTo("cn_mee_nbs.average.cn.2023");
    assertThat(m.vintageNote("CN-GD", 2024))
        .startsWith("nearest earlier vintage for 2024: ")
        .contains("grid cn_mee_nbs.average.cn-gd.2023 of 2023")
        .contains("region's own value: grid cn_mee_nbs.average.cn-gd.2023 of CN-GD");
    assertThat(m.subRegions()).contains("CN-GD", "CN-BJ", "CN-SC").doesNotContain("CN-XZ");
  }

  @Test
  void beforeTheFirstGridFactorOfChinaNothingCounts() throws Exception {
    assertThat(offer(ledger(), "gd20", "green_trip.metro.cn", 10, "2020-12-31T23:00:00Z", "CN-GD"))
        .isEqualTo(Verdict.refused(RejectionReason.VINTAGE_NOT_COVERED));
  }

  @Test
  void aTripOutsideChinaIsRefusedByEveryChineseMethodology() throws Exception {
    Ledger ledger = ledger();
    for (String mode : List.of("walk", "cycle", "bus", "metro", "rail")) {
      assertThat(
              offer(
                  ledger,
                  "gb-" + mode,
                  "green_trip." + mode + ".cn",
                  5,
                  "2022-05-10T08:00:00Z",
                  "GB"))
          .as(mode)
          .isEqualTo(Verdict.refused(RejectionReason.REGION_NOT_COVERED));
    }
    assertThat(RejectionReason.REGION_NOT_COVERED.sentence()).isNotBlank();
  }

  @Test
  void aChineseTripIsNeverCountedWithTheUkFactors() throws Exception {
    Ledger ledger = ledger();
    for (String mode : List.of("walk", "cycle", "bus", "metro", "rail")) {
      assertThat(
              offer(ledger, "cn-" + mode, "green_trip." + mode, 5, "2022-05-10T08:00:00Z", "CN-GD"))
          .as(mode)
          .isEqualTo(Verdict.refused(RejectionReason.REGION_NOT_COVERED));
    }
    MethodologyCatalog catalog = BuiltInMethodologiesTest.configured();
    List<String> uk = new ArrayList<>();
    for (Methodology m : catalog.methodologies()) {
      boolean countsInChina =
          m.validity().regions().stream().anyMatch(r -> Regions.contains("CN", r));
      if (!countsInChina) {
        continue;
      }
      List<Parameter> all = new ArrayList<>(m.parameters().values());
      m.vintages().values().forEach(all::addAll);
      for (Parameter p : all) {
        if (p.region().startsWith("GB") && !m.validity().transfers().containsKey(p.key())) {
          uk.add(m.action() + " " + p.key());
        }
      }
    }
    assertThat(uk).isEmpty();
  }

  @Test
  void anOccupancyBelowOneOrInAnotherUnitIsRefusedWithASentence() throws Exception {
    String half =
        BuiltInMethodologiesTest.CONFIGURATION.replace(
            "car_occupancy,1.5,passengers/vehicle", "car_occupancy,0.5,passengers/vehicle");
    assertThatThrownBy(
            () ->
                MethodologyLibrary.builtIn(
                    MethodologyLibrary.configuration(new java.io.StringReader(half))))
        .isInstanceOf(ConfigurationRefused.class)
        .hasMessageContaining(
            "occupancy.car required.transport.cn.car_occupancy = 0.5 passengers/vehicle is"
                + " outside 1..200");
    String percent =
        BuiltInMethodologiesTest.CONFIGURATION.replace(
            "car_occupancy,1.5,passengers/vehicle", "car_occupancy,150,%");
    assertThatThrownBy(
            () ->
                MethodologyLibrary.builtIn(
                    MethodologyLibrary.configuration(new java.io.StringReader(percent))))
        .isInstanceOf(ConfigurationRefused.class)
        .hasMessageContaining("required.transport.cn.car_occupancy is given in '%'");
  }

  /**
   * The car factor is derived, not typed: 9.02 L/100 km (Huo et al. 2011) x 0.720 kg/L (GB
   * 17930-2013, lower bound) x 44.3 TJ/Gg (IPCC 2006 Vol. 2 Table 1.2) x (69,300 kg CO2/TJ, Table
   * 3.2.1 + 3.8 kg CH4/TJ x 28 + 5.7 kg N2O/TJ x 265, Table 3.2.2 and AR5) = 0.0902 x 0.720 x
   * 44.3e-6 x 70,916.9 = 0.204029 kg CO2e per vehicle-km.
   */
  @Test
  void theCarFactorIsTheFuelEconomyTimesTheIpccGasolineFactors() throws Exception {
    JsonNode values;
    try (InputStream in =
        MethodologyLibrary.class.getResourceAsStream(MethodologyLibrary.BUILT_IN)) {
      values = JsonMapper.builder().build().readTree(in).path("values");
    }
    double litresPerKm =
        values.path("transport.cn.car.real_world_fuel_consumption").path("value").asDouble() / 100;
    double density = values.path("fuel.cn.gasoline.density").path("value").asDouble();
    double ncv = values.path("ipcc2006.motor_gasoline.ncv").path("value").asDouble();
    double co2 = values.path("ipcc2006.motor_gasoline.road.co2").path("value").asDouble();
    double ch4 = values.path("ipcc2006.motor_gasoline.road_ldv_1995.ch4").path("value").asDouble();
    double n2o = values.path("ipcc2006.motor_gasoline.road_ldv_1995.n2o").path("value").asDouble();
    assertThat(litresPerKm * density * ncv * 1e-6 * (co2 + ch4 * 28 + n2o * 265))
        .isCloseTo(0.0902 * 0.720 * 44.3e-6 * 70_916.9, within(1e-9));
    Parameter car =
        BuiltInMethodologiesTest.configured()
            .byAction("green_trip.metro.cn")
            .parameters()
            .get("per_vkm.car");
    assertThat(car.value()).isCloseTo(0.204029, within(0.000005));
    assertThat(car.weak()).isTrue();
  }
}
