package org.scopeplus.core.instrument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The contractual instruments of a company and their allocation to consumption, under the GHG
 * Protocol Scope 2 Quality Criteria: each MWh and each serial is claimed once (criterion 2), an
 * instrument is used within its market boundary (criterion 5) and its vintage (criterion 4: here,
 * generation in the calendar year of the consumption). Partial coverage of a line is normal.
 * Immutable: a change gives a new registry.
 *
 * <p>Market-based Scope 2 follows the hierarchy of the Scope 2 Guidance (table 6.3) line by line:
 * the allocated instruments at their emission rate, then the supplier's specific rate, then the
 * residual mix, then the location-based grid average, the choice named in the trace.
 */
public final class InstrumentRegistry {

  private static final double EPSILON = 1e-6;

  private final List<Instrument> instruments;
  private final List<Consumption> consumption;
  private final List<Allocation> allocations;

  public InstrumentRegistry(
      List<Instrument> instruments, List<Consumption> consumption, List<Allocation> allocations) {
    this.instruments = List.copyOf(instruments);
    this.consumption = List.copyOf(consumption);
    this.allocations = List.copyOf(allocations);
  }

  public List<Instrument> instruments() {
    return instruments;
  }

  public List<Allocation> allocations() {
    return allocations;
  }

  /** Registers an instrument; refused when its serials are another's or it is malformed. */
  public InstrumentOutcome<Instrument> register(Instrument i) {
    Optional<String> wrong = i.refusal();
    if (wrong.isPresent()) {
      return new InstrumentOutcome.Refused<>(wrong.get());
    }
    for (Instrument o : instruments) {
      if (o.id().equals(i.id())) {
        return new InstrumentOutcome.Refused<>("instrument " + i.id() + " exists already");
      }
      if (o.overlaps(i)) {
        return new InstrumentOutcome.Refused<>(
            "serials "
                + i.serialBlock()
                + " "
                + i.serialFirst()
                + "-"
                + i.serialLast()
                + " overlap instrument "
                + o.id()
                + ": a certificate is claimed once (Scope 2 Quality Criterion 2)");
      }
    }
    List<Instrument> next = new ArrayList<>(instruments);
    next.add(i);
    return new InstrumentOutcome.Done<>(i, new InstrumentRegistry(next, consumption, allocations));
  }

  /** MWh of the instrument not yet allocated. */
  public double remaining(String instrumentId) {
    Instrument i = find(instrumentId).orElseThrow();
    double used = 0;
    for (Allocation a : allocations) {
      if (a.instrumentId().equals(instrumentId)) {
        used += a.mwh();
      }
    }
    return i.mwh() - used;
  }

  /** MWh of the line covered by allocations so far. */
  public double covered(Consumption line) {
    double c = 0;
    for (Allocation a : allocations) {
      if (a.facility().equals(line.facility()) && a.month().equals(line.month())) {
        c += a.mwh();
      }
    }
    return c;
  }

  /** Allocates MWh of an instrument to a facility's month, explicitly; refused with the reason. */
  public InstrumentOutcome<Allocation> allocate(Allocation a) {
    Optional<Instrument> found = find(a.instrumentId());
    if (found.isEmpty()) {
      return new InstrumentOutcome.Refused<>("no instrument " + a.instrumentId());
    }
    Instrument i = found.get();
    Optional<Consumption> line =
        consumption.stream()
            .filter(c -> c.facility().equals(a.facility()) && c.month().equals(a.month()))
            .findFirst();
    if (line.isEmpty()) {
      return new InstrumentOutcome.Refused<>(
          "no consumption of " + a.facility() + " in " + a.month() + " to claim against");
    }
    if (!(a.mwh() > 0)) {
      return new InstrumentOutcome.Refused<>("an allocation claims more than 0 MWh");
    }
    Consumption c = line.get();
    if (!i.inMarket(c.region())) {
      return new InstrumentOutcome.Refused<>(
          "instrument "
              + i.id()
              + " is for the market "
              + i.marketBoundary()
              + "; "
              + c.facility()
              + " consumes in "
              + c.region()
              + ", outside it (Scope 2 Quality Criterion 5)");
    }
    if (!i.inVintage(c.month())) {
      return new InstrumentOutcome.Refused<>(
          "instrument "
              + i.id()
              + " was generated "
              + i.generatedFrom()
              + " to "
              + i.generatedTo()
              + ", outside "
              + c.month().getYear()
              + ", the year of the consumption (Scope 2 Quality Criterion 4)");
    }
    double left = remaining(i.id());
    if (a.mwh() > left + EPSILON) {
      return new InstrumentOutcome.Refused<>(
          "instrument "
              + i.id()
              + " has "
              + mwh(left)
              + " MWh left; "
              + mwh(a.mwh())
              + " MWh cannot be claimed: a MWh is claimed once (Scope 2 Quality Criterion 2)");
    }
    double open = c.mwh() - covered(c);
    if (a.mwh() > open + EPSILON) {
      return new InstrumentOutcome.Refused<>(
          c.facility()
              + " consumed "
              + mwh(c.mwh())
              + " MWh in "
              + c.month()
              + ", of which "
              + mwh(c.mwh() - open)
              + " MWh are covered already; "
              + mwh(a.mwh())
              + " MWh more cannot be");
    }
    List<Allocation> next = new ArrayList<>(allocations);
    next.add(a);
    return new InstrumentOutcome.Done<>(a, new InstrumentRegistry(instruments, consumption, next));
  }

