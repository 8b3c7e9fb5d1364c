package org.scopeplus.io.run;

import java.util.List;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.run.InventoryRunOutcome;

/**
 * The result of an inventory job: the core run's outcome ({@link InventoryRunOutcome}) as the
 * commands and the service read it, an inventory (and its lines when asked), or the problems that
 * stopped it. All or nothing: with any problem there is no inventory.
 *
 * @param inventory the inventory, or null
 * @param lines every result line when the request kept them, else empty
 * @param problems the first problems found (at most a {@link
 *     org.scopeplus.core.problem.ProblemTally}'s limit)
 * @param problemCount how many problems there were in all
 */
public record InventoryOutcome(
    Inventory inventory, List<ResultLine> lines, List<Problem> problems, long problemCount) {
  /**
   * The outcome of a core run, with the lines the job kept ({@code lines} when it is calculated).
   */
  public static InventoryOutcome of(InventoryRunOutcome outcome, List<ResultLine> lines) {
    if (outcome instanceof InventoryRunOutcome.Calculated c) {
      return new InventoryOutcome(c.inventory(), List.copyOf(lines), List.of(), 0);
    }
    InventoryRunOutcome.Refused r = (InventoryRunOutcome.Refused) outcome;
    return new InventoryOutcome(null, List.of(), r.problems(), r.problemCount());
  }

  public boolean ok() {
    return inventory != null;
  }
}
