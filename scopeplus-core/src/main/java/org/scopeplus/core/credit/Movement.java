package org.scopeplus.core.credit;

import java.util.List;

/**
 * Serials leaving the holding of a lot: retired against a reporting year for a purpose, or
 * transferred to another account. Either is final: a serial moves once.
 *
 * @param id the movement's id
 * @param lotId the lot
 * @param kind retirement or transfer
 * @param serials the serials, as one or more ranges within the lot
 * @param reportingYear the year a retirement is claimed for (0 for a transfer)
 * @param purpose why: the claim a retirement serves, or the account a transfer goes to
 */
public record Movement(
    String id,
    String lotId,
    Kind kind,
    List<SerialRange> serials,
    int reportingYear,
    String purpose) {

  public Movement {
    serials = List.copyOf(serials);
  }

  /** A retirement or a transfer. */
  public enum Kind {
    RETIREMENT,
    TRANSFER;

    public String label() {
      return this == RETIREMENT ? "retirement" : "transfer";
    }
  }

  /** Tonnes moved. */
  public long quantity() {
    long q = 0;
    for (SerialRange r : serials) {
      q = Math.addExact(q, r.quantity());
    }
    return q;
  }

  /** The canonical text the audit trail hashes. */
  public String state() {
    return "lot="
        + lotId
        + "\nkind="
        + kind.label()
        + "\nserials="
        + serials
        + "\nreporting_year="
        + reportingYear
        + "\npurpose="
        + purpose;
  }
}
