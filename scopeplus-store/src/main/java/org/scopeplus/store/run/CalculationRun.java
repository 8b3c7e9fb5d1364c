package org.scopeplus.store.run;

import java.time.Instant;

/**
 * A stored calculation run.
 *
 * @param id its id
 * @param tenantId the tenant
 * @param periodId the reporting period
 * @param gwpSet the GWP set
 * @param consolidation the consolidation approach
 * @param engineVersion the calculation engine's version
 * @param manifest what the run was a function of, as JSON (inputs and libraries with hashes)
 * @param resultSha256 SHA-256 of every result and trace line: equal runs have equal hashes
 * @param records activity records calculated
 * @param lines trace lines made
 * @param createdBy who ran it
 * @param createdAt when
 * @param rowsSha256 SHA-256 of its stored results and trace lines, every column ({@link
 *     StoredRunDigest}), recorded in its audit entry so a stored row edited later is found
 * @param lineLayout how its trace lines are stored ({@code calculation_run.line_layout}): a {@code
 *     run_line} row a line (1, every run stored before V84) or packed in its blocks' rows (2,
 *     {@link PackedLines})
 */
public record CalculationRun(
    String id,
    String tenantId,
    String periodId,
    String gwpSet,
    String consolidation,
    String engineVersion,
    String manifest,
    String resultSha256,
    long records,
    long lines,
    String createdBy,
    Instant createdAt,
    String rowsSha256,
    int lineLayout) {

  /** This run with its stored results and trace lines hashing to {@code rowsSha256}. */
  public CalculationRun withRowsSha256(String rowsSha256) {
    return new CalculationRun(
        id,
        tenantId,
        periodId,
        gwpSet,
        consolidation,
        engineVersion,
        manifest,
        resultSha256,
        records,
        lines,
        createdBy,
        createdAt,
        rowsSha256,
        lineLayout);
  }

  /** Whether its trace lines are packed in its blocks' rows (layout 2). */
  public boolean linesPacked() {
    return lineLayout == TraceLineRows.PACKED;
  }

  public String state() {
    return "period="
        + periodId
        + "\ngwp="
        + gwpSet
        + "\nconsolidation="
        + consolidation
        + "\nmanifest="
        + manifest
        + "\nresult_sha256="
        + resultSha256
        + "\nrows_sha256="
        + rowsSha256;
  }
}
