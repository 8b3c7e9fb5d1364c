package org.scopeplus.energy.solar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Plane-of-array irradiance against hand calculations of the published equations. The case: a plane
 * tilted 30 degrees facing south (180), sun at zenith 40 and azimuth 200 degrees, DNI 700, DHI 150,
 * GHI = 700 cos 40 + 150, extraterrestrial DNI 1400 W/m², albedo 0.25.
 */
class TranspositionTest {

  private static final double GHI = 686.2311101832846;
  private static final double AIRMASS = 1.304223540913535; // Kasten-Young at 40 degrees

  @Test
  void angleOfIncidence() {
    assertEquals(0.9654253349464652, Transposition.cosAoi(30, 180, 40, 200), 1e-12);
  }

  @Test
  void isotropicSky() {
    assertEquals(139.9519052838329, Transposition.isotropic(30, 150), 1e-9);
  }

  @Test
  void hayDaviesSky() {
    // A = 700/1400 = 0.5, Rb = 0.96543 / cos 40.
    assertEquals(
        164.49644785780438, Transposition.hayDavies(30, 180, 150, 700, 1400, 40, 200), 1e-9);
  }

  @Test
  void perezSkyFallsInTheSixthClearnessBin() {
    // epsilon = 4.44604 (bin 6 of Table 6: 2.8..4.5), Delta = 150 x 1.30422 / 1400 = 0.13974.
    assertEquals(
        188.82270115442378, Transposition.perez(30, 180, 150, 700, 1400, 40, 200, AIRMASS), 1e-9);
  }

  @Test
  void perezIsZeroWithoutDiffuseLightOrSun() {
    assertEquals(0, Transposition.perez(30, 180, 0, 700, 1400, 40, 200, AIRMASS));
    assertEquals(0, Transposition.perez(30, 180, 50, 0, 1400, 95, 200, Double.NaN));
  }

  @Test
  void poaSumsBeamSkyAndGround() {
    Transposition.Poa poa =
        Transposition.poa(
            Transposition.SkyModel.ISOTROPIC, 30, 180, 40, 200, 700, GHI, 150, 1400, AIRMASS, 0.25);
    assertEquals(675.7977344625257, poa.beam(), 1e-9);
    assertEquals(11.492191987170239, poa.groundDiffuse(), 1e-9);
    assertEquals(675.7977344625257 + 139.9519052838329 + 11.492191987170239, poa.global(), 1e-9);
  }
}
