package org.scopeplus.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The footprint of an own service computed from a run, checked against a hand calculation. */
class ComputingProductFootprintTest {

  private static OwnProduct vcpuHour(BigDecimal share, BigDecimal units) {
    return new OwnProduct(
        List.of("urn:pact:kestrel.example:product:vcpu-hour"),
        "Compute vCPU-hour",
        "One vCPU for one hour in the Hangzhou data center",
        List.of(),
        "Kestrel Group",
        List.of("urn:pact:kestrel.example:company:1"),
        "hour",
        BigDecimal.ONE,
        BigDecimal.ZERO,
        units,
        share,
        "by IT energy",
        Instant.parse("2024-01-01T00:00:00Z"),
        Instant.parse("2025-01-01T00:00:00Z"),
        "CN",
        "",
        "AR5",
        BigDecimal.ZERO,
        "");
  }

  /**
   * Hand calculation: Scope 1 diesel 2,000,000 g, Scope 2 market 6,000,000 g (its location-based
   * twin of 7,000,000 g is left out), Scope 3 purchased servers 2,000,000 g and biogenic CO2
   * 500,000 g. Fossil = 10,000,000 g, total = 10,500,000 g. Allocation 0.8 by IT energy over
   * 4,000,000 vCPU-hours: total 10,500,000 x 0.8 / 4,000,000 / 1000 = 0.0021 kg CO2e per vCPU-hour;
   * fossil 10,000,000 x 0.8 / 4,000,000 / 1000 = 0.002. Primary (Scopes 1 and 2, the biogenic line
   * included) = 8,500,000 of 10,500,000 g = 80.95...% -> 81.0. DQRs weighted by the grams of the
   * 10,500,000 g in the footprint (the location-based line is out): technological (2 x 2e6 + 1 x
   * 6e6 + 4 x 2e6 + 2 x 0.5e6) / 10.5e6 = 19 / 10.5 = 1.809... -> 1.8; geographical (3 x 2 + 1 x 6
   * + 3 x 2 + 1 x 0.5) / 10.5 = 18.5 / 10.5 = 1.761... -> 1.8; temporal (1 x 2 + 1 x 6 + 2 x 2 + 1
   * x 0.5) / 10.5 = 12.5 / 10.5 = 1.190... -> 1.2.
   */
  @Test
  void aServicesFootprintPerDeclaredUnitByHand() {
    List<FootprintLine> lines =
        List.of(
            new FootprintLine(1, "NOT_APPLICABLE", false, 2_000_000, true, 2, 3, 1),
            new FootprintLine(2, "MARKET", false, 6_000_000, true, 1, 1, 1),
            new FootprintLine(2, "LOCATION", false, 7_000_000, true, 5, 5, 5),
            new FootprintLine(3, "NOT_APPLICABLE", false, 2_000_000, false, 4, 3, 2),
            new FootprintLine(1, "NOT_APPLICABLE", true, 500_000, true, 2, 1, 1));
    var outcome =
        ComputingProductFootprint.compute(
            vcpuHour(new BigDecimal("0.8"), new BigDecimal("4000000")),
            lines,
            UUID.fromString("f4b1225a-bd44-4c8e-861d-079e4e1dfd69"),
            Instant.parse("2025-02-01T10:00:00.123Z"),
            List.of("079e425a-464f-528d-341d-4a944a1dfd70"));
    assertThat(outcome).isInstanceOf(ComputingProductFootprint.Outcome.Computed.class);
    Map<String, Object> pf = ((ComputingProductFootprint.Outcome.Computed) outcome).footprint();
    assertThat(FootprintRules.check(pf)).isEmpty();
    @SuppressWarnings("unchecked")
    Map<String, Object> pcf = (Map<String, Object>) pf.get("pcf");
    assertThat(pcf.get("pcfExcludingBiogenicUptake")).isEqualTo("0.0021");
    assertThat(pcf.get("fossilGhgEmissions")).isEqualTo("0.002");
    assertThat(pcf.get("primaryDataShare")).isEqualTo("81.0");
    assertThat(pcf.get("declaredUnitOfMeasurement")).isEqualTo("hour");
    assertThat(pcf.get("ipccCharacterizationFactors")).isEqualTo(List.of("AR5"));
    assertThat(pcf.get("geographyCountry")).isEqualTo("CN");
    @SuppressWarnings("unchecked")
    Map<String, Object> dqi = (Map<String, Object>) pcf.get("dqi");
    assertThat(dqi)
        .containsExactly(
            Map.entry("technologicalDQR", "1.8"),
            Map.entry("geographicalDQR", "1.8"),
            Map.entry("temporalDQR", "1.2"));
    assertThat(pf.get("precedingPfIds")).isEqualTo(List.of("079e425a-464f-528d-341d-4a944a1dfd70"));
    assertThat(pf.get("created")).isEqualTo("2025-02-01T10:00:00Z");
  }

