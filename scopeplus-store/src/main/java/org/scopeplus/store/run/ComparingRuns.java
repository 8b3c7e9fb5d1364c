package org.scopeplus.store.run;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scopeplus.core.inventory.Totals;

/**
 * Compares two runs item by item in one dimension, e.g. a run on a new factor library version
 * beside the run it recalculates. Dimension {@code scope} splits the totals by scope.
 */
public final class ComparingRuns {

  private final RunStore runs = new RunStore();

  public List<RunDifference> compare(
      Connection c, CalculationRun before, CalculationRun after, String dimension)
      throws SQLException {
    if (dimension.equals("scope")) {
      Totals b = runs.total(c, before);
      Totals a = runs.total(c, after);
      List<RunDifference> out = new ArrayList<>();
      out.add(scope("scope1", b.scope1(), a.scope1()));
      out.add(scope("scope2-location", b.scope2Location(), a.scope2Location()));
      out.add(scope("scope2-market", b.scope2Market(), a.scope2Market()));
      out.add(scope("scope3", b.scope3(), a.scope3()));
      out.add(scope("biogenic-co2", b.biogenicCo2(), a.biogenicCo2()));
      return out;
    }
    Map<String, Totals[]> items = new TreeMap<>();
    for (ResultRow r : runs.results(c, before, dimension)) {
      items.computeIfAbsent(r.item(), k -> new Totals[] {Totals.ZERO, Totals.ZERO})[0] = r.totals();
    }
    for (ResultRow r : runs.results(c, after, dimension)) {
      items.computeIfAbsent(r.item(), k -> new Totals[] {Totals.ZERO, Totals.ZERO})[1] = r.totals();
    }
    List<RunDifference> out = new ArrayList<>();
    items.forEach(
        (item, t) ->
            out.add(
                new RunDifference(
                    dimension,
                    item,
                    t[0],
                    t[1],
                    t[1].totalLocation() - t[0].totalLocation(),
                    t[1].totalMarket() - t[0].totalMarket())));
    return out;
  }

  private static RunDifference scope(String item, long before, long after) {
    return new RunDifference(
        "scope",
        item,
        new Totals(before, 0, 0, 0, 0, 0),
        new Totals(after, 0, 0, 0, 0, 0),
        after - before,
        after - before);
  }
}
