package org.scopeplus.io.run;

import java.util.List;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.core.problem.Problem;

/**
 * The result of an inventory job: an inventory (and its lines when asked), or the problems that
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
  public boolean ok() {
    return inventory != null;
  }
}
