package org.scopeplus.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The renewable-electricity share by hand: two data centers of the cloud unit, 1,000 MWh of which
 * 300 covered and 500 MWh of which 500 covered, give the unit 800 / 1,500 = 53.3%; the company with
 * 500 uncovered MWh of offices has 800 / 2,000 = 40%.
 */
class RenewableShareTest {

  @Test
  void theShareOfAUnitIncludesTheUnitsBelowIt() {
    RenewableShare s = new RenewableShare();
    s.add("K/Cloud/DC-1", 2025, 700, false);
    s.add("K/Cloud/DC-1", 2025, 300, true);
    s.add("K/Cloud/DC-2", 2025, 500, true);
    s.add("K/Offices", 2025, 500, false);
    assertThat(s.of("K/Cloud").get(2025)).isCloseTo(800.0 / 1500, within(1e-12));
    assertThat(s.of("K").get(2025)).isCloseTo(0.4, within(1e-12));
    assertThat(s.of("K/Cloud/DC-2").get(2025)).isEqualTo(1.0);
    assertThat(s.of("K/Retail")).isEmpty();
  }
}
