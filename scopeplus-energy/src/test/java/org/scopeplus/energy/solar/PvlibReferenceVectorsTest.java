package org.scopeplus.energy.solar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import org.junit.jupiter.api.Test;

/**
 * The solar models against the reference implementation's own test vectors: pvlib-python, commit
 * 6382338a7 ("Add support for iam.schlick to ModelChain"), files tests/test_temperature.py,
 * tests/test_pvsystem.py, tests/test_inverter.py, tests/test_irradiance.py, tests/test_clearsky.py
 * and tests/test_iam.py; and one hour of pvlib's {@code ModelChain.with_pvwatts} worked by hand on
 * the irradiance fixture of tests/test_irradiance.py. Each case names the pvlib test it comes from,
 * its inputs and pvlib's expected value; the tolerance is pvlib's own for that test (numpy {@code
 * assert_allclose}: a relative 1e-7 unless the test gives another; pandas {@code
 * assert_frame_equal}: a relative 1e-5).
 */
class PvlibReferenceVectorsTest {

  /** numpy assert_allclose's default relative tolerance, as a percentage. */
  private static final double RTOL_PERCENT = 1e-7 * 100;

  /** pandas assert_frame_equal's default relative tolerance, as a percentage. */
  private static final double FRAME_RTOL_PERCENT = 1e-5 * 100;

  @Test
  void sapmCellTemperatureOfAnOpenRackGlassGlassModule() {
    // test_sapm_cell: sapm_cell(900, 20, 5, open_rack_glass_glass) = 43.509, rtol 1e-3
    assertThat(CellTemperature.Sapm.OPEN_RACK_GLASS_GLASS.cell(900, 20, 5))
        .isCloseTo(43.509, withPercentage(1e-3 * 100));
  }

  @Test
  void faimanCellTemperature() {
    // test_faiman_default: faiman(900, 20, 5) = 35.203, atol 0.001
    assertThat(CellTemperature.Faiman.DEFAULT.cell(900, 20, 5)).isCloseTo(35.203, within(0.001));
    // test_faiman_kwargs: faiman(900, 20, wind_speed=5, u0=22, u1=6) = 37.308, atol 0.001
    assertThat(new CellTemperature.Faiman(22, 6).cell(900, 20, 5)).isCloseTo(37.308, within(0.001));
  }

  @Test
  void pvwattsDc() {
    // test_pvwatts_dc_scalars: pvwatts_dc(900, 30, 100, -0.003) = 88.65
    assertThat(PvWatts.dc(900, 30, 100, -0.003)).isCloseTo(88.65, withPercentage(RTOL_PERCENT));
  }

  @Test
  void pvwattsInverter() {
    // test_pvwatts_scalars: pvwatts(pdc=90, pdc0=100, eta_inv_nom=0.95) = 85.58556604752516;
    // pvlib names the DC input limit pdc0, so the AC rating is 0.95 x 100 = 95 W
    assertThat(PvWatts.ac(90, 95, 0.95, PvWatts.REFERENCE_EFFICIENCY))
        .isCloseTo(85.58556604752516, withPercentage(RTOL_PERCENT));
    // test_pvwatts_scalars: pvwatts(0, 100) = 0
    assertThat(PvWatts.ac(0, 96, PvWatts.NOMINAL_EFFICIENCY, PvWatts.REFERENCE_EFFICIENCY))
        .isZero();
    // test_pvwatts_possible_negative: pvwatts(0.001, 1) = 0 (clipped, never negative)
    assertThat(PvWatts.ac(0.001, 0.96, PvWatts.NOMINAL_EFFICIENCY, PvWatts.REFERENCE_EFFICIENCY))
        .isZero();
  }

  @Test
  void isotropicSkyDiffuse() {
    // test_isotropic_float: isotropic(40, 100) = 88.30222215594891
    assertThat(Transposition.isotropic(40, 100))
        .isCloseTo(88.30222215594891, withPercentage(RTOL_PERCENT));
  }

