package org.scopeplus.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A verifier's finding and opinion are recorded only when complete; each gap named. */
class VerificationRulesTest {

  @Test
  void aFindingNeedsItsMaterialityOneLineOrRecordAndAText() {
    assertThat(VerificationRules.refusesFinding("material", 17L, null, "double-counted meter"))
        .isEmpty();
    assertThat(VerificationRules.refusesFinding("IMMATERIAL", null, "R-E1", "rounding")).isEmpty();
    assertThat(VerificationRules.refusesFinding("big", 17L, null, "x"))
        .contains("materiality is material or immaterial");
    assertThat(VerificationRules.refusesFinding("material", 17L, "R-E1", "x"))
        .contains("name the lineNo or the recordId the finding concerns, one of them");
    assertThat(VerificationRules.refusesFinding("material", null, " ", "x"))
        .contains("name the lineNo or the recordId the finding concerns, one of them");
    assertThat(VerificationRules.refusesFinding("material", 0L, null, "x"))
        .contains("lineNo is 1 or more");
    assertThat(VerificationRules.refusesFinding("material", 3L, null, ""))
        .contains("give the finding's text");
    assertThat(VerificationRules.refusesFinding("material", 3L, null, "y".repeat(4001)))
        .contains("the finding has 4001 characters; at most 4000");
  }

  @Test
  void anOpinionNeedsItsAssuranceAThresholdAndAText() {
    assertThat(VerificationRules.refusesOpinion("reasonable", 0.05, "fairly stated")).isEmpty();
    assertThat(VerificationRules.refusesOpinion("limited", 1.0, "nothing came to our attention"))
        .isEmpty();
    assertThat(VerificationRules.refusesOpinion("absolute", 0.05, "x"))
        .contains("assurance is reasonable or limited");
    for (Double bad : new Double[] {null, 0.0, -0.05, 1.5, Double.NaN}) {
      assertThat(VerificationRules.refusesOpinion("limited", bad, "x"))
          .as(String.valueOf(bad))
          .isPresent()
          .get()
          .asString()
          .startsWith("materialityThreshold is the share of the total used");
    }
  }
}
