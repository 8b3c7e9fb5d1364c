package org.scopeplus.core.supplier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A green supplier label tier and its qualification requirements: a supplier qualifies in a year
 * when its target status in that year is at least {@code minTarget} and its data maturity at least
 * {@code minMaturity}. Tiers are listed best first; a supplier carries the first it qualifies for.
 *
 * @param name the tier's name, e.g. {@code gold}
 * @param minTarget the weakest target status the tier accepts
 * @param minMaturity the weakest data maturity the tier accepts
 */
public record LabelTier(String name, TargetStatus minTarget, DataMaturity minMaturity) {

  /** The tiers used when the organisation configured none. */
  public static final List<LabelTier> DEFAULTS =
      List.of(
          new LabelTier("gold", TargetStatus.VALIDATED, DataMaturity.SUPPLIER_SPECIFIC),
          new LabelTier("silver", TargetStatus.COMMITTED, DataMaturity.SUPPLIER_SPECIFIC),
          new LabelTier("bronze", TargetStatus.COMMITTED, DataMaturity.SPEND_BASED));

  public LabelTier {
    name = name == null ? "" : name.strip();
    Objects.requireNonNull(minTarget, "minTarget");
    Objects.requireNonNull(minMaturity, "minMaturity");
  }

  /** Why the tier cannot be used, or empty when it can. */
  public Optional<String> refusal() {
    if (name.isEmpty() || name.length() > 60) {
      return Optional.of("a tier needs a name of 1 to 60 characters");
    }
    return Optional.empty();
  }

  /** True when a supplier with this status and maturity meets the tier's requirements. */
  public boolean admits(TargetStatus status, DataMaturity maturity) {
    return status.compareTo(minTarget) >= 0 && maturity.compareTo(minMaturity) >= 0;
  }

  /** The first tier of {@code tiers} a supplier qualifies for, or empty for none. */
  public static Optional<LabelTier> first(
      List<LabelTier> tiers, TargetStatus status, DataMaturity maturity) {
    return tiers.stream().filter(t -> t.admits(status, maturity)).findFirst();
  }
}
