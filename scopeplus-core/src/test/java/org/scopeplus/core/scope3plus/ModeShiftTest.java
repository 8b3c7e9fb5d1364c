package org.scopeplus.core.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.factor.Citation;
import org.scopeplus.core.factor.Verification;

/**
 * Mode shift in the structure of CDM ACM0016 (Mass rapid transit projects): baseline emissions are
 * the project's passengers times, for each mode i they would otherwise have used, the survey share
 * MS_i times the trip distance times EF_PKM,i; the modes include non-motorised trips and trips that
 * would not have been made, which emit nothing; project emissions are those of the project vehicle
 * for every passenger. Avoided = p·km x (sum_i MS_i x EF_i - EF_project).
 */
class ModeShiftTest {

  static Parameter p(String key, double value, String unit) {
    return new Parameter(
        key, value, unit, new Citation("test " + key, "", "", "", Verification.PUBLISHED, ""));
  }

  static Methodology metro(Map<String, Parameter> parameters) {
    return new Methodology(
        "green_trip.metro",
        "2026.1",
        "metro",
        FormulaKind.MODE_SHIFT,
        List.of(Dimension.DISTANCE),
        parameters,
        Eligibility.none(),
        "survey");
  }

  /** Survey shares and factors of a metro line; the shares are test values. */
  private static Map<String, Parameter> londonMetro(
      double car, double bus, double walkCycle, double noTrip) {
    Map<String, Parameter> m = new LinkedHashMap<>();
    // DESNZ 2021: average car 0.17148 kg/vkm / 1.6 occupants; average local bus; Underground
    m.put("project_per_pkm", p("underground", 0.02781, "kg CO2e/passenger-km"));
    m.put("share.car", p("s.car", car, "fraction"));
    m.put("per_pkm.car", p("car", 0.10718, "kg CO2e/passenger-km"));
    m.put("share.bus", p("s.bus", bus, "fraction"));
    m.put("per_pkm.bus", p("bus", 0.10227, "kg CO2e/passenger-km"));
    m.put("share.walk_cycle", p("s.walk", walkCycle, "fraction"));
    m.put("per_pkm.walk_cycle", p("walk", 0, "kg CO2e/passenger-km"));
    m.put("share.no_trip", p("s.none", noTrip, "fraction"));
    return m;
  }

  @Test
  void aMetroTripCountsEveryDisplacedModeAndChargesTheMetroToEveryTrip() {
    // Hand calculation, DESNZ 2021 factors (transport.uk.* rows), test survey 30/40/20/10 %:
    // 0.30 x 107.18 + 0.40 x 102.27 + 0.20 x 0 + 0.10 x 0 = 73.062 g/pkm displaced,
    // minus the Underground 27.81 g/pkm for every trip: 45.252 g/pkm; 10 km -> 452.52 -> 453 g.
    Methodology m = metro(londonMetro(0.30, 0.40, 0.20, 0.10));
    assertThat(m.avoidedGrams(10)).isEqualTo(453);
    // The former share x (car - project) gave 0.30 x (107.18 - 27.81) x 10 = 238 g: it left the
    // 70% of riders who did not leave a car without the emissions of the train they ride.
    assertThat(m.avoidedGrams(10)).isNotEqualTo(Math.round(0.30 * (107.18 - 27.81) * 10));
  }

  @Test
  void aSurveyWhereFewTripsReplacedACarAvoidsLessThanTheVehicleEmitsAndCountsNegative() {
    // 5% car, 95% would have walked: 0.05 x 107.18 = 5.359 g/pkm < 27.81 g/pkm of the metro,
    // so each km adds 22.451 g: 10 km -> -224.51 -> -225 g. A claim cannot hide it.
    Methodology m = metro(londonMetro(0.05, 0, 0.95, 0));
    assertThat(m.avoidedGrams(10)).isEqualTo(-225);
  }

  @Test
  void sharesPublishedInWholePercentAreDividedByTheirSum() {
    // Hollingsworth et al. (2019), Raleigh survey: car or ride-hail 34 %, walk or cycle 49 %,
    // bus 11 %, no trip 7 % (sum 101 %). Walking, project 0 g/pkm; DESNZ 2021 car and bus:
    // (0.34 x 107.18 + 0.11 x 102.27) / 1.01 = 47.6909 / 1.01 = 47.21871 g/pkm; 10 km -> 472 g.
    Map<String, Parameter> m = londonMetro(0.34, 0.11, 0.49, 0.07);
    m.put("project_per_pkm", p("walk", 0, "kg CO2e/passenger-km"));
    assertThat(metro(m).avoidedGrams(10)).isEqualTo(472);
  }

