package org.scopeplus.core.instrument;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Hourly matching of electricity with renewable supply (as in 24/7 carbon-free energy): the share
 * of consumption matched by certificates or generation of the same hour and market boundary, beside
 * the same score over the whole year (annual, volumetric matching, as the RE100 share counts it).
 * One rule gives both: supply meets consumption within a period and a market boundary, and only the
 * period differs (an hour, or the year).
 *
 * <p>Within a period, a supply of market {@code CN} may meet consumption in {@code CN} or below it
 * ({@code CN-ZJ}; {@link Instrument#inMarket}). Supplies are taken from the narrowest market to the
 * widest, so a supply that can go to fewer places goes first; as market boundaries nest (a region
 * lies in one country), this matches as much as any allocation could. Energy is whole kWh added
 * exactly; hours are local clock hours of the market as given.
 */
public final class HourlyMatching {

  private HourlyMatching() {}

  /**
   * Electricity of one hour: consumed by a facility in a grid region, or supplied (a certificate's
   * hour, a PPA's or on-site generation's) for a market boundary.
   *
   * @param name the facility or the supply
   * @param region the consumption's grid region, or the supply's market boundary
   * @param hour the hour's start (minutes and seconds zero)
   * @param kwh whole kWh, 0 to {@link Kwh#MAX}
   */
  public record Hour(String name, String region, LocalDateTime hour, long kwh) {
    public Hour {
      if (hour.getMinute() != 0 || hour.getSecond() != 0 || hour.getNano() != 0) {
        throw new IllegalArgumentException(hour + " is not the start of an hour");
      }
      if (kwh < 0 || kwh > Kwh.MAX) {
        throw new IllegalArgumentException(kwh + " kWh is not 0 to " + Kwh.MAX);
      }
    }
  }

  /**
   * A year's scores.
   *
   * @param year the year
   * @param consumedKwh all consumption of the year
   * @param hourlyMatchedKwh consumption met by supply of the same hour and market
   * @param annualMatchedKwh consumption met by supply of the same year and market
   */
  public record Score(int year, long consumedKwh, long hourlyMatchedKwh, long annualMatchedKwh) {

    /** Hourly matched over consumed, or null without consumption. */
    public Double hourlyShare() {
      return consumedKwh == 0 ? null : (double) hourlyMatchedKwh / consumedKwh;
    }

    /** Annually matched over consumed, or null without consumption. */
    public Double annualShare() {
      return consumedKwh == 0 ? null : (double) annualMatchedKwh / consumedKwh;
    }
  }

  /** The scores of every year with consumption. */
  public static SortedMap<Integer, Score> score(List<Hour> consumption, List<Hour> supply) {
    // consumption and supply by period, then by region or market
    Map<LocalDateTime, Map<String, Long>> usedByHour = byPeriod(consumption, false);
    Map<LocalDateTime, Map<String, Long>> suppliedByHour = byPeriod(supply, false);
    Map<LocalDateTime, Map<String, Long>> usedByYear = byPeriod(consumption, true);
    Map<LocalDateTime, Map<String, Long>> suppliedByYear = byPeriod(supply, true);
    SortedMap<Integer, long[]> sums = new TreeMap<>();
    for (var e : usedByHour.entrySet()) {
      long[] s = sums.computeIfAbsent(e.getKey().getYear(), y -> new long[3]);
      for (long kwh : e.getValue().values()) {
        s[0] = Math.addExact(s[0], kwh);
      }
      s[1] =
          Math.addExact(
              s[1], matched(e.getValue(), suppliedByHour.getOrDefault(e.getKey(), Map.of())));
    }
    for (var e : usedByYear.entrySet()) {
      long[] s = sums.computeIfAbsent(e.getKey().getYear(), y -> new long[3]);
      s[2] =
          Math.addExact(
              s[2], matched(e.getValue(), suppliedByYear.getOrDefault(e.getKey(), Map.of())));
    }
    SortedMap<Integer, Score> out = new TreeMap<>();
    sums.forEach((year, s) -> out.put(year, new Score(year, s[0], s[1], s[2])));
    return out;
  }

  private static Map<LocalDateTime, Map<String, Long>> byPeriod(List<Hour> hours, boolean year) {
    Map<LocalDateTime, Map<String, Long>> out = new HashMap<>();
    for (Hour h : hours) {
      LocalDateTime period = year ? LocalDateTime.of(h.hour().getYear(), 1, 1, 0, 0) : h.hour();
      out.computeIfAbsent(period, p -> new HashMap<>()).merge(h.region(), h.kwh(), Math::addExact);
    }
    return out;
  }

  /**
   * kWh of {@code used} (by grid region) that {@code supplied} (by market boundary) meets in one
   * period: markets from the narrowest (most {@code -} segments) to the widest, each meeting what
   * is left in the regions within it.
   */
  static long matched(Map<String, Long> used, Map<String, Long> supplied) {
    Map<String, Long> left = new TreeMap<>(used);
    List<String> markets = new ArrayList<>(supplied.keySet());
    markets.sort(
        Comparator.comparingInt((String m) -> m.split("-", -1).length)
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    long matched = 0;
    for (String market : markets) {
      long supply = supplied.get(market);
      for (Map.Entry<String, Long> region : left.entrySet()) {
        if (supply == 0) {
          break;
        }
        String r = region.getKey();
        if (!(r.equals(market) || r.startsWith(market + "-"))) {
          continue;
        }
        long take = Math.min(supply, region.getValue());
        region.setValue(region.getValue() - take);
        supply -= take;
        matched = Math.addExact(matched, take);
      }
    }
    return matched;
  }
}
