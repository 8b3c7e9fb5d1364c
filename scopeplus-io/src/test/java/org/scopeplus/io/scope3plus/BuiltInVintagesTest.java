package org.scopeplus.io.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.scope3plus.Event;
import org.scopeplus.core.scope3plus.EventQuantity;
import org.scopeplus.core.scope3plus.Ledger;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.PointsRates;
import org.scopeplus.core.scope3plus.RawEvent;
import org.scopeplus.core.scope3plus.RejectionReason;
import org.scopeplus.core.scope3plus.Scope3PlusRules;
import org.scopeplus.core.scope3plus.UtcCalendar;
import org.scopeplus.core.scope3plus.Verdict;

/**
 * The built-in grid factors of China are chosen by the event's year: the MEE/NBS national average
 * of that year, else of the nearest earlier year; an event earlier than every vintage is refused.
 *
 * <p>Hand calculation, private-car ride pooling (T/CCAA 38-2021 structure), 10 km alone, 2
 * vehicle-km added, 1 kWh of platform electricity: 10 x 171.48 g (DESNZ 2021 average car, 0.17148
 * kg CO2e/vkm) - 2 x 171.48 g - 1 kWh x grid. Grid (grid_factors.csv, MEE & NBS national average):
 * 2021 0.5568, 2022 0.5366, 2023 0.5306 kg CO2/kWh. So 2021: 1,371.84 - 556.8 = 815.04 -> 815 g;
 * 2022: 1,371.84 - 536.6 = 835.24 -> 835 g; 2023: 1,371.84 - 530.6 = 841.24 -> 841 g; 2025 has no
 * factor of its own and takes 2023's: 841 g. 2020 is before the DESNZ 2021 car factor and the 2021
 * grid factor: refused.
 */
class BuiltInVintagesTest {

  private static Verdict offer(Ledger ledger, String id, String time) {
    RawEvent s = new RawEvent();
    new Event(
            id,
            "maps",
            "u-" + id,
            "ride_pooling.private_car",
            List.of(
                EventQuantity.of(10, "km"), EventQuantity.of(2, "vkm"), EventQuantity.of(1, "kWh")),
            Instant.parse(time),
            "GB",
            "",
            "")
        .fill(s);
    return ledger.offer(s);
  }

  static long grams(Verdict v) {
    assertThat(v).isInstanceOf(Verdict.Counted.class);
    return ((Verdict.Counted) v).grams();
  }

  @Test
  void eachYearCountsWithItsOwnGridFactorOrTheNearestEarlier() throws Exception {
    Ledger ledger = new Ledger(BuiltInMethodologiesTest.configured(), PointsRates.standard(), 100);
    assertThat(grams(offer(ledger, "a", "2021-06-01T08:00:00Z"))).isEqualTo(815);
    assertThat(grams(offer(ledger, "b", "2022-06-01T08:00:00Z"))).isEqualTo(835);
    assertThat(grams(offer(ledger, "c", "2023-06-01T08:00:00Z"))).isEqualTo(841);
    assertThat(grams(offer(ledger, "d", "2025-06-01T08:00:00Z"))).isEqualTo(841);
  }

  @Test
  void anEventEarlierThanEveryVintageIsRefusedWithItsReason() throws Exception {
    Ledger ledger = new Ledger(BuiltInMethodologiesTest.configured(), PointsRates.standard(), 100);
    assertThat(offer(ledger, "a", "2020-12-31T23:59:59Z"))
        .isEqualTo(Verdict.refused(RejectionReason.VINTAGE_NOT_COVERED));
    assertThat(RejectionReason.VINTAGE_NOT_COVERED.sentence())
        .contains("earlier than every vintage");
    Methodology m = BuiltInMethodologiesTest.configured().byAction("ride_pooling.private_car");
    assertThat(m.firstYear()).isEqualTo(2021);
    assertThat(m.vintageNote(2020)).contains("2020").contains("counts from 2021");
  }

  @Test
  void theVerdictsYearSaysWhichVintageWasTaken() throws Exception {
    Scope3PlusRules rules = new Scope3PlusRules(BuiltInMethodologiesTest.configured());
    int m = rules.catalog().indexOf("ride_pooling.private_car");
    Ledger ledger = new Ledger(rules.catalog(), PointsRates.standard(), 100);
    Verdict.Counted late = (Verdict.Counted) offer(ledger, "d", "2025-06-01T08:00:00Z");
    assertThat(rules.vintageNote(m, late.epochDay()))
        .isEqualTo(
            "nearest earlier vintage for 2025: baseline_per_vkm"
                + " transport.uk.car_avg_unknown_fuel.ttw_per_vkm of 2021, project_per_vkm"
                + " transport.uk.car_avg_unknown_fuel.ttw_per_vkm of 2021, grid"
                + " grid.cn.2023.national_average of 2023");
    assertThat(
            rules.vintageNote(
                m, UtcCalendar.epochDay(Instant.parse("2021-03-01T00:00:00Z").getEpochSecond())))
        .isEmpty();
  }

  @Test
  void eachMethodologyWithGridVintagesCountsFromTheLatestOfItsEarliestVintages() throws Exception {
    var catalog = BuiltInMethodologiesTest.configured();
    // ride pooling and carpooling: DESNZ 2021 car and taxi factors, grid from 2021
    assertThat(catalog.byAction("ride_pooling.taxi").firstYear()).isEqualTo(2021);
    assertThat(catalog.byAction("office.carpooling").firstYear()).isEqualTo(2021);
    // lights off: lighting density of 2013, grid from 2021
    assertThat(catalog.byAction("office.lights_off").firstYear()).isEqualTo(2021);
    // cloud migration: Uptime 2023 industry PUE (Alibaba Cloud's own PUE is of 2022 and 2024)
    assertThat(catalog.byAction("cloud_migration").firstYear()).isEqualTo(2023);
    // setpoint: the saving per degree published in 2025
    assertThat(catalog.byAction("office.ac_setpoint").firstYear()).isEqualTo(2025);
  }

  @Test
  void aConfiguredValueKeepsTheVintageOfTheValueItReplaces() throws Exception {
    var configured =
        MethodologyLibrary.builtIn(
            MethodologyLibrary.configuration(
                new java.io.StringReader(
                    "key,value,unit,source\n"
                        + "grid.cn.2023.national_average,0.5,kg CO2/kWh,our 2023 grid study\n")));
    Methodology m = configured.byAction("ride_pooling.private_car");
    assertThat(m.parametersIn(2023).get("grid").value()).isEqualTo(0.5);
    assertThat(m.parametersIn(2022).get("grid").value()).isEqualTo(0.5366);
  }
}
