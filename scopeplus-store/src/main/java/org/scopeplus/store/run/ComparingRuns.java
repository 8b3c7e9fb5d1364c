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
 * beside the run it recalculates. Dimension {@code scope} splits the totals by scope. Differences
 * are exact: a difference beyond the range of {@code long} (two runs of opposite sign near 9.2e18 g
 * each) throws rather than wraps.
 */
public final class ComparingRuns {

  private final RunStore runs = new RunStore();

  public List<RunDifference> compare(
      Connection c, CalculationRun before, CalculationRun after, String dimension)
      throws SQLException {
    if (dimension.equals("scope")) {
      Totals b = runs.total(c, before);
      Totals a = runs.total(c, after);
      return List.of(
          scope(
              "scope1",
              new Totals(b.scope1(), 0, 0, 0, 0, 0),
              new Totals(a.scope1(), 0, 0, 0, 0, 0)),
          scope(
              "scope2-location",
              new Totals(0, b.scope2Location(), 0, 0, 0, 0),
              new Totals(0, a.scope2Location(), 0, 0, 0, 0)),
          scope(
              "scope2-market",
              new Totals(0, 0, b.scope2Market(), 0, 0, 0),
              new Totals(0, 0, a.scope2Market(), 0, 0, 0)),
          scope(
              "scope3",
              new Totals(0, 0, 0, b.scope3(), 0, 0),
              new Totals(0, 0, 0, a.scope3(), 0, 0)),
          scope(
              "biogenic-co2",
              new Totals(0, 0, 0, 0, b.biogenicCo2(), 0),
              new Totals(0, 0, 0, 0, a.biogenicCo2(), 0)));
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
                    Math.subtractExact(t[1].totalLocation(), t[0].totalLocation()),
                    Math.subtractExact(t[1].totalMarket(), t[0].totalMarket()))));
    return out;
  }

  /** One scope's difference; both differences are that scope's grams after minus before. */
  private static RunDifference scope(String item, Totals before, Totals after) {
    long b = sum(before);
    long a = sum(after);
    long difference = Math.subtractExact(a, b);
    return new RunDifference("scope", item, before, after, difference, difference);
  }

  private static long sum(Totals t) {
    long s = Math.addExact(t.scope1(), t.scope2Location());
    s = Math.addExact(s, t.scope2Market());
    s = Math.addExact(s, t.scope3());
    return Math.addExact(s, t.biogenicCo2());
  }
}
