package org.scopeplus.core.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.instrument.HourlyMatching;

/**
 * A renewable-share target on the hourly basis: the share is the hourly matching's (consumption met
 * by supply of the same hour and market boundary), not the annual one RE100 counts.
 */
class HourlyBasisTargetTest {

  private static HourlyMatching.Hour h(String name, String region, String hour, long kwh) {
    return new HourlyMatching.Hour(name, region, LocalDateTime.parse(hour), kwh);
  }

  @Test
  void theHourlyShareIsMeasuredAgainstTheLinearPathwayByHand() {
    List<HourlyMatching.Hour> used = new ArrayList<>();
    List<HourlyMatching.Hour> supply = new ArrayList<>();
    for (int year : new int[] {2024, 2025}) {
      for (int hour = 11; hour <= 13; hour++) {
        used.add(h("DC-1", "CN-ZJ", year + "-06-01T" + hour + ":00", 100));
      }
      supply.add(h("solar", "CN-ZJ", year + "-06-01T12:00", 250));
    }
    supply.add(h("solar", "CN-ZJ", "2025-06-01T13:00", 50));
    supply.add(h("wind", "CN", "2025-06-01T11:00", 30));
    SortedMap<Integer, HourlyMatching.Score> scores = HourlyMatching.score(used, supply);
    SortedMap<Integer, Double> hourly = new TreeMap<>();
    SortedMap<Integer, Double> annual = new TreeMap<>();
    scores.forEach(
        (y, s) -> {
          hourly.put(y, s.hourlyShare());
          annual.put(y, s.annualShare());
        });
    // by hand: 2024 hourly 100 / 300 (the noon hour only), annual 250 / 300; 2025 hourly
    // (30 + 100 + 50) / 300 = 0.6, annual 330 kWh meet all 300 = 1
    assertThat(hourly.get(2024)).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(annual.get(2024)).isCloseTo(250.0 / 300, within(1e-12));
    assertThat(hourly.get(2025)).isCloseTo(0.6, within(1e-12));

    Target t =
        new Target(
                "R1",
                "Cloud 100% renewable, hour by hour, by 2030",
                TargetKind.RENEWABLE_SHARE,
                "Group/Cloud",
                null,
                null,
                2024,
                2030,
                1,
                Pathway.LINEAR,
                "24/7")
            .withBasis(ShareBasis.HOURLY);
    assertThat(t.refusal()).isEmpty();
    TargetProgress p =
        ((ProgressOutcome.Measured) TargetProgress.of(t, hourly, null, 2025)).progress();
    // by hand: the linear pathway from 1/3 to 1 over 2024-2030 is 1/3 + (2/3) x 1/6 = 4/9 in 2025;
    // the actual 0.6 is 0.6 - 4/9 = 0.1556 ahead
    YearProgress y2025 = p.years().get(1);
    assertThat(y2025.pathway()).isCloseTo(4.0 / 9, within(1e-12));
    assertThat(y2025.gap()).isCloseTo(0.6 - 4.0 / 9, within(1e-12));
    assertThat(y2025.status()).isEqualTo(Status.ON_TRACK);
    // the projection through (2024, 1/3) and (2025, 0.6) rises 4/15 a year and is kept at 1
    assertThat(p.projection().value()).isEqualTo(1.0);
    // on the annual basis the same year is 1 from a base of 5/6: a different target altogether
    TargetProgress a =
        ((ProgressOutcome.Measured)
                TargetProgress.of(t.withBasis(ShareBasis.ANNUAL), annual, null, 2025))
            .progress();
    assertThat(a.baseValue()).isCloseTo(250.0 / 300, within(1e-12));
  }

  @Test
  void onlyARenewableShareTargetTakesTheHourlyBasis() {
    Target fleet =
        new Target(
                "F1",
                "fleet",
                TargetKind.FLEET_ELECTRIFICATION,
                "Group",
                null,
                null,
                2020,
                2030,
                0.6,
                Pathway.LINEAR,
                "")
            .withBasis(ShareBasis.HOURLY);
    assertThat(fleet.refusal())
        .contains(
            "only a renewable-share target is counted on the hourly basis; a"
                + " fleet-electrification target is annual");
    // the annual basis leaves the audited state of a target as it was before the basis existed
    assertThat(fleet.withBasis(ShareBasis.ANNUAL).state()).doesNotContain("basis");
    assertThat(fleet.state()).endsWith("\nbasis=hourly");
    assertThat(ShareBasis.parse(" Hourly ")).contains(ShareBasis.HOURLY);
    assertThat(ShareBasis.parse("weekly")).isEmpty();
  }
}
