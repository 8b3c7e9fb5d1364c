package org.scopeplus.core.city.ets;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One change of the registry as a balanced journal entry: its postings add up to zero for every
 * unit and vintage, so a change moves units and never makes or loses one. Units enter the
 * enterprise accounts only from the issuance account and leave them only to the cancellation
 * account or to another enterprise.
 *
 * @param enterprise the enterprise the entry is about (the sender of a transfer)
 * @param complianceYear the compliance year it belongs to (the vintage of an issuance, the year a
 *     surrender is for, the year whose allocation a shortfall deduction reduces)
 * @param reverses the id of the entry a reversal undoes, or null
 */
public record JournalEntry(
    String id,
    Kind kind,
    String enterprise,
    int complianceYear,
    LocalDate on,
    List<Posting> postings,
    String memo,
    String reverses) {

  /** What a change was. */
  public enum Kind {
    /** Allowances issued ahead of verification (预分配). */
    PRE_ALLOCATION,
    /** Further allowances issued when the verified output calls for more (核定补发). */
    TRUE_UP_ISSUANCE,
    /** Allowances taken back when the verified output calls for fewer (核定收回). */
    CLAW_BACK,
    /** CCER credited to an enterprise from the offset registry. */
    OFFSET_ISSUANCE,
    /** Units moved between two enterprises. */
    TRANSFER,
    /** Allowances and CCER surrendered for a compliance year (清缴). */
    SURRENDER,
    /**
     * A shortfall after the deadline, times the rules' penalty ratio, taken from the next year's
     * allocation into cancellation (等量核减).
     */
    SHORTFALL_DEDUCTION,
    /** The exact opposite of an earlier entry, with the reason of the correction. */
    REVERSAL
  }

  /** An entry that reverses nothing. */
  public JournalEntry(
      String id,
      Kind kind,
      String enterprise,
      int complianceYear,
      LocalDate on,
      List<Posting> postings,
      String memo) {
    this(id, kind, enterprise, complianceYear, on, postings, memo, null);
  }

  public JournalEntry {
    postings = List.copyOf(postings);
    if (postings.isEmpty()) {
      throw new IllegalArgumentException("a journal entry has postings");
    }
    var sums =
        postings.stream()
            .collect(
                Collectors.groupingBy(
                    p -> p.unit() + " " + p.vintage(),
                    Collectors.reducing(0L, Posting::tonnes, Math::addExact)));
    sums.forEach(
        (k, v) -> {
          if (v != 0) {
            throw new IllegalArgumentException(
                "journal entry " + id + " does not balance for " + k + ": " + v);
          }
        });
  }

  /** Tonnes of {@code unit} this entry moves into {@code account} (negative: out of it). */
  public long into(String account, Unit unit) {
    long t = 0;
    for (Posting p : postings) {
      if (p.account().equals(account) && p.unit() == unit) {
        t = Math.addExact(t, p.tonnes());
      }
    }
    return t;
  }

  /** Text of the entry as stored, for its audit entry. */
  public String state() {
    return id
        + "|"
        + kind
        + "|"
        + enterprise
        + "|"
        + complianceYear
        + "|"
        + on
        + "|"
        + postings.stream().map(Posting::toString).collect(Collectors.joining(";"))
        + "|"
        + memo
        + (reverses == null ? "" : "|reverses " + reverses);
  }
}
