package org.scopeplus.core.scope3plus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A personal account's statement for one month: the entries, the grams and points of the month per
 * action, and the balance carried in and out.
 *
 * @param actor the pseudonymous actor id
 * @param month {@code yyyy-MM}
 * @param openingGrams grams avoided before the month
 * @param entries the month's entries in date order (events of one day in the order counted)
 * @param gramsByAction grams of the month per action type
 * @param grams grams of the month
 * @param points points of the month, in millionths of a point ({@link Points}), the exact sum of
 *     the entries' points
 * @param closingGrams grams avoided up to the end of the month
 */
public record MonthlyStatement(
    String actor,
    String month,
    long openingGrams,
    List<AccountEntry> entries,
    Map<String, Long> gramsByAction,
    long grams,
    long points,
    long closingGrams) {

  /**
   * The statement of {@code monthIndex} from an actor's whole history, which is in the order the
   * events were counted: an event that arrived late (a trip of the 3rd posted after one of the 5th)
   * is listed at its own date.
   */
  public static MonthlyStatement of(String actor, int monthIndex, List<AccountEntry> history) {
    long opening = 0;
    long grams = 0;
    long points = 0;
    Map<String, Long> byAction = new TreeMap<>();
    List<AccountEntry> month = new ArrayList<>();
    for (AccountEntry e : history) {
      int m = UtcCalendar.monthIndex(e.epochDay());
      if (m < monthIndex) {
        opening = Math.addExact(opening, e.grams());
      } else if (m == monthIndex) {
        month.add(e);
        grams = Math.addExact(grams, e.grams());
        points = Math.addExact(points, e.points());
        byAction.merge(e.action(), e.grams(), Math::addExact);
      }
    }
    return new MonthlyStatement(
        actor,
        UtcCalendar.monthText(monthIndex),
        opening,
        month.stream().sorted(java.util.Comparator.comparingInt(AccountEntry::epochDay)).toList(),
        byAction,
        grams,
        points,
        Math.addExact(opening, grams));
  }
}
