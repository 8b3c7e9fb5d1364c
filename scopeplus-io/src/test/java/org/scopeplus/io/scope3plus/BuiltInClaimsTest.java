package org.scopeplus.io.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.scope3plus.Event;
import org.scopeplus.core.scope3plus.EventQuantity;
import org.scopeplus.core.scope3plus.Ledger;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.PointsRates;
import org.scopeplus.core.scope3plus.RawEvent;
import org.scopeplus.core.scope3plus.RejectionReason;
import org.scopeplus.core.scope3plus.Verdict;

/**
 * The built-in methodologies make claims that hold up: each counts only in the regions its
 * parameters hold in, not where the action is business as usual, within per-event plausibility
 * caps, and a configuration outside its ranges or units is refused with a sentence naming it.
 */
class BuiltInClaimsTest {

  private static final String CONFIGURATION_HEADER = "key,value,unit,source\n";

  private static Verdict offer(
      Ledger ledger, String id, String action, double value, String unit, String region) {
    RawEvent s = new RawEvent();
    new Event(
            id,
            "maps",
            "u-" + id,
            action,
            List.of(EventQuantity.of(value, unit)),
            Instant.parse("2024-05-01T08:00:00Z"),
            region,
            "ev",
            "")
        .fill(s);
    return ledger.offer(s);
  }

  private static MethodologyCatalog configuredWith(String rows) throws Exception {
    return MethodologyLibrary.builtIn(
        MethodologyLibrary.configuration(new StringReader(CONFIGURATION_HEADER + rows)));
  }

  @Test
  void noUkFactorCountsATripInChinaAndTheGuangzhouFactorCountsNoTripInBritain() throws Exception {
    Ledger ledger = new Ledger(BuiltInMethodologiesTest.configured(), PointsRates.standard(), 100);
    assertThat(offer(ledger, "1", "green_trip.metro", 10, "km", "GB-LON").counted()).isTrue();
    assertThat(offer(ledger, "2", "green_trip.metro", 10, "km", "CN-GZ"))
        .isEqualTo(Verdict.refused(RejectionReason.REGION_NOT_COVERED));
    assertThat(offer(ledger, "3", "green_trip.walk", 2, "km", "CN-BJ"))
        .isEqualTo(Verdict.refused(RejectionReason.REGION_NOT_COVERED));
    assertThat(offer(ledger, "4", "green_trip.metro.cn_gz", 1, "trip", "CN-GZ").counted()).isTrue();
    assertThat(offer(ledger, "5", "green_trip.metro.cn_gz", 1, "trip", "GB"))
        .isEqualTo(Verdict.refused(RejectionReason.REGION_NOT_COVERED));
  }

  @Test
  void everyBuiltInMethodologyNamesItsRegionsAndEveryTransferItsReason() throws Exception {
    for (Methodology m : BuiltInMethodologiesTest.configured().methodologies()) {
      assertThat(m.validity().regions()).as(m.action()).isNotEmpty();
      m.validity().transfers().forEach((key, why) -> assertThat(why).as(key).isNotBlank());
    }
  }

  @Test
  void anElectronicLabelIsBusinessAsUsualInChinaAndItsThermalLabelIsNotZero() throws Exception {
    Ledger ledger = new Ledger(BuiltInMethodologiesTest.configured(), PointsRates.standard(), 100);
    assertThat(offer(ledger, "1", "e_label", 10, "label", "CN-ZJ"))
        .isEqualTo(Verdict.refused(RejectionReason.BUSINESS_AS_USUAL));
    assertThat(offer(ledger, "2", "e_label", 10, "label", "SG").counted()).isTrue();
    Methodology m = BuiltInMethodologiesTest.configured().byAction("e_label");
    assertThat(m.parameters().get("scale").key())
        .isEqualTo("required.e_label.net_paper_mass_per_label");
  }

  @Test
  void theReportedAverageCutleryFigureIsRetiredWithItsReason() throws Exception {
    MethodologyCatalog c = MethodologyLibrary.builtIn();
    assertThat(c.byAction("cutlery_free.order.reported_average")).isNull();
    assertThat(c.retired().get("cutlery_free.order.reported_average").reason())
        .contains("unpublished");
  }

  @Test
  void aLongWalkAndAHugeLightsOffAreRefusedAsImplausible() throws Exception {
    Ledger ledger = new Ledger(BuiltInMethodologiesTest.configured(), PointsRates.standard(), 100);
    assertThat(offer(ledger, "1", "green_trip.walk", 300, "km", "GB"))
        .isEqualTo(Verdict.refused(RejectionReason.QUANTITY_ABOVE_BOUND));
    assertThat(offer(ledger, "2", "office.lights_off", 1_000_000, "m2.h", "CN"))
        .isEqualTo(Verdict.refused(RejectionReason.QUANTITY_ABOVE_BOUND));
    assertThat(offer(ledger, "3", "office.lights_off", 2_000, "m2.h", "CN").counted()).isTrue();
  }

