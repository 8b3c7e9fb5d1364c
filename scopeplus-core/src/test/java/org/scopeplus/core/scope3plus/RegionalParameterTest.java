package org.scopeplus.core.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.factor.Citation;
import org.scopeplus.core.factor.Verification;

/**
 * A methodology counting in a whole country takes, for an event in one of its provinces, the
 * province's own value where it has one (most specific region first, then the event's year or the
 * nearest earlier), else the country's.
 *
 * <p>Hand calculation: 10 kWh saved x grid factor. Country vintages 2021 0.5, 2023 0.4 kg/kWh;
 * province CN-GD 2022 0.3 kg/kWh. CN-GD 2022: 3,000 g; CN-GD 2025: the province's 2022 value, 3,000
 * g; CN-GD 2021 (before the province's first vintage): the country's 2021, 5,000 g; CN-SC 2025 (no
 * value of its own): the country's 2023, 4,000 g; an event naming CN 2022: 5,000 g.
 */
class RegionalParameterTest {

  private static Parameter grid(String region, String year, double kg) {
    return new Parameter(
        "grid." + region + "." + year,
        kg,
        "kg CO2/kWh",
        new Citation("test grid", "", year, "", Verification.PUBLISHED, ""),
        region);
  }

  private static Methodology saving() {
    return new Methodology(
        "office.saving",
        "1",
        "saving",
        FormulaKind.PER_UNIT,
        List.of(Dimension.ENERGY),
        Map.of("baseline", grid("CN", "2021", 0.5)),
        Eligibility.none(),
        "grid",
        RegionValidity.in("CN"),
        null,
        Map.of("baseline", List.of(grid("CN", "2023", 0.4), grid("CN-GD", "2022", 0.3))),
        "");
  }

  @Test
  void theProvincesOwnValueComesFirstThenTheYear() {
    Methodology m = saving();
    assertThat(m.coefficients("CN-GD", 2022)[0] * 10).isEqualTo(3000.0);
    assertThat(m.coefficients("CN-GD", 2025)[0] * 10).isEqualTo(3000.0);
    assertThat(m.coefficients("CN-GD", 2021)[0] * 10).isEqualTo(5000.0);
    assertThat(m.coefficients("CN-SC", 2025)[0] * 10).isEqualTo(4000.0);
    assertThat(m.coefficients("CN", 2022)[0] * 10).isEqualTo(5000.0);
    assertThat(m.coefficients("CN-GD", 2020)).isNull();
    assertThat(m.firstYear()).isEqualTo(2021);
    assertThat(m.subRegions()).containsExactly("CN-GD");
  }

  @Test
  void theRulesChooseTheProvinceOfTheEvent() {
    Scope3PlusRules rules = new Scope3PlusRules(new MethodologyCatalog("test", List.of(saving())));
    RawEvent s = new RawEvent();
    new Event(
            "e1",
            "office",
            "u-1",
            "office.saving",
            List.of(EventQuantity.of(10, "kWh")),
            java.time.Instant.parse("2024-03-01T10:00:00Z"),
            "CN-GD",
            "",
            "")
        .fill(s);
    assertThat(((Assessment.Valid) rules.assess(s)).grams()).isEqualTo(3000);
  }

  @Test
  void aProvincialValueIsNeverTheOnlyValueOfARole() {
    assertThatThrownBy(
            () ->
                new Methodology(
                    "office.saving",
                    "1",
                    "saving",
                    FormulaKind.PER_UNIT,
                    List.of(Dimension.ENERGY),
                    Map.of("baseline", grid("CN-GD", "2022", 0.3)),
                    Eligibility.none(),
                    "grid",
                    RegionValidity.in("CN")))
        .hasMessageContaining("holds in CN-GD, not in CN");
  }
}
