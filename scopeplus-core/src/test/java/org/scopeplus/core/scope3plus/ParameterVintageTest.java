package org.scopeplus.core.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.factor.Citation;
import org.scopeplus.core.factor.Verification;

/**
 * A parameter's vintage is chosen by the event's year: the vintage of that year, else the nearest
 * earlier one; before every vintage the methodology does not count.
 *
 * <p>Hand calculation: 10 kWh saved x grid factor. Grid vintages 2019 0.6, 2021 0.5, 2023 0.4 kg
 * CO2/kWh: 2019 and 2020 give 6,000 g, 2021 and 2022 5,000 g, 2023 and later 4,000 g; 2018 is
 * before every vintage.
 */
class ParameterVintageTest {

  private static Parameter grid(String year, double kg) {
    return new Parameter(
        "grid." + year,
        kg,
        "kg CO2/kWh",
        new Citation("test grid " + year, "", year, "", Verification.PUBLISHED, ""),
        "GLOBAL");
  }

  private static Methodology saving(Map<String, List<Parameter>> vintages) {
    return new Methodology(
        "office.saving",
        "1",
        "saving",
        FormulaKind.PER_UNIT,
        List.of(Dimension.ENERGY),
        Map.of("baseline", grid("2021", 0.5)),
        Eligibility.none(),
        "grid",
        RegionValidity.anywhere(),
        null,
        vintages,
        "");
  }

  @Test
  void theVintageOfTheYearElseTheNearestEarlierIsTaken() {
    Methodology m = saving(Map.of("baseline", List.of(grid("2023", 0.4), grid("2019", 0.6))));
    assertThat(m.firstYear()).isEqualTo(2019);
    assertThat(m.coefficients(2018)).isNull();
    assertThat(m.coefficients(2019)[0] * 10).isEqualTo(6000.0);
    assertThat(m.coefficients(2020)[0] * 10).isEqualTo(6000.0);
    assertThat(m.coefficients(2021)[0] * 10).isEqualTo(5000.0);
    assertThat(m.coefficients(2022)[0] * 10).isEqualTo(5000.0);
    assertThat(m.coefficients(2023)[0] * 10).isEqualTo(4000.0);
    assertThat(m.coefficients(2040)[0] * 10).isEqualTo(4000.0);
    assertThat(m.vintageNote(2022))
        .isEqualTo("nearest earlier vintage for 2022: baseline grid.2021 of 2021");
    assertThat(m.vintageNote(2023)).isEmpty();
    assertThat(m.vintageNote(2018)).contains("counts from 2019");
  }

  @Test
  void theRulesRefuseAnEventBeforeEveryVintageAndCountTheOthersWithTheirYearsFactor() {
    Methodology m = saving(Map.of("baseline", List.of(grid("2023", 0.4))));
    Ledger ledger = new Ledger(new MethodologyCatalog("t", List.of(m)), PointsRates.standard(), 10);
    assertThat(offer(ledger, "a", "2020-07-01T00:00:00Z"))
        .isEqualTo(Verdict.refused(RejectionReason.VINTAGE_NOT_COVERED));
    assertThat(((Verdict.Counted) offer(ledger, "b", "2022-07-01T00:00:00Z")).grams())
        .isEqualTo(5000);
    assertThat(((Verdict.Counted) offer(ledger, "c", "2024-07-01T00:00:00Z")).grams())
        .isEqualTo(4000);
  }

  @Test
  void aVintageInAnotherUnitOrWithoutValueIsRefusedAtLoad() {
    Parameter inTonnes =
        new Parameter(
            "grid.t",
            0.5,
            "t CO2/MWh",
            new Citation("t", "", "2022", "", Verification.PUBLISHED, ""),
            "GLOBAL");
    assertThatThrownBy(() -> saving(Map.of("baseline", List.of(inTonnes))))
        .hasMessageContaining("vintage grid.t of role baseline is in t CO2/MWh");
    assertThatThrownBy(
            () ->
                saving(
                    Map.of(
                        "baseline",
                        List.of(
                            Parameter.notFound(
                                "grid.none",
                                "kg CO2/kWh",
                                new Citation("t", "", "2022", "", Verification.TO_VERIFY, ""))))))
        .hasMessageContaining("has no value");
    assertThatThrownBy(() -> saving(Map.of("scale", List.of(grid("2022", 1)))))
        .hasMessageContaining("which it does not have");
  }

  private static Verdict offer(Ledger ledger, String id, String time) {
    RawEvent s = new RawEvent();
    new Event(
            id,
            "office",
            "u-" + id,
            "office.saving",
            List.of(EventQuantity.of(10, "kWh")),
            java.time.Instant.parse(time),
            "CN",
            "",
            "")
        .fill(s);
    return ledger.offer(s);
  }
}
