package org.scopeplus.core.credit;

import java.util.Optional;

/**
 * A range of registry serial numbers, one tonne CO2e each: a block (the registry's serial prefix,
 * e.g. {@code VCS-1529-2021}) and the first and last number in it, both included.
 *
 * @param block the block
 * @param first the first serial number, at least 1
 * @param last the last, at or after the first
 */
public record SerialRange(String block, long first, long last) {

  /** The most serials one range may hold (10 Gt), so counts stay exact. */
  public static final long MAX_QUANTITY = 10_000_000_000L;

  /** Why this range cannot be, or empty. */
  public Optional<String> refusal() {
    if (block == null || block.isBlank()) {
      return Optional.of("a serial range names its block (the registry's serial prefix)");
    }
    if (first < 1 || last < first) {
      return Optional.of(
          "serials "
              + first
              + "-"
              + last
              + " are not a range: first at least 1, last at or after it");
    }
    if (last - first >= MAX_QUANTITY) {
      return Optional.of("a serial range holds at most " + MAX_QUANTITY + " t");
    }
    return Optional.empty();
  }

  /** Tonnes: one per serial. */
  public long quantity() {
    return last - first + 1;
  }

  public boolean overlaps(SerialRange o) {
    return block.equals(o.block) && first <= o.last && o.first <= last;
  }

  public boolean contains(SerialRange o) {
    return block.equals(o.block) && first <= o.first && o.last <= last;
  }

  /** E.g. {@code VCS-1529-2021 1001-2000}. */
  @Override
  public String toString() {
    return block + " " + first + "-" + last;
  }
}
