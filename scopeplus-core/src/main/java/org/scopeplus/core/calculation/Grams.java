package org.scopeplus.core.calculation;

/**
 * The one rounding of an inventory: a line's mass, computed in {@code double} from kilograms, is
 * rounded half-even once to whole grams. Every path calls it (the engine, the fast path of the
 * command line, the service), so every path gives the same gram.
 *
 * <p>A line may hold at most {@link #MAX_LINE} = 2^53 g (about 9.0 Gt CO2e, a sixth of the world's
 * yearly emissions): up to there a {@code double} still holds every whole gram, so the rounding is
 * exact; beyond it, or for a mass that is not a number, the line is refused and the caller names
 * the record. With every line at most 2^53 g, more than a thousand such lines are needed before a
 * sum can leave the range of {@code long}, and the sums check that too (see {@code
 * InventoryAccumulator}).
 */
public final class Grams {

  /** The largest magnitude of one line, in grams: 2^53 = 9,007,199,254,740,992 g. */
  public static final long MAX_LINE = 1L << 53;

  /**
   * What the rounding gives for a line it refuses: {@link Long#MIN_VALUE}, never a line's amount,
   * which lies within plus or minus {@link #MAX_LINE}. A sentinel rather than an object, so that
   * the fast path allocates nothing per record.
   */
  public static final long REFUSED = Long.MIN_VALUE;

  private Grams() {}

  /** Grams of a gas from its kilograms, rounded half-even; {@link #REFUSED} beyond the bound. */
  public static long ofKilograms(double kilograms) {
    return rounded(kilograms * 1000.0);
  }

  /** Grams CO2e from kilograms of a gas and its GWP, rounded half-even; or {@link #REFUSED}. */
  public static long co2e(double kilograms, double gwp) {
    return rounded(kilograms * 1000.0 * gwp);
  }

  /** Whole grams, half-even, from grams; {@link #REFUSED} when beyond the bound or not a number. */
  public static long rounded(double grams) {
    if (!(Math.abs(grams) <= MAX_LINE)) {
      return REFUSED;
    }
    return (long) Math.rint(grams);
  }

  /**
   * The sentence that refuses a line: what it would have weighed and the bound.
   *
   * @param grams the unrounded grams
   * @param what what the grams are of, e.g. {@code "CO2e of CO2"}
   */
  public static String refusal(double grams, String what) {
    String amount =
        Double.isNaN(grams)
            ? "no finite number of grams"
            : Double.isInfinite(grams)
                ? "an infinite number of grams"
                : String.format(java.util.Locale.ROOT, "%.3e g", grams);
    return "this record gives "
        + amount
        + " "
        + what
        + " in one line, beyond the "
        + MAX_LINE
        + " g (about 9.0 Gt CO2e) one line may hold; check the quantity and its unit";
  }
}