  @Test
  void sharesThatDoNotAddUpToAllTripsAreRefusedWithASentence() {
    assertThatThrownBy(() -> metro(londonMetro(0.34, 0.11, 0.2, 0.07)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sum to 0.72, not 1");
    Map<String, Parameter> noFactor = londonMetro(0.3, 0.4, 0.2, 0.1);
    noFactor.remove("per_pkm.bus");
    assertThatThrownBy(() -> metro(noFactor))
        .hasMessageContaining("displaced mode bus has a share but no emission factor (per_pkm.bus");
    Map<String, Parameter> both = londonMetro(0.3, 0.4, 0.2, 0.1);
    both.put("baseline_per_pkm", p("car", 0.10718, "kg CO2e/passenger-km"));
    assertThatThrownBy(() -> metro(both)).hasMessageContaining("not both");
    Map<String, Parameter> share = londonMetro(1.5, 0, 0, 0);
    assertThatThrownBy(() -> metro(share))
        .hasMessageContaining("share.car s.car = 1.5 fraction is outside 0..1");
  }

  @Test
  void aFactorPerVehicleKmIsRefusedWhereAPassengerKmFactorIsNeeded() {
    Map<String, Parameter> m = londonMetro(0.3, 0.4, 0.2, 0.1);
    m.put("per_pkm.car", p("car", 0.17148, "kg CO2e/vehicle-km"));
    assertThatThrownBy(() -> metro(m))
        .hasMessageContaining("per_pkm.car car is in kg CO2e/vehicle-km: it must be per");
  }

  /**
   * ACM0016's baseline and project emissions for P passengers each travelling TD km, computed in
   * its own terms, against the ledger's events summed: equal up to the rounding of each event to
   * whole grams.
   */
  @Property(tries = 200)
  void theLedgerGivesAcm0016sEmissionReductions(
      @ForAll @IntRange(min = 1, max = 40) int passengers,
      @ForAll @DoubleRange(min = 0.5, max = 100) double tripKm,
      @ForAll @DoubleRange(min = 0, max = 1) double a,
      @ForAll @DoubleRange(min = 0, max = 1) double b,
      @ForAll @DoubleRange(min = 0, max = 1) double c,
      @ForAll @DoubleRange(min = 0, max = 300) double efCar,
      @ForAll @DoubleRange(min = 0, max = 150) double efBus,
      @ForAll @DoubleRange(min = 0, max = 80) double efProject) {
    double total = a + b + c + 1e-9;
    double msCar = a / total * 0.9;
    double msBus = b / total * 0.9;
    double msWalk = c / total * 0.9;
    double msNone = 1 - msCar - msBus - msWalk;
    Map<String, Parameter> m = new LinkedHashMap<>();
    m.put("project_per_pkm", p("project", efProject, "g CO2e/passenger-km"));
    m.put("share.car", p("s.car", msCar, "fraction"));
    m.put("per_pkm.car", p("car", efCar, "g CO2e/passenger-km"));
    m.put("share.bus", p("s.bus", msBus, "fraction"));
    m.put("per_pkm.bus", p("bus", efBus, "g CO2e/passenger-km"));
    m.put("share.walk_cycle", p("s.walk", msWalk, "fraction"));
    m.put("per_pkm.walk_cycle", p("walk", 0, "g CO2e/passenger-km"));
    m.put("share.no_trip", p("s.none", msNone, "fraction"));
    Methodology methodology = metro(m);

    // ACM0016: BE_y = sum_i EF_PKM,i x P_y x MS_i x TD; PE_y = EF_project x P_y x TD
    double baseline =
        efCar * passengers * msCar * tripKm
            + efBus * passengers * msBus * tripKm
            + 0 * passengers * msWalk * tripKm
            + 0 * passengers * msNone * tripKm;
    double project = efProject * passengers * tripKm;
    double reduction = baseline - project;

    long ledger = 0;
    for (int i = 0; i < passengers; i++) {
      ledger += methodology.avoidedGrams(tripKm);
    }
    assertThat((double) ledger)
        .isCloseTo(reduction, org.assertj.core.data.Offset.offset(0.5 * passengers + 1e-6));
  }
}
