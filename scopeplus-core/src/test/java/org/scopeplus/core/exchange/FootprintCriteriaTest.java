package org.scopeplus.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ListFootprints filter logic of PACT v3.0.3 (openapi.yaml, /3/footprints "Filtering" and the
 * parameters validOn, validAfter, validBefore, status) and the default validity period (index.md
 * "Validity Period": three years from the reference period's end).
 */
class FootprintCriteriaTest {

  private static final FootprintKeys KEYS =
      FootprintKeys.of((Map<?, ?>) FootprintRulesTest.valid());

  private static FootprintCriteria products(String... ids) {
    return new FootprintCriteria(
        List.of(ids), List.of(), List.of(), List.of(), null, null, null, null);
  }

  @Test
  void theDefaultValidityIsThreeYearsFromTheReferencePeriodsEnd() {
    assertThat(KEYS.validFrom()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(KEYS.validUntil()).isEqualTo(Instant.parse("2028-01-01T00:00:00Z"));
    assertThat(KEYS.usableOn(Instant.parse("2027-12-31T23:59:59Z"))).isTrue();
    assertThat(KEYS.usableOn(Instant.parse("2028-01-01T00:00:00Z"))).isFalse();
    assertThat(KEYS.usableOn(Instant.parse("2024-12-31T00:00:00Z"))).isFalse();
  }

  @Test
  void valuesOfOneCriterionAreOrAndCriteriaAreAndCaseInsensitive() {
    assertThat(products("urn:other", "URN:GTIN:4712345060507").matches(KEYS)).isTrue();
    assertThat(products("urn:other").matches(KEYS)).isFalse();
    FootprintCriteria both =
        new FootprintCriteria(
            List.of("urn:gtin:4712345060507"),
            List.of(),
            List.of("fr"),
            List.of(),
            null,
            null,
            null,
            null);
    assertThat(both.matches(KEYS)).isFalse();
    FootprintCriteria de =
        new FootprintCriteria(
            List.of("urn:gtin:4712345060507"),
            List.of(),
            List.of("FR", "de"),
            List.of(),
            null,
            null,
            null,
            "active");
    assertThat(de.matches(KEYS)).isTrue();
    assertThat(FootprintCriteria.ALL.matches(KEYS)).isTrue();
  }

  @Test
  void validityCriteria() {
    FootprintCriteria onStart =
        new FootprintCriteria(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            Instant.parse("2025-01-01T00:00:00Z"),
            null,
            null,
            null);
    FootprintCriteria onEnd =
        new FootprintCriteria(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            Instant.parse("2028-01-01T00:00:00Z"),
            null,
            null,
            null);
    FootprintCriteria before =
        new FootprintCriteria(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            Instant.parse("2024-12-31T23:59:59Z"),
            null,
            null,
            null);
    assertThat(onStart.matches(KEYS)).as("start <= validOn").isTrue();
    assertThat(onEnd.matches(KEYS)).as("validOn <= end").isTrue();
    assertThat(before.matches(KEYS)).isFalse();
    FootprintCriteria after =
        new FootprintCriteria(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            Instant.parse("2025-01-01T00:00:00Z"),
            null,
            null);
    assertThat(after.matches(KEYS)).as("start > validAfter, strictly").isFalse();
    FootprintCriteria endBefore =
        new FootprintCriteria(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            Instant.parse("2028-01-01T00:00:01Z"),
            null);
    assertThat(endBefore.matches(KEYS)).isTrue();
    FootprintCriteria deprecated =
        new FootprintCriteria(
            List.of(), List.of(), List.of(), List.of(), null, null, null, "Deprecated");
    assertThat(deprecated.matches(KEYS)).isFalse();
  }
}
