package org.scopeplus.core.supplier;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One supplier of the register. A purchase (an activity record of Scope 3 category 1 or 2) is the
 * supplier's when its {@code supplier} field equals the supplier's id or name (case and surrounding
 * spaces ignored).
 *
 * @param id the supplier's id, unique in the register (e.g. a vendor number)
 * @param name the supplier's name as purchases spell it
 * @param target its science-based target status
 * @param targetYear the year the status was reached (committed or validated), 0 for none
 * @param ambition the validated target's ambition ({@link #AMBITIONS}), "" when none
 * @param pactVerified true when the supplier's PACT footprints carry third-party verification, so
 *     purchases calculated from them are {@link DataMaturity#PACT_VERIFIED}
 */
public record Supplier(
    String id,
    String name,
    TargetStatus target,
    int targetYear,
    String ambition,
    boolean pactVerified) {

  /** The SBTi's target ambitions: 1.5 °C, well-below 2 °C, net-zero. */
  public static final Set<String> AMBITIONS = Set.of("1.5C", "well-below-2C", "net-zero");

  /** The years a target status may be dated in. */
  public static final int FIRST_YEAR = 2015;

  public static final int LAST_YEAR = 2100;

  public Supplier {
    id = id == null ? "" : id.strip();
    name = name == null ? "" : name.strip();
    Objects.requireNonNull(target, "target");
    ambition = ambition == null ? "" : ambition.strip();
  }

  /** Why the supplier cannot be registered, or empty when it can. */
  public Optional<String> refusal() {
    if (id.isEmpty() || name.isEmpty()) {
      return Optional.of("a supplier needs an id and a name");
    }
    if (id.length() > 200 || name.length() > 200) {
      return Optional.of("id and name are at most 200 characters");
    }
    if (target == TargetStatus.NONE) {
      if (targetYear != 0 || !ambition.isEmpty()) {
        return Optional.of("a supplier without a target has no target year or ambition");
      }
      return Optional.empty();
    }
    if (targetYear < FIRST_YEAR || targetYear > LAST_YEAR) {
      return Optional.of(
          "a "
              + target.label()
              + " target needs the year it was reached, "
              + FIRST_YEAR
              + " to "
              + LAST_YEAR);
    }
    if (target == TargetStatus.VALIDATED && !AMBITIONS.contains(ambition)) {
      return Optional.of("a validated target's ambition is 1.5C, well-below-2C or net-zero");
    }
    if (!ambition.isEmpty() && !AMBITIONS.contains(ambition)) {
      return Optional.of("the ambition is 1.5C, well-below-2C or net-zero");
    }
    return Optional.empty();
  }

  /** The status that held in a year: the registered one from its year on, else none. */
  public TargetStatus statusIn(int year) {
    return target != TargetStatus.NONE && targetYear <= year ? target : TargetStatus.NONE;
  }

  /** The key purchases are matched on: an id or a name, case and outer spaces ignored. */
  static String key(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }
}
