package org.scopeplus.energy.solar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Cell temperature and PVWatts power against hand calculations of the published equations. */
class PvModelTest {

  @Test
  void sapmOpenRackGlassGlass() {
    // SAND2004-3535 eqs. 11-12, Table 1 (a = -3.47, b = -0.0594, dT = 3): 800 W/m², 25 °C, 2 m/s.
    assertEquals(
        49.50517463880463, CellTemperature.Sapm.OPEN_RACK_GLASS_GLASS.cell(800, 25, 2), 1e-12);
  }

  @Test
  void faiman() {
    // Faiman (2008) eq. 6: 25 + 800 / (25 + 6.84 x 2).
    assertEquals(45.682523267838675, CellTemperature.Faiman.DEFAULT.cell(800, 25, 2), 1e-12);
  }

  @Test
  void pvwattsDc() {
    // 0.8 x 4000 W x (1 - 0.0047 x 20).
    assertEquals(2899.2, PvWatts.dc(800, 45, 4000, -0.0047), 1e-9);
  }

  @Test
  void pvwattsInverterPartLoadAndClipping() {
    // zeta = 2899.2 / (3500 / 0.96); eta = 0.96/0.9637 (-0.0162 zeta - 0.0059/zeta + 0.9858).
    assertEquals(2788.425267992011, PvWatts.ac(2899.2, 3500, 0.96, 0.9637), 1e-9);
    // 3900 W DC would give 3741 W AC: clipped at the 3500 W rating.
    assertEquals(3500, PvWatts.ac(3900, 3500, 0.96, 0.9637), 1e-12);
    assertEquals(0, PvWatts.ac(0, 3500, 0.96, 0.9637));
  }
}