  @Test
  void aDisplacementRateAboveOneAndNegativeLogisticsAreRefusedNamingTheValue() {
    assertThatThrownBy(
            () ->
                configuredWith(
                    "required.refurbished.displacement_rate,1.5,fraction,guess\n"
                        + "required.second_hand.logistics_per_item,-2,kg CO2e/item,guess\n"))
        .isInstanceOf(ConfigurationRefused.class)
        .hasMessageContaining(
            "displacement_rate required.refurbished.displacement_rate = 1.5 fraction is outside"
                + " 0..1")
        .hasMessageContaining(
            "logistics_footprint required.second_hand.logistics_per_item = -2 kg CO2e/item is"
                + " negative");
  }

  @Test
  void aMassIsReadWithItsUnitAndAValueWithTheUnitInItIsRefused() throws Exception {
    // 10 g/set is 0.010 kg per set: 0.010 x 3.1047 kg/kg (DESNZ 2021 PP) = 31.047 -> 31 g
    assertThat(
            configuredWith("required.cutlery.set_mass,10,g/set,supplier\n")
                .byAction("cutlery_free.order")
                .avoidedGrams(1))
        .isEqualTo(31);
    assertThatThrownBy(() -> configuredWith("required.cutlery.set_mass,\"10, g/set\",kg/set,s\n"))
        .isInstanceOf(ConfigurationRefused.class)
        .hasMessageContaining("configuration row 2, field value: required.cutlery.set_mass")
        .hasMessageContaining("'10, g/set', which is not a number");
    assertThatThrownBy(() -> configuredWith("required.cutlery.set_mass,10,m/set,s\n"))
        .hasMessageContaining(
            "configuration row 2, field unit: required.cutlery.set_mass is given in 'm/set'")
        .hasMessageContaining("a mass (g, kg or t) per set");
    assertThatThrownBy(() -> configuredWith("required.refurbished.displacement_rate,30,%,s\n"))
        .hasMessageContaining("(0.3, not 30%)");
    assertThatThrownBy(() -> configuredWith("required.cutlery.setmass,10,g/set,s\n"))
        .hasMessageContaining("required.cutlery.setmass is not a parameter");
  }

  @Test
  void surveySharesThatDoNotCoverEveryTripAreRefused() {
    assertThatThrownBy(
            () ->
                configuredWith(
                    "required.survey.green_trip.rail.share.car,0.6,fraction,survey\n"
                        + "required.survey.green_trip.rail.share.coach,0.1,fraction,survey\n"
                        + "required.survey.green_trip.rail.share.no_trip,0.1,fraction,survey\n"))
        .isInstanceOf(ConfigurationRefused.class)
        .hasMessageContaining("green_trip.rail")
        .hasMessageContaining("sum to 0.8, not 1");
  }

  @Test
  void attributionSharesAndTheCreditedSideOfRecyclingAreConfiguredAndChecked() throws Exception {
    assertThat(
            configuredWith("attribution.green_trip.walk,0.4,fraction,partnership agreement 2025\n")
                .byAction("green_trip.walk")
                .claiming()
                .attributionShare())
        .isEqualTo(0.4);
    assertThat(
            MethodologyLibrary.builtIn().byAction("green_trip.walk").claiming().attributionShare())
        .isEqualTo(1.0);
    assertThatThrownBy(() -> configuredWith("attribution.green_trip.walk,1.5,fraction,guess\n"))
        .isInstanceOf(ConfigurationRefused.class)
        .hasMessageContaining(
            "configuration row 2, field value: attribution.green_trip.walk = 1.5 is outside 0..1");
    assertThatThrownBy(() -> configuredWith("attribution.green_trip.walk,40,%,guess\n"))
        .hasMessageContaining("give it as a fraction");
    assertThatThrownBy(() -> configuredWith("attribution.green_trip.walkk,0.5,fraction,x\n"))
        .hasMessageContaining("attribution.green_trip.walkk names no methodology");
    assertThat(configuredWith("recycling.credited_side,buyer,,policy\n").recyclingCreditedSide())
        .isEqualTo(org.scopeplus.core.scope3plus.Claiming.RecyclingSide.BUYER);
    assertThat(MethodologyLibrary.builtIn().recyclingCreditedSide())
        .isEqualTo(org.scopeplus.core.scope3plus.Claiming.RecyclingSide.RECYCLER);
    assertThatThrownBy(() -> configuredWith("recycling.credited_side,both,,policy\n"))
        .hasMessageContaining(
            "configuration row 2, field value: recycling.credited_side is 'both'; give recycler or"
                + " buyer");
  }
}
