package org.scopeplus.core.scope3plus;

/**
 * What became of one offered event: {@link Counted}, with what it added to the ledger, or {@link
 * Refused}, with the reason. Both engines (the embedded ledger and the Flink job) reach it through
 * {@link Scope3PlusRules#decide}.
 */
public sealed interface Verdict permits Verdict.Counted, Verdict.Refused {

  /**
   * The event was counted.
   *
   * @param methodology index of its methodology in the catalog
   * @param programme index of its programme in the ledger's name table
   * @param region index of its region in the ledger's name table
   * @param epochDay its UTC epoch day
   * @param grams grams CO2e avoided, rounded once, half-even
   * @param points points credited to the actor at the programme's rate, in millionths of a point
   */
  record Counted(int methodology, int programme, int region, int epochDay, long grams, long points)
      implements Verdict {}

  /**
   * The event was refused and left no trace in the ledger's state (no id, claim, cap place or
   * account), apart from the refusal count.
   *
   * @param reason why
   */
  record Refused(RejectionReason reason) implements Verdict, Assessment {
    private static final Refused[] EACH = new Refused[RejectionReason.values().length];

    static {
      for (RejectionReason r : RejectionReason.values()) {
        EACH[r.ordinal()] = new Refused(r);
      }
    }

    public Refused {
      java.util.Objects.requireNonNull(reason, "reason");
    }

    /** The refusal for {@code reason}, one shared instance per reason. */
    public static Refused of(RejectionReason reason) {
      return EACH[reason.ordinal()];
    }
  }

  /** Shorthand for {@link Refused#of}. */
  static Refused refused(RejectionReason reason) {
    return Refused.of(reason);
  }

  /** True when the event was counted. */
  default boolean counted() {
    return this instanceof Counted;
  }
}
