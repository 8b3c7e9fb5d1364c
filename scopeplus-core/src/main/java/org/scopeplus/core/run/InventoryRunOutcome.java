package org.scopeplus.core.run;

import java.util.List;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.core.problem.Problem;

/** What a calculation run gave: an inventory, or the problems that refused it. */
public sealed interface InventoryRunOutcome {

  /** Every record was calculated: the inventory with its manifest, totals and breakdowns. */
  record Calculated(Inventory inventory) implements InventoryRunOutcome {}

  /**
   * The run was refused: no inventory.
   *
   * @param problems the first problems found, in source order (at most a {@link
   *     org.scopeplus.core.problem.ProblemTally}'s limit)
   * @param problemCount how many problems there were in all
   */
  record Refused(List<Problem> problems, long problemCount) implements InventoryRunOutcome {
    public Refused {
      problems = List.copyOf(problems);
    }
  }
}
