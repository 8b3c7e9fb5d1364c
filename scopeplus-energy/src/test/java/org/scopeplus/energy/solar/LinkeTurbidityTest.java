package org.scopeplus.energy.solar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The Kasten (1996) Linke turbidity against pvlib's published test vectors: {@code
 * tests/test_atmosphere.py::test_kasten96_lt}, pvlib-python commit
 * 6382338a7598a5b9d94473f47fcbc787b0ac6408 (air masses 1, 3, 5; precipitable water 0, 2.5, 5 cm;
 * broadband AOD 0, 0.1, 1; the expected array indexed [water][air mass][AOD] as numpy's meshgrid
 * lays it out).
 */
class LinkeTurbidityTest {

  private static final double[] AIRMASS = {1, 3, 5};
  private static final double[] WATER = {0, 2.5, 5};
  private static final double[] AOD = {0, 0.1, 1};

  private static final double[][][] EXPECTED = {
    {
      {1.3802, 2.4102, 11.6802},
      {1.16303976, 2.37303976, 13.26303976},
      {1.12101907, 2.51101907, 15.02101907}
    },
    {
      {2.95546945, 3.98546945, 13.25546945},
      {2.17435443, 3.38435443, 14.27435443},
      {1.99821967, 3.38821967, 15.89821967}
    },
    {
      {3.37410769, 4.40410769, 13.67410769},
      {2.44311797, 3.65311797, 14.54311797},
      {2.23134152, 3.62134152, 16.13134152}
    }
  };

  @Test
  void agreesWithPvlibsTestVectors() {
    for (int w = 0; w < WATER.length; w++) {
      for (int a = 0; a < AIRMASS.length; a++) {
        for (int d = 0; d < AOD.length; d++) {
          assertThat(LinkeTurbidity.kasten96(AIRMASS[a], WATER[w], AOD[d]))
              .as("air mass %s, water %s cm, AOD %s", AIRMASS[a], WATER[w], AOD[d])
              .isCloseTo(EXPECTED[w][a][d], within(1e-7));
        }
      }
    }
  }

  @Test
  void byHandAtAirMassOneDryAndClean() {
    // (9.4 + 0.9) x (-0.101 + 0.235 x 1 + 0 + 0) = 10.3 x 0.134 = 1.3802
    assertThat(LinkeTurbidity.kasten96(1, 0, 0)).isCloseTo(1.3802, within(1e-12));
    // below the horizon the air mass is NaN and so is the turbidity
    assertThat(LinkeTurbidity.kasten96(Double.NaN, 1, 0.1)).isNaN();
  }
}
