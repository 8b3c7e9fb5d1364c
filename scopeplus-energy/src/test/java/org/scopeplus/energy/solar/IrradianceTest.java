package org.scopeplus.energy.solar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Extraterrestrial, air mass and clear-sky irradiance against hand calculations of the published
 * equations (each source is named on the method under test), to 1e-9 W/m².
 */
class IrradianceTest {

  @Test
  void spencerOnTheFirstAndTheHundredAndEightySecondDay() {
    // Day 1: B = 0, so E0 = 1.00011 + 0.034221 + 0.000719 = 1.03505; 1366.1 x 1.03505.
    assertEquals(1413.981805, Irradiance.extraterrestrial(1, 1366.1), 1e-9);
    // Day 182: B = 2 pi 181/365, evaluated term by term.
    assertEquals(1320.537179737736, Irradiance.extraterrestrial(182, 1366.1), 1e-9);
  }

  @Test
  void kastenYoungAirmassAt60Degrees() {
    // 1 / (0.5 + 0.50572 x 36.07995^-1.6364); Kasten and Young's Table gives 1.9943 at 60 deg.
    assertEquals(1.9942928525292494, Irradiance.relativeAirmass(60), 1e-12);
    assertEquals(Double.NaN, Irradiance.relativeAirmass(95));
  }

  @Test
  void standardPressureAtSeaLevelAndAt1000Metres() {
    assertEquals(101325, Irradiance.pressureAtAltitude(0), 5);
    assertEquals(89874.75046856777, Irradiance.pressureAtAltitude(1000), 1e-6);
  }

  @Test
  void haurwitzAtZenithAnd30Degrees() {
    assertEquals(1098 * Math.exp(-0.059), Irradiance.haurwitz(0), 1e-9);
    assertEquals(888.2713352911506, Irradiance.haurwitz(30), 1e-9);
    assertEquals(0, Irradiance.haurwitz(91));
  }

  @Test
  void ineichenPerezAt1000MetresWithTurbidity3() {
    // Zenith 30 deg, absolute air mass = Kasten-Young(30) x p(1000 m)/101325 = 1.0235851370957374.
    // Beam: eq. 2 gives 964.32, the global-consistent beam 999.91; the lesser is taken.
    Irradiance.ClearSky cs = Irradiance.ineichenPerez(30, 1.0235851370957374, 3, 1000, 1366.1);
    assertEquals(943.1938094386352, cs.ghi(), 1e-9);
    assertEquals(964.3209502480931, cs.dni(), 1e-9);
    assertEquals(108.06736912223664, cs.dhi(), 1e-9);
  }

  @Test
  void ineichenPerezIsDarkBelowTheHorizon() {
    Irradiance.ClearSky cs = Irradiance.ineichenPerez(95, Double.NaN, 3, 0, 1366.1);
    assertEquals(0, cs.ghi());
    assertEquals(0, cs.dni());
  }
}
