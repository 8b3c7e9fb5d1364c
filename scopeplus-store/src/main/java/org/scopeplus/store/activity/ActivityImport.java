package org.scopeplus.store.activity;

import java.time.Instant;

/**
 * A stored activity file.
 *
 * @param id its id
 * @param tenantId the tenant
 * @param periodId the reporting period it went into
 * @param fileName the file name as uploaded
 * @param sha256 hex SHA-256 of the file's bytes; the same file is stored once per period
 * @param records how many records it holds
 * @param status {@code active}, or {@code superseded} once a corrected file replaced it
 * @param replacesId the import this one corrected, or null
 * @param createdBy who uploaded it
 * @param createdAt when
 * @param rowsSha256 hex SHA-256 of its stored rows ({@link StoredRowsDigest}), recorded in its
 *     audit entries so a row edited in the database is found
 */
public record ActivityImport(
    String id,
    String tenantId,
    String periodId,
    String fileName,
    String sha256,
    long records,
    String status,
    String replacesId,
    String createdBy,
    Instant createdAt,
    String rowsSha256) {

  public static final String ACTIVE = "active";
  public static final String SUPERSEDED = "superseded";

  /** This import with its stored rows hashing to {@code rowsSha256}. */
  public ActivityImport withRowsSha256(String rowsSha256) {
    return with(status, rowsSha256);
  }

  /** This import superseded by a corrected file, its rows deleted. */
  ActivityImport superseded() {
    return with(SUPERSEDED, StoredRowsDigest.EMPTY);
  }

  private ActivityImport with(String status, String rowsSha256) {
    return new ActivityImport(
        id,
        tenantId,
        periodId,
        fileName,
        sha256,
        records,
        status,
        replacesId,
        createdBy,
        createdAt,
        rowsSha256);
  }

  public String state() {
    return "file="
        + fileName
        + "\nsha256="
        + sha256
        + "\nrecords="
        + records
        + "\nperiod="
        + periodId
        + "\nstatus="
        + status
        + "\nrows="
        + rowsSha256;
  }
}
