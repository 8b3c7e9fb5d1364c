package org.scopeplus.energy.solar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The glass cover's incidence angle modifier against a hand calculation of De Soto, Klein and
 * Beckman (2006), Solar Energy 80, 78-88, section 3 (Snell's law with sin θr = sin θ / n, Fresnel's
 * reflectances, Beer-Lambert absorption), with the PVWatts v5 glass: n 1.526, K 4 /m, L 2 mm.
 * pvlib's own vectors are in {@link PvlibReferenceVectorsTest}.
 */
class IncidenceAngleModifierTest {

  @Test
  void sixtyDegreesByHand() {
    // cos θ = 0.5, sin θ = 0.8660254037844386
    // sin θr = 0.8660254037844386 / 1.526 = 0.5675133707630660, cos θr = 0.8233641806668194
    // r_s = ((0.5 - 1.526 x 0.8233641806668194) / (0.5 + 1.526 x 0.8233641806668194))²
    //     = (-0.7564537397 / 1.7564537397)² = 0.18547753533325573
    // r_p = ((0.8233641806668194 - 0.763) / (0.8233641806668194 + 0.763))²
    //     = (0.0603641807 / 1.5863641807)² = 0.0014479475493845795
    // τ(60°) = (0.81452246466674 + 0.99855205245062) / 2 x exp(-0.008 / 0.8233641806668194)
    //        = 0.90653725855868 x 0.9903308149482608 = 0.8977717820493796
    // r_0 = (0.526 / 2.526)² = 0.04336154977936508
    // τ(0) = 0.95663845022063 x exp(-0.008) = 0.95663845022063 x 0.9920319148370607
    //      = 0.9490158735791345
    // IAM = 0.8977717820493796 / 0.9490158735791345 = 0.9460029142226124
    assertThat(IncidenceAngleModifier.physical(60)).isCloseTo(0.9460029142226124, within(1e-12));
    assertThat(IncidenceAngleModifier.ofCosine(0.5)).isCloseTo(0.9460029142226124, within(1e-12));
  }

  @Test
  void normalIncidenceIsOneAndGrazingOrBehindIsZero() {
    assertThat(IncidenceAngleModifier.physical(0)).isCloseTo(1, within(1e-15));
    assertThat(IncidenceAngleModifier.physical(90)).isZero();
    assertThat(IncidenceAngleModifier.physical(135)).isZero();
    assertThat(IncidenceAngleModifier.ofCosine(-0.3)).isZero();
    // a cosine rounded past 1 is normal incidence, not NaN
    assertThat(IncidenceAngleModifier.ofCosine(1 + 1e-15)).isCloseTo(1, within(1e-15));
    assertThat(IncidenceAngleModifier.physical(Double.NaN)).isNaN();
  }

  @Test
  void refusesACoverThatCannotExist() {
    assertThatThrownBy(() -> IncidenceAngleModifier.physical(30, 0.5, 4, 0.002))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n 0.5");
    assertThatThrownBy(() -> IncidenceAngleModifier.physical(30, 1.526, -4, 0.002))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