  @Test
  void perezSkyDiffuse() {
    // test_perez_scalar: perez(40, 180, 118.45831879, 939.95469881, 1321.1655834833093,
    // 10.56413562, 144.76567754, 1.01688136) = 109.084332 (allsitescomposite1990)
    double out =
        Transposition.perez(
            40,
            180,
            118.45831879,
            939.95469881,
            1321.1655834833093,
            10.56413562,
            144.76567754,
            1.01688136);
    assertThat(out).isCloseTo(109.084332, withPercentage(RTOL_PERCENT));
  }

  @Test
  void haurwitzClearSky() {
    // test_haurwitz: apparent elevations -20, -0.05, -0.001, 5, 10, 30, 50, 90 degrees
    double[][] cases = {
      {110, 0},
      {90.05, 0},
      {90.001, 0},
      {85, 48.6298687941956},
      {80, 135.741748091813},
      {60, 487.894132885425},
      {40, 778.766689344363},
      {0, 1035.09203253450}
    };
    for (double[] c : cases) {
      assertThat(Irradiance.haurwitz(c[0]))
          .as("apparent zenith %s", c[0])
          .isCloseTo(c[1], within(Math.max(c[1] * 1e-5, 1e-12)));
    }
  }

  @Test
  void ineichenPerezClearSky() {
    // test_ineichen_dni_extra: ineichen(10, 1, 3, dni_extra=1370)
    Irradiance.ClearSky extra = Irradiance.ineichenPerez(10, 1, 3, 0, 1370);
    assertThat(extra.ghi()).isCloseTo(1042.72590228, withPercentage(FRAME_RTOL_PERCENT));
    assertThat(extra.dni()).isCloseTo(946.35279683, withPercentage(FRAME_RTOL_PERCENT));
    assertThat(extra.dhi()).isCloseTo(110.75033088, withPercentage(FRAME_RTOL_PERCENT));
    // test_ineichen_altitude: ineichen(10, 1, 3, altitude=2000), dni_extra 1364 (pvlib's default)
    Irradiance.ClearSky high = Irradiance.ineichenPerez(10, 1, 3, 2000, 1364);
    assertThat(high.ghi()).isCloseTo(1134.24312405, withPercentage(FRAME_RTOL_PERCENT));
    assertThat(high.dni()).isCloseTo(994.95377835, withPercentage(FRAME_RTOL_PERCENT));
    assertThat(high.dhi()).isCloseTo(154.40492924, withPercentage(FRAME_RTOL_PERCENT));
  }

  /**
   * The irradiance fixture of tests/test_irradiance.py (US/Arizona, 2014-06-24 at 06:00, 12:00 and
   * 18:00): dhi, dni, apparent zenith and azimuth, with dni_extra 1321.1655834833093 and relative
   * air mass 7.58831596, 1.01688136 and 3.27930443.
   */
  private static final double[][] FIXTURE = {
    {40.46149818, 316.1949056, 82.85457044, 66.71410338, 7.58831596},
    {118.45831879, 939.95469881, 10.56413562, 144.76567754, 1.01688136},
    {62.03376265, 646.22886049, 72.41687122, 287.04104128, 3.27930443}
  };

  private static final double DNI_EXTRA = 1321.1655834833093;

  @Test
  void hayDaviesSkyDiffuseOverTheFixture() {
    // test_haydavies: haydavies(40, 180, ...) = 27.1775, 102.9949, 33.1909, atol 1e-4
    double[] expected = {27.1775, 102.9949, 33.1909};
    for (int i = 0; i < FIXTURE.length; i++) {
      double[] f = FIXTURE[i];
      assertThat(Transposition.hayDavies(40, 180, f[0], f[1], DNI_EXTRA, f[2], f[3]))
          .as("hour %d", i)
          .isCloseTo(expected[i], within(1e-4));
    }
  }

  @Test
  void perezSkyDiffuseOverTheFixture() {
    // test_perez: perez(40, 180, ...) = 31.46046871 and 45.45539877 for the morning and evening
    // hours (the noon hour's dni is NaN there), check_less_precise=2: two decimals
    assertThat(perezAt(FIXTURE[0])).isCloseTo(31.46046871, within(0.005));
    assertThat(perezAt(FIXTURE[2])).isCloseTo(45.45539877, within(0.005));
  }

