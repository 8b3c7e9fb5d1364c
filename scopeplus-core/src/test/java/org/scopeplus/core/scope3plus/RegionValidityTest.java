package org.scopeplus.core.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.factor.Citation;
import org.scopeplus.core.factor.Verification;

/** Methodologies count only where their parameters hold, and never where the action is usual. */
class RegionValidityTest {

  private static Parameter p(String key, double value, String unit, String region) {
    return new Parameter(
        key,
        value,
        unit,
        new Citation("test " + key, "", "2021", "", Verification.PUBLISHED, ""),
        region);
  }

  private static Methodology bus(RegionValidity validity) {
    return new Methodology(
        "green_trip.bus",
        "2026.1",
        "bus",
        FormulaKind.MODE_SHIFT,
        List.of(Dimension.DISTANCE),
        Map.of(
            "baseline_per_pkm", p("car.gb", 0.10718, "kg CO2e/passenger-km", "GB"),
            "project_per_pkm", p("bus.gb", 0.10227, "kg CO2e/passenger-km", "GB")),
        Eligibility.none(),
        "car",
        validity);
  }

  private static Methodology label() {
    return new Methodology(
        "e_label",
        "2026.1",
        "label",
        FormulaKind.PER_UNIT,
        List.of(Dimension.COUNT),
        Map.of(
            "scale", p("mass", 0.01, "kg/label", ""),
            "baseline", p("paper", 0.9194, "kg CO2e/kg", "GB")),
        Eligibility.none(),
        "waybill",
        new RegionValidity(
            List.of(Regions.GLOBAL),
            Map.of("CN", "electronic waybills are standard in China"),
            Map.of("paper", "paper production factor, no national one")));
  }

  private static Verdict offer(Ledger ledger, String id, String action, String region) {
    RawEvent s = new RawEvent();
    new Event(
            id,
            "maps",
            "a-" + id,
            action,
            List.of(EventQuantity.of(3, action.equals("e_label") ? "label" : "km")),
            Instant.parse("2024-05-01T08:00:00Z"),
            region,
            "",
            "")
        .fill(s);
    return ledger.offer(s);
  }

  @Test
  void aUkFactorIsNeverUsedForChinaUnlessTheTransferIsStated() {
    assertThatThrownBy(() -> bus(RegionValidity.in("CN")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parameter car.gb (baseline_per_pkm) holds in GB, not in CN");
    assertThatThrownBy(() -> bus(RegionValidity.anywhere()))
        .hasMessageContaining("holds in GB, not in GLOBAL");
  }

  @Test
  void eventsOutsideTheRegionsAreRefusedAndSubRegionsAreInside() {
    Ledger ledger =
        new Ledger(
            new MethodologyCatalog("t", List.of(bus(RegionValidity.in("GB")), label())),
            PointsRates.standard(),
            10);
    assertThat(offer(ledger, "1", "green_trip.bus", "GB").counted()).isTrue();
    assertThat(offer(ledger, "2", "green_trip.bus", "GB-LON").counted()).isTrue();
    assertThat(offer(ledger, "3", "green_trip.bus", "CN-GZ"))
        .isEqualTo(Verdict.refused(RejectionReason.REGION_NOT_COVERED));
    assertThat(offer(ledger, "4", "green_trip.bus", ""))
        .isEqualTo(Verdict.refused(RejectionReason.REGION_NOT_COVERED));
    assertThat(offer(ledger, "5", "green_trip.bus", "GBR"))
        .isEqualTo(Verdict.refused(RejectionReason.REGION_NOT_COVERED));
  }

  @Test
  void anActionThatIsBusinessAsUsualInARegionCountsNothingThere() {
    Ledger ledger =
        new Ledger(new MethodologyCatalog("t", List.of(label())), PointsRates.standard(), 10);
    assertThat(offer(ledger, "1", "e_label", "SG").counted()).isTrue();
    assertThat(offer(ledger, "2", "e_label", "CN-BJ"))
        .isEqualTo(Verdict.refused(RejectionReason.BUSINESS_AS_USUAL));
    assertThat(offer(ledger, "3", "e_label", "CN"))
        .isEqualTo(Verdict.refused(RejectionReason.BUSINESS_AS_USUAL));
    // an event naming no region may be in China: refused too
    assertThat(offer(ledger, "4", "e_label", ""))
        .isEqualTo(Verdict.refused(RejectionReason.BUSINESS_AS_USUAL));
  }

  @Test
  void aParameterKeepsItsVintage() {
    assertThat(p("car.gb", 0.1, "kg CO2e/passenger-km", "GB").vintage()).isEqualTo("2021");
  }
}
