package org.scopeplus.core.calculation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.scopeplus.core.activity.Period;

/**
 * The contractual instruments allocated to each facility's electricity by month, as a calculation
 * run applies them to activity records (GHG Protocol Scope 2 Guidance, table 6.3: instruments come
 * first in the market-based hierarchy). The instrument registry made the allocations and refused
 * double claims, wrong market boundaries and vintages; here they are only read.
 *
 * <p>The rule a run follows: the registry's consumption line is the facility's electricity in the
 * month, and each record of that facility whose period touches the month takes, of its own
 * quantity, the share each instrument covers of the line ({@code claimed kWh / consumed kWh}); the
 * rest goes down the hierarchy (supplier rate, residual mix, grid average). A record spanning
 * several months takes the months' kWh together. So the records of a facility and month, summed,
 * are covered for exactly the kWh claimed when they add up to the registry's line.
 */
public final class ContractualClaims {

  /**
   * No registry: market-based Scope 2 of every record goes down the rest of the hierarchy, and a
   * record naming an instrument in its own {@code instrument} column is counted at zero on its word
   * (the legacy path, docs/management.md).
   */
  public static final ContractualClaims NONE = new ContractualClaims(Map.of(), false);

  /**
   * A registry that allocates nothing: no record is covered, and a record naming an instrument in
   * its own column claims nothing by it (only the registry's allocations claim).
   */
  public static final ContractualClaims NO_CLAIM = new ContractualClaims(Map.of(), true);

  /**
   * kWh of one instrument claimed for a facility's month.
   *
   * @param instrumentId the instrument
   * @param description kind and technology, e.g. {@code gec, wind}
   * @param kwh whole kWh claimed
   * @param kgPerMwh the instrument's emission rate, kg CO2e per MWh
   */
  public record Claim(String instrumentId, String description, long kwh, double kgPerMwh) {}

  /**
   * What a record's facility and months have: the kWh consumed by the registry's lines and the
   * claims on them (one entry per instrument, its kWh summed over the months).
   *
   * @param facility the facility
   * @param months the months, e.g. {@code 2025-03} or {@code 2025-01..2025-12}
   * @param consumedKwh kWh of the registry's consumption lines
   * @param claims the instruments claimed, in the order first allocated
   */
  public record Coverage(String facility, String months, long consumedKwh, List<Claim> claims) {

    /** kWh claimed by all the instruments together. */
    public long claimedKwh() {
      long sum = 0;
      for (Claim c : claims) {
        sum = Math.addExact(sum, c.kwh());
      }
      return sum;
    }
  }

  private record Month(long consumedKwh, List<Claim> claims) {}

  private final Map<String, Map<YearMonth, Month>> byFacility;
  private final boolean registry;

  private ContractualClaims(Map<String, Map<YearMonth, Month>> byFacility, boolean registry) {
    this.byFacility = byFacility;
    this.registry = registry;
  }

  /**
   * True when the claims come from an instrument registry (even one that allocates nothing): then
   * only its allocations claim, never the free-text {@code instrument} column of a record.
   */
  public boolean fromRegistry() {
    return registry;
  }

  /** These claims, or {@link #NO_CLAIM} when there are none: the claims of a registry in use. */
  public ContractualClaims ofRegistry() {
    return registry ? this : NO_CLAIM;
  }

  /** Collects the lines and claims of a registry. */
  public static Builder builder() {
    return new Builder();
  }

  /** True when no instrument is claimed anywhere. */
  public boolean isEmpty() {
    return byFacility.isEmpty();
  }

  /**
   * The coverage of a facility over the months a period touches, when any kWh of them is claimed.
   */
  public Optional<Coverage> coverage(String facility, Period period) {
    if (byFacility.isEmpty() || facility.isEmpty()) {
      return Optional.empty();
    }
    Map<YearMonth, Month> months = byFacility.get(facility);
    if (months == null) {
      return Optional.empty();
    }
    YearMonth first = YearMonth.from(period.start());
    YearMonth last = YearMonth.from(period.end());
    long consumed = 0;
    Map<String, Claim> claims = new java.util.LinkedHashMap<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      Month month = months.get(m);
      if (month == null) {
        continue;
      }
      consumed = Math.addExact(consumed, month.consumedKwh());
      for (Claim c : month.claims()) {
        claims.merge(
            c.instrumentId(),
            c,
            (a, b) ->
                new Claim(
                    a.instrumentId(),
                    a.description(),
                    Math.addExact(a.kwh(), b.kwh()),
                    a.kgPerMwh()));
      }
    }
    if (claims.isEmpty() || consumed <= 0) {
      return Optional.empty();
    }
    String label = first.equals(last) ? first.toString() : first + ".." + last;
    return Optional.of(new Coverage(facility, label, consumed, List.copyOf(claims.values())));
  }

  /**
   * Every line and claim as text in facility and month order: what the run's manifest hashes, so
   * that a run names the allocations it applied.
   */
  public String canonical() {
    StringBuilder b = new StringBuilder();
    new TreeMap<>(byFacility)
        .forEach(
            (facility, months) ->
                new TreeMap<>(months)
                    .forEach(
                        (month, m) -> {
                          b.append(facility)
                              .append('|')
                              .append(month)
                              .append('|')
                              .append(m.consumedKwh())
                              .append(" kWh");
                          for (Claim c : m.claims()) {
                            b.append('|')
                                .append(c.instrumentId())
                                .append(' ')
                                .append(c.kwh())
                                .append(" kWh at ")
                                .append(Double.toString(c.kgPerMwh()));
                          }
                          b.append('\n');
                        }));
    return b.toString();
  }

  /** Collects consumption lines and claims; a month without a consumption line is not kept. */
  public static final class Builder {
    private final Map<String, Map<YearMonth, Long>> consumed = new HashMap<>();
    private final Map<String, Map<YearMonth, List<Claim>>> claimed = new HashMap<>();

    private Builder() {}

    /** The kWh a facility consumed in a month, as the registry keeps it. */
    public Builder consumption(String facility, YearMonth month, long kwh) {
      consumed.computeIfAbsent(facility, f -> new HashMap<>()).put(month, kwh);
      return this;
    }

    /** kWh of an instrument claimed for a facility's month. */
    public Builder claim(String facility, YearMonth month, Claim claim) {
      List<Claim> list =
          claimed
              .computeIfAbsent(facility, f -> new HashMap<>())
              .computeIfAbsent(month, m -> new ArrayList<>());
      for (int i = 0; i < list.size(); i++) {
        Claim c = list.get(i);
        if (c.instrumentId().equals(claim.instrumentId())) {
          list.set(
              i,
              new Claim(
                  c.instrumentId(),
                  c.description(),
                  Math.addExact(c.kwh(), claim.kwh()),
                  c.kgPerMwh()));
          return this;
        }
      }
      list.add(claim);
      return this;
    }

    public ContractualClaims build() {
      Map<String, Map<YearMonth, Month>> out = new HashMap<>();
      claimed.forEach(
          (facility, months) ->
              months.forEach(
                  (month, claims) -> {
                    Long kwh = consumed.getOrDefault(facility, Map.of()).get(month);
                    if (kwh != null && kwh > 0) {
                      out.computeIfAbsent(facility, f -> new HashMap<>())
                          .put(month, new Month(kwh, List.copyOf(claims)));
                    }
                  }));
      return out.isEmpty() ? NONE : new ContractualClaims(out, true);
    }
  }
}