  /** Perez on a 40° south-facing plane for one hour of the fixture. */
  private static double perezAt(double[] f) {
    return Transposition.perez(40, 180, f[0], f[1], DNI_EXTRA, f[2], f[3], f[4]);
  }

  @Test
  void physicalIncidenceAngleModifier() {
    // test_physical: physical(aoi, 1.526, 0.002, 4) (n, K, L: pvlib passes K 0.002 and L 4, whose
    // product K L = 0.008 is all that counts), atol 1e-7
    double[] aoi = {-90, -67.5, -45, -22.5, 0, 22.5, 45, 67.5, 90};
    double[] expected = {
      0, 0.8893998, 0.98797788, 0.99926198, 1, 0.99926198, 0.98797788, 0.8893998, 0
    };
    for (int i = 0; i < aoi.length; i++) {
      assertThat(IncidenceAngleModifier.physical(aoi[i], 1.526, 0.002, 4))
          .as("aoi %s", aoi[i])
          .isCloseTo(expected[i], within(1e-7));
      // the PVWatts glass (pvlib's defaults n 1.526, K 4, L 0.002) gives the same
      assertThat(IncidenceAngleModifier.physical(aoi[i]))
          .as("aoi %s", aoi[i])
          .isCloseTo(expected[i], within(1e-7));
    }
    // test_physical and test_physical_scalar: NaN in, NaN out; -45 degrees: 0.98797788
    assertThat(IncidenceAngleModifier.physical(Double.NaN, 1.526, 0.002, 4)).isNaN();
    assertThat(IncidenceAngleModifier.physical(-45, 1.526, 0.002, 4))
        .isCloseTo(0.98797788, withPercentage(RTOL_PERCENT));
    // test_physical_n1_L0: physical(aoi, n=1, L=0) = 1, 1, 1, 1, 0, 0 at 0, 22.5, 45, 67.5, 90, 100
    double[] clear = {0, 22.5, 45, 67.5, 90, 100};
    double[] none = {1, 1, 1, 1, 0, 0};
    for (int i = 0; i < clear.length; i++) {
      assertThat(IncidenceAngleModifier.physical(clear[i], 1, 4, 0))
          .as("aoi %s", clear[i])
          .isCloseTo(none[i], withPercentage(RTOL_PERCENT));
    }
  }

