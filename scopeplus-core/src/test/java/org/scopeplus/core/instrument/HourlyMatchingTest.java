package org.scopeplus.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.instrument.HourlyMatching.Hour;
import org.scopeplus.core.instrument.HourlyMatching.Score;

/** Hourly matching against annual matching, worked by hand. */
class HourlyMatchingTest {

  private static final LocalDateTime H1 = LocalDateTime.of(2025, 6, 1, 11, 0);
  private static final LocalDateTime H2 = H1.plusHours(1);
  private static final LocalDateTime H3 = H1.plusHours(2);

  @Test
  void threeHoursOfADataCentreAgainstSolarAndWind() {
    // DC-1 (CN-ZJ) uses 100 kWh in each of three hours. Solar in CN-ZJ gives 0, 250 and 50 kWh;
    // wind for the market CN gives 30 kWh in the first hour; 500 kWh of Singapore supply can meet
    // nothing here. Hourly: min(100, 30) + min(100, 250) + min(100, 50) = 30 + 100 + 50 = 180 of
    // 300 kWh = 60%. Annual: 330 kWh of CN supply against 300 kWh consumed: all 300 = 100%.
    List<Hour> used =
        List.of(
            new Hour("DC-1", "CN-ZJ", H1, 100),
            new Hour("DC-1", "CN-ZJ", H2, 100),
            new Hour("DC-1", "CN-ZJ", H3, 100));
    List<Hour> supply =
        List.of(
            new Hour("solar", "CN-ZJ", H1, 0),
            new Hour("solar", "CN-ZJ", H2, 250),
            new Hour("solar", "CN-ZJ", H3, 50),
            new Hour("wind", "CN", H1, 30),
            new Hour("sg-solar", "SG", H1, 500));
    Score s = HourlyMatching.score(used, supply).get(2025);
    assertThat(s.consumedKwh()).isEqualTo(300);
    assertThat(s.hourlyMatchedKwh()).isEqualTo(180);
    assertThat(s.annualMatchedKwh()).isEqualTo(300);
    assertThat(s.hourlyShare()).isEqualTo(0.6);
    assertThat(s.annualShare()).isEqualTo(1.0);
  }

  @Test
  void theNarrowerMarketGoesFirstSoNestedBoundariesMatchAllTheyCan() {
    // In one hour DC-1 (CN-ZJ) uses 100 kWh and OF-1 (CN-BJ) 40 kWh; solar for CN-ZJ gives 100 and
    // wind for CN 40. Solar can only go to DC-1, wind to either: solar to DC-1 and wind to OF-1
    // match all 140 kWh (wind first to DC-1 would leave OF-1 unmatched and match only 100).
    Score s =
        HourlyMatching.score(
                List.of(new Hour("DC-1", "CN-ZJ", H1, 100), new Hour("OF-1", "CN-BJ", H1, 40)),
                List.of(new Hour("wind", "CN", H1, 40), new Hour("solar", "CN-ZJ", H1, 100)))
            .get(2025);
    assertThat(s.hourlyMatchedKwh()).isEqualTo(140);
    assertThat(s.hourlyShare()).isEqualTo(1.0);
  }

  @Test
  void aMarketIsNotAPrefixOfAnotherName() {
    // CN-Z is not a region containing CN-ZJ: only CN-ZJ itself or regions below it, CN-ZJ-...
    Score s =
        HourlyMatching.score(
                List.of(new Hour("DC-1", "CN-ZJ", H1, 100)),
                List.of(new Hour("other", "CN-Z", H1, 100)))
            .get(2025);
    assertThat(s.hourlyMatchedKwh()).isZero();
    assertThat(s.annualMatchedKwh()).isZero();
  }

  @Test
  void anHourThatIsNotWholeOrANegativeAmountIsRefused() {
    assertThatThrownBy(() -> new Hour("DC-1", "CN-ZJ", H1.plusMinutes(30), 1))
        .hasMessage("2025-06-01T11:30 is not the start of an hour");
    assertThatThrownBy(() -> new Hour("DC-1", "CN-ZJ", H1, -1))
        .hasMessage("-1 kWh is not 0 to 100000000000");
  }
}