  /**
   * By hand: two lines, 300 kg scored 2 and 100 kg scored 4 on every rating: (300 x 2 + 100 x 4) /
   * 400 = 1,000 / 400 = 2.5 exactly, so each rating is "2.5" (the weighted mean itself, a PACT
   * Decimal between 1 and 5).
   */
  @Test
  void theRatingsAreTheGramsWeightedMeansOfTheLinesScores() {
    List<FootprintLine> lines =
        List.of(
            new FootprintLine(1, "NOT_APPLICABLE", false, 300_000, true, 2, 2, 2),
            new FootprintLine(3, "NOT_APPLICABLE", false, 100_000, false, 4, 4, 4));
    Map<String, Object> pf = computed(lines);
    assertThat(FootprintRules.check(pf)).isEmpty();
    assertThat(dqi(pf))
        .containsExactly(
            Map.entry("technologicalDQR", "2.5"),
            Map.entry("geographicalDQR", "2.5"),
            Map.entry("temporalDQR", "2.5"));
  }

  /**
   * Half-even at one decimal: 1 x 3 + 2 x 1 over 4 = 1.25 -> "1.2"; 3 x 3 + 4 x 1 = 3.25 -> "3.2".
   */
  @Test
  void aRatingIsRoundedHalfEvenToOneDecimal() {
    List<FootprintLine> lines =
        List.of(
            new FootprintLine(1, "NOT_APPLICABLE", false, 3_000, true, 1, 3, 5),
            new FootprintLine(1, "NOT_APPLICABLE", false, 1_000, true, 2, 4, 5));
    assertThat(dqi(computed(lines)))
        .containsExactly(
            Map.entry("technologicalDQR", "1.2"),
            Map.entry("geographicalDQR", "3.2"),
            Map.entry("temporalDQR", "5.0"));
  }

  /**
   * "Weighted average of all inputs": one unscored line with grams leaves the ratings undefined (a
   * part is not rated as the whole); an unscored line of zero grams weighs nothing.
   */
  @Test
  void anUnscoredLineLeavesTheRatingsUndefined() {
    Map<String, Object> partly =
        computed(
            List.of(
                new FootprintLine(1, "NOT_APPLICABLE", false, 300_000, true, 2, 2, 2),
                new FootprintLine(3, "NOT_APPLICABLE", false, 100_000, false, 0, 0, 0)));
    assertThat(FootprintRules.check(partly)).isEmpty();
    assertThat(pcf(partly)).doesNotContainKey("dqi");
    Map<String, Object> zero =
        computed(
            List.of(
                new FootprintLine(1, "NOT_APPLICABLE", false, 300_000, true, 2, 2, 2),
                new FootprintLine(3, "NOT_APPLICABLE", false, 0, false, 0, 0, 0)));
    assertThat(dqi(zero)).containsEntry("technologicalDQR", "2.0");
  }

  private static Map<String, Object> computed(List<FootprintLine> lines) {
    var outcome =
        ComputingProductFootprint.compute(
            vcpuHour(BigDecimal.ONE, BigDecimal.TEN),
            lines,
            UUID.fromString("f4b1225a-bd44-4c8e-861d-079e4e1dfd69"),
            Instant.parse("2025-02-01T10:00:00Z"),
            List.of());
    assertThat(outcome).isInstanceOf(ComputingProductFootprint.Outcome.Computed.class);
    return ((ComputingProductFootprint.Outcome.Computed) outcome).footprint();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> pcf(Map<String, Object> pf) {
    return (Map<String, Object>) pf.get("pcf");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> dqi(Map<String, Object> pf) {
    return (Map<String, Object>) pcf(pf).get("dqi");
  }

  @Test
  void absurdAllocationsAreRefused() {
    List<FootprintLine> one =
        List.of(new FootprintLine(1, "NOT_APPLICABLE", false, 1000, true, 0, 0, 0));
    assertThat(
            ComputingProductFootprint.compute(
                vcpuHour(new BigDecimal("1.5"), BigDecimal.TEN),
                one,
                UUID.randomUUID(),
                Instant.now(),
                List.of()))
        .isInstanceOf(ComputingProductFootprint.Outcome.Refused.class);
    assertThat(
            ComputingProductFootprint.compute(
                vcpuHour(BigDecimal.ONE, BigDecimal.ZERO),
                one,
                UUID.randomUUID(),
                Instant.now(),
                List.of()))
        .isInstanceOf(ComputingProductFootprint.Outcome.Refused.class);
    assertThat(
            ComputingProductFootprint.compute(
                vcpuHour(BigDecimal.ONE, BigDecimal.TEN),
                List.of(),
                UUID.randomUUID(),
                Instant.now(),
                List.of()))
        .isInstanceOf(ComputingProductFootprint.Outcome.Refused.class);
  }
}