  /**
   * One hour of pvlib's {@code ModelChain.with_pvwatts} (modelchain.py: PVWATTS_CONFIG, perez
   * transposition, aoi_model physical, spectral_model no_loss, SAPM cell temperature, PVWatts DC,
   * pvwatts losses, PVWatts inverter) worked by hand on the noon hour of the irradiance fixture
   * (Tucson, 2014-06-24 12:00 MST): GHI 1042.48031487, DNI 939.95469881, DHI 118.45831879 W/m²,
   * apparent zenith 10.56413562°, azimuth 144.76567754°, dni_extra 1321.1655834833093 W/m²; a plane
   * of 40° facing south; pvlib's defaults where the weather gives nothing: albedo 0.25, temp_air 20
   * °C, wind_speed 0 m/s (ModelChain._assign_weather, when the weather has none). The system: SAPM
   * open rack glass/glass (a -3.47, b -0.0594, ΔT 3), pdc0 4000 W, gamma_pdc -0.0047, the
   * inverter's AC rating 3500 W (pvlib's inverter pdc0 = 3500 / 0.96), and pvlib's default
   * pvwatts_losses (soiling 2, shading 3, snow 0, mismatch 2, wiring 2, connections 0.5, lid 1.5,
   * nameplate 1, age 0, availability 3 %).
   */
  @Test
  void oneHourOfModelChainWithPvwattsByHand() {
    // pvwatts_losses: 100 (1 - 0.98 x 0.97 x 1 x 0.98 x 0.98 x 0.995 x 0.985 x 0.99 x 1 x 0.97)
    // = 14.075660688264469 %
    double[] parts = {2, 3, 0, 2, 2, 0.5, 1.5, 1, 0, 3};
    double kept = 1;
    for (double p : parts) {
      kept *= 1 - p / 100;
    }
    double losses = 100 * (1 - kept);
    assertThat(losses).isCloseTo(14.075660688264469, within(1e-12));
    PvSystem system =
        new PvSystem(
            Double.NaN,
            Double.NaN,
            4,
            40,
            180,
            losses,
            3.5,
            -0.0047,
            PvSystem.TemperatureModel.SAPM_OPEN_RACK_GLASS_GLASS,
            Transposition.SkyModel.PEREZ,
            0.25,
            67);
    PvSimulation.Hours h = PvSimulation.Hours.empty(new long[1]);
    double[] f = FIXTURE[1];
    PvSimulation.hour(
        system,
        new Transposition.Surface(40, 180),
        f[2],
        f[3],
        DNI_EXTRA,
        f[1],
        1042.48031487,
        f[0],
        0.25,
        20,
        0,
        h,
        0);
    // irradiance.aoi: cos aoi = cos 10.56413562 cos 40 + sin 10.56413562 sin 40 cos(144.76567754
    // - 180) = 0.849316880723548, aoi = 31.86255287206259°
    assertThat(h.aoi()[0]).isCloseTo(31.86255287206259, within(1e-9));
    // poa_direct = 939.95469881 x 0.849316880723548 = 798.3193928147513
    assertThat(h.poaBeam()[0]).isCloseTo(798.3193928147513, withPercentage(RTOL_PERCENT));
    // poa_sky_diffuse: perez, pvlib's test_perez_scalar for this hour and plane = 109.084332
    assertThat(h.poaSky()[0]).isCloseTo(109.084332, withPercentage(RTOL_PERCENT));
    // poa_ground_diffuse = 1042.48031487 x 0.25 x (1 - cos 40) / 2 = 30.48675782536425
    assertThat(h.poaGround()[0]).isCloseTo(30.48675782536425, withPercentage(RTOL_PERCENT));
    // poa_global = 798.3193928147513 + 109.084332 + 30.48675782536425 = 937.8904826401156
    assertThat(h.poaGlobal()[0]).isCloseTo(937.8904826401156, withPercentage(RTOL_PERCENT));
    // iam.physical(31.86255287206259) = 0.9973204115699097 (the steps of
    // IncidenceAngleModifierTest)
    assertThat(h.iam()[0]).isCloseTo(0.9973204115699097, within(1e-12));
    // effective_irradiance = 798.3193928147513 x 0.9973204115699097 + (109.084332 +
    // 30.48675782536425) = 935.7513152316125 (spectral modifier 1, FD 1)
    assertThat(h.effectiveIrradiance()[0])
        .isCloseTo(935.7513152316125, withPercentage(RTOL_PERCENT));
    // sapm_cell from POA global (not the effective irradiance):
    // 937.8904826401156 exp(-3.47) + 20 + 937.8904826401156 / 1000 x 3 = 51.99803835295
    assertThat(h.cellTemperature()[0]).isCloseTo(51.99803835295, withPercentage(RTOL_PERCENT));
    // pvwatts_dc = 935.7513152316125 x 0.001 x 4000 x (1 - 0.0047 x 26.99803835295)
    // = 3268.052402854456; x (100 - 14.075660688264469) / 100 = 2808.052435513989
    assertThat(h.dc()[0]).isCloseTo(2808.052435513989, withPercentage(RTOL_PERCENT));
    // inverter.pvwatts(2808.052435513989, pdc0 = 3500 / 0.96 = 3645.8333333333335, 0.96):
    // zeta = 0.7702086680266942, eta = 0.96 / 0.9637 (-0.0162 zeta - 0.0059 / zeta + 0.9858)
    // = 0.9619548236109328, ac = eta x pdc = 2701.2195852951095 (below 3500: not clipped)
    assertThat(h.ac()[0]).isCloseTo(2701.2195852951095, withPercentage(RTOL_PERCENT));
  }
}
