package org.scopeplus.flink.scope3plus;

import org.scopeplus.core.scope3plus.UtcCalendar;

/**
 * Keyed by aggregate cell (programme, action, region, month): sums events, grams and weak grams
 * with exact long addition and emits the cell when the input ends. An addition that would overflow
 * throws {@link ArithmeticException} and fails the job rather than emit a wrapped sum.
 */
final class SummingCells extends SummingToTheEnd<ValidEvent> {

  SummingCells() {
    super("cell");
  }

  /** The key of an event's cell; each part is length-prefixed so no two cells share a key. */
  static String key(ValidEvent e) {
    String month = month(e);
    return e.programme.length()
        + ":"
        + e.programme
        + e.action.length()
        + ":"
        + e.action
        + e.region.length()
        + ":"
        + e.region
        + month;
  }

  private static String month(ValidEvent e) {
    return UtcCalendar.monthText(UtcCalendar.monthIndex(e.day));
  }

  @Override
  ResultLine start(ValidEvent e) {
    return ResultLine.aggregate(e.programme, e.action, e.region, month(e), 0);
  }

  @Override
  void add(ResultLine cell, ValidEvent e) {
    cell.events = Math.addExact(cell.events, 1);
    cell.grams = Math.addExact(cell.grams, e.grams);
    cell.weakGrams = Math.addExact(cell.weakGrams, e.weak ? e.grams : 0);
  }
}