  /**
   * First-fit allocation, the documented rule: consumption lines in order of month then facility;
   * for each, the instruments usable there (market boundary and vintage) in order of generation
   * start then id, each giving what it has left until the line is covered.
   */
  public InstrumentRegistry firstFit() {
    InstrumentRegistry r = this;
    List<Consumption> lines = new ArrayList<>(consumption);
    lines.sort(Comparator.comparing(Consumption::month).thenComparing(Consumption::facility));
    List<Instrument> order = new ArrayList<>(instruments);
    order.sort(Comparator.comparing(Instrument::generatedFrom).thenComparing(Instrument::id));
    for (Consumption c : lines) {
      for (Instrument i : order) {
        double open = c.mwh() - r.covered(c);
        if (open <= EPSILON) {
          break;
        }
        if (!i.inMarket(c.region()) || !i.inVintage(c.month())) {
          continue;
        }
        double take = Math.min(open, r.remaining(i.id()));
        if (take > EPSILON) {
          InstrumentOutcome<Allocation> o =
              r.allocate(new Allocation(i.id(), c.facility(), c.month(), take));
          r = ((InstrumentOutcome.Done<Allocation>) o).registry();
        }
      }
    }
    return r;
  }

  /** Each consumption line by both methods, market-based by the hierarchy. */
  public List<MarketBasedLine> scope2() {
    List<MarketBasedLine> out = new ArrayList<>();
    for (Consumption c : consumption) {
      double coveredMwh = 0;
      double instrumentKg = 0;
      StringBuilder trace = new StringBuilder();
      for (Allocation a : allocations) {
        if (a.facility().equals(c.facility()) && a.month().equals(c.month())) {
          Instrument i = find(a.instrumentId()).orElseThrow();
          coveredMwh += a.mwh();
          instrumentKg += a.mwh() * i.emissionRateKgPerMwh();
          trace.append(
              String.format(
                  Locale.ROOT,
                  "%s MWh: instrument %s (%s, %s) at %s kg/MWh; ",
                  mwh(a.mwh()),
                  i.id(),
                  i.kind().label(),
                  i.technology(),
                  mwh(i.emissionRateKgPerMwh())));
        }
      }
      double rest = Math.max(0, c.mwh() - coveredMwh);
      double factor;
      String step;
      if (c.supplierKgPerMwh() != null) {
        factor = c.supplierKgPerMwh();
        step = "supplier-specific emission rate";
      } else if (c.residualMixKgPerMwh() != null) {
        factor = c.residualMixKgPerMwh();
        step = "residual mix";
      } else {
        factor = c.locationKgPerMwh();
        step = "location-based grid average (no supplier rate or residual mix)";
      }
      if (rest > 0) {
        trace.append(
            String.format(Locale.ROOT, "%s MWh: %s at %s kg/MWh", mwh(rest), step, mwh(factor)));
      }
      long market = Math.round((instrumentKg + rest * factor) * 1000);
      long location = Math.round(c.mwh() * c.locationKgPerMwh() * 1000);
      if (market > location) {
        trace.append(
            String.format(
                Locale.ROOT,
                "; market-based exceeds location-based because the %s (%s kg/MWh) is above the"
                    + " grid average (%s kg/MWh): renewable attributes sold to others leave a"
                    + " dirtier residual mix",
                step,
                mwh(factor),
                mwh(c.locationKgPerMwh())));
      }
      out.add(new MarketBasedLine(c, coveredMwh, location, market, trace.toString()));
    }
    return out;
  }

  /** Renewable MWh claimed over MWh consumed, for the lines of {@code orgUnit} and below it. */
  public RenewableShare renewableShare() {
    RenewableShare share = new RenewableShare();
    for (Consumption c : consumption) {
      double green = 0;
      for (Allocation a : allocations) {
        if (a.facility().equals(c.facility())
            && a.month().equals(c.month())
            && find(a.instrumentId()).orElseThrow().renewable()) {
          green += a.mwh();
        }
      }
      share.add(c.orgUnit(), c.month().getYear(), green, true);
      share.add(c.orgUnit(), c.month().getYear(), Math.max(0, c.mwh() - green), false);
    }
    return share;
  }

  private Optional<Instrument> find(String id) {
    return instruments.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  private static String mwh(double v) {
    return v == Math.rint(v)
        ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%,.3f", v);
  }
}
