package org.scopeplus.core.disclosure;

import java.util.Objects;

/**
 * A verifier's opinion on the run the report comes from (ISO 14064-3): the level of assurance, the
 * materiality threshold used and the opinion's text, bound to the run's hash.
 *
 * @param verifier who gave the opinion
 * @param assurance the level of assurance ({@link Assurance})
 * @param materialityThreshold the threshold used, e.g. 0.05 for 5%
 * @param opinion the opinion's text
 * @param runHash the hash of the run the opinion concerns
 * @param recordedAt when it was recorded (ISO-8601)
 * @param findings the findings recorded against the run, in their order
 */
public record VerificationStatement(
    String verifier,
    Assurance assurance,
    double materialityThreshold,
    String opinion,
    String runHash,
    String recordedAt,
    java.util.List<String> findings) {

  public VerificationStatement {
    Objects.requireNonNull(verifier, "verifier");
    Objects.requireNonNull(assurance, "assurance");
    Objects.requireNonNull(opinion, "opinion");
    runHash = runHash == null ? "" : runHash;
    recordedAt = recordedAt == null ? "" : recordedAt;
    findings = findings == null ? java.util.List.of() : java.util.List.copyOf(findings);
  }
}
