package org.scopeplus.flink.scope3plus;

import java.util.HashMap;
import org.scopeplus.core.scope3plus.Claiming;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.MethodologyCatalog;

/**
 * Keyed by action: adds the grams of the action's aggregate cells and, when the input ends, gives
 * its attributed grams by the rule of the embedded ledger ({@link Claiming#attributed}: the
 * action's grams x its methodology's attribution share, rounded once, half-even), which the totals
 * then add up. An action without a methodology in the catalog is attributed in full.
 */
final class SummingActions extends SummingToTheEnd<ResultLine> {

  private final HashMap<String, Double> shares = new HashMap<>();

  SummingActions(MethodologyCatalog catalog) {
    super("actions");
    for (Methodology m : catalog.methodologies()) {
      shares.put(m.action(), m.claiming().attributionShare());
    }
  }

  @Override
  ResultLine start(ResultLine first) {
    return ResultLine.action(first.action);
  }

  @Override
  void add(ResultLine sum, ResultLine cell) {
    sum.grams = Math.addExact(sum.grams, cell.grams);
  }

  @Override
  void finish(ResultLine sum) {
    Double share = shares.get(sum.action);
    sum.attributedGrams =
        share == null
            ? sum.grams
            : new Claiming(sum.action, Claiming.RecyclingSide.NONE, "", "", share)
                .attributed(sum.grams);
  }
}
