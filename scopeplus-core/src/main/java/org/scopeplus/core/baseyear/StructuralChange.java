package org.scopeplus.core.baseyear;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A change to the reporting company since its base year, and what it does to the base-year total
 * (GHG Protocol Corporate Standard, chapter 5, "Recalculating base year emissions"): emissions that
 * move into or out of the company with a facility or an activity move its base year with them,
 * while real changes of the emissions themselves leave the base year alone. The total concerned is
 * the one the significance test compares, Scope 1 + Scope 2 (location-based) + Scope 3.
 */
public sealed interface StructuralChange {

  /** The facility, business unit or activity concerned, in the user's words. */
  String what();

  /**
   * Grams CO2e this change adds to (positive) or removes from (negative) the base-year total; zero
   * when it calls for no recalculation.
   */
  long baseYearEffect();

  /** The base-year total recalculated for the changes, before the significance test. */
  static long recalculate(long baseYearGrams, List<? extends StructuralChange> changes) {
    long total = baseYearGrams;
    for (StructuralChange change : changes) {
      total = Math.addExact(total, change.baseYearEffect());
    }
    return total;
  }

  /**
   * A facility or business unit bought from another company. Its base-year emissions join the base
   * year; one that did not exist in the base year adds nothing, as its emissions since are growth
   * the company reports from then on.
   *
   * @param emissionsInBaseYear its emissions in the base year, grams CO2e; empty when it did not
   *     exist then
   */
  record Acquisition(String what, OptionalLong emissionsInBaseYear) implements StructuralChange {
    public Acquisition {
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(emissionsInBaseYear, "emissionsInBaseYear");
    }

    @Override
    public long baseYearEffect() {
      return emissionsInBaseYear.orElse(0);
    }
  }

  /**
   * A facility or business unit sold to another company: its base-year emissions leave the base
   * year; one that did not exist in the base year takes nothing with it.
   *
   * @param emissionsInBaseYear its emissions in the base year, grams CO2e; empty when it did not
   *     exist then
   */
  record Divestment(String what, OptionalLong emissionsInBaseYear) implements StructuralChange {
    public Divestment {
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(emissionsInBaseYear, "emissionsInBaseYear");
    }

    @Override
    public long baseYearEffect() {
      return -emissionsInBaseYear.orElse(0);
    }
  }

  /**
   * An activity the company did itself (Scope 1 or 2) and now buys from another company. When the
   * company reports the Scope 3 category the activity moves to, the total compared stays the same
   * (the emissions change scope only); when it does not, they leave the base year.
   *
   * @param emissionsInBaseYear the activity's base-year emissions, grams CO2e
   * @param reportedInScope3 whether the company reports the Scope 3 category it moves to
   */
  record Outsourcing(String what, long emissionsInBaseYear, boolean reportedInScope3)
      implements StructuralChange {
    public Outsourcing {
      Objects.requireNonNull(what, "what");
    }

    @Override
    public long baseYearEffect() {
      return reportedInScope3 ? 0 : -emissionsInBaseYear;
    }
  }

  /**
   * An activity the company bought from another company and now does itself (Scope 1 or 2). When
   * the company reported the Scope 3 category it comes from, the total compared stays the same;
   * when it did not, its base-year emissions join the base year.
   *
   * @param emissionsInBaseYear the activity's base-year emissions, grams CO2e
   * @param reportedInScope3 whether the company reported the Scope 3 category it comes from
   */
  record Insourcing(String what, long emissionsInBaseYear, boolean reportedInScope3)
      implements StructuralChange {
    public Insourcing {
      Objects.requireNonNull(what, "what");
    }

    @Override
    public long baseYearEffect() {
      return reportedInScope3 ? 0 : emissionsInBaseYear;
    }
  }

  /**
   * Organic growth or decline: more or less output, a site opened or closed by the company itself.
   * It is a real change of emissions, never a reason to recalculate the base year.
   *
   * @param change the change of annual emissions since the base year, grams CO2e (for the record)
   */
  record OrganicGrowth(String what, long change) implements StructuralChange {
    public OrganicGrowth {
      Objects.requireNonNull(what, "what");
    }

    @Override
    public long baseYearEffect() {
      return 0;
    }
  }
}
