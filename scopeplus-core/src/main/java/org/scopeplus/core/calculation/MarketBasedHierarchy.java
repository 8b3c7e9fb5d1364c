package org.scopeplus.core.calculation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The market-based Scope 2 rule, written once: GHG Protocol Scope 2 Guidance (2015), section 6.11
 * and table 6.3, "the market-based method hierarchy". Electricity consumed is first attributed to
 * the contractual instruments conveyed for it (energy attribute certificates, contracts, supplier
 * green tariffs, on-site generation), each at its own emission rate; what they leave takes the
 * supplier's specific emission rate, then the residual mix of the market, and where neither exists
 * the location-based grid average, named as such. Where the residual mix makes market-based exceed
 * location-based, the output says why (section 6.11: the residual mix leaves out the attributes
 * claimed by others).
 *
 * <p>Both callers follow it: the calculation engine for activity records (a run with a registry's
 * allocations, {@link ContractualClaims}) and the instrument registry for its consumption lines.
 * The split of a line is exact in whole kWh: each claim covers its kWh, capped at what is left of
 * the line, and the rest goes down the hierarchy.
 */
public final class MarketBasedHierarchy {

  /** The steps of table 6.3 in order; a part of a line takes the first its line has. */
  public enum Step {
    /** Energy attribute certificates, contracts, green tariffs, on-site generation. */
    INSTRUMENT("contractual instrument", 1),
    /** The supplier's specific emission rate (table 6.3, supplier/utility emission rates). */
    SUPPLIER_SPECIFIC("supplier-specific emission rate", 2),
    /** The residual mix: the grid's untracked, unclaimed energy. */
    RESIDUAL_MIX("residual mix", 3),
    /** Other grid-average emission factors, for want of any of the above. */
    GRID_AVERAGE("location-based grid average (no supplier rate or residual mix)", 4);

    private final String label;
    private final int order;

    Step(String label, int order) {
      this.label = label;
      this.order = order;
    }

    /** The step in words, as the trace names it. */
    public String label() {
      return label;
    }

    /** The step's place in the hierarchy, 1 to 4. */
    public int order() {
      return order;
    }

    /** The step in words with its place, as a market-based line's trace names its choice. */
    public String named() {
      return label + " (Scope 2 Guidance table 6.3, step " + order + " of 4)";
    }
  }

  /**
   * One part of a line: the kWh an instrument covers, or the uncovered rest with the step it takes.
   *
   * @param step the step
   * @param claim the instrument, for {@link Step#INSTRUMENT}; null for the rest
   * @param kwh whole kWh of the part
   * @param fraction the part's kWh over the line's consumed kWh
   */
  public record Part(Step step, ContractualClaims.Claim claim, long kwh, double fraction) {}

  /** The sentence a line at the residual mix carries where market-based exceeds location-based. */
  public static final String EXCESS =
      "market-based exceeds location-based here because the residual mix is above the grid"
          + " average: it leaves out the renewable and other attributes claimed by their buyers,"
          + " so what remains unclaimed is more carbon-intensive (GHG Protocol Scope 2 Guidance)";

  private MarketBasedHierarchy() {}

  /**
   * Splits a line's consumed kWh: each claim in order covers its kWh, at most what is left of the
   * line; then one part for the uncovered rest, if any, at {@code rest}.
   *
   * @param consumedKwh the line's kWh, more than 0
   * @param claims the instruments claimed for the line
   * @param rest the step the uncovered rest takes (see {@link #afterInstruments})
   */
  public static List<Part> split(
      long consumedKwh, List<ContractualClaims.Claim> claims, Step rest) {
    if (consumedKwh <= 0) {
      throw new IllegalArgumentException("a line to split consumes more than 0 kWh");
    }
    List<Part> parts = new ArrayList<>(claims.size() + 1);
    long left = consumedKwh;
    for (ContractualClaims.Claim c : claims) {
      long kwh = Math.min(left, Math.max(0, c.kwh()));
      if (kwh > 0) {
        parts.add(new Part(Step.INSTRUMENT, c, kwh, (double) kwh / consumedKwh));
        left -= kwh;
      }
    }
    if (left > 0) {
      parts.add(new Part(rest, null, left, (double) left / consumedKwh));
    }
    return parts;
  }

  /**
   * The step for what instruments leave: the supplier's specific rate where the line has one, else
   * the residual mix where one applies (asked only then), else the grid average.
   */
  public static Step afterInstruments(boolean supplierRate, BooleanSupplier residualMix) {
    if (supplierRate) {
      return Step.SUPPLIER_SPECIFIC;
    }
    return residualMix.getAsBoolean() ? Step.RESIDUAL_MIX : Step.GRID_AVERAGE;
  }

  /**
   * Whether a line says {@link #EXCESS}: it took the residual mix for some part, and its
   * market-based mass is above its location-based one.
   */
  public static boolean exceedsByResidualMix(
      boolean residualMixUsed, double marketMass, double locationMass) {
    return residualMixUsed && marketMass > locationMass;
  }
}
