package org.scopeplus.core.instrument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scopeplus.core.calculation.ContractualClaims;
import org.scopeplus.core.calculation.Grams;
import org.scopeplus.core.calculation.MarketBasedHierarchy;

/**
 * The contractual instruments of a company and their allocation to consumption, under the GHG
 * Protocol Scope 2 Quality Criteria: each MWh and each serial is claimed once (criterion 2), an
 * instrument is used within its market boundary (criterion 5) and its vintage (criterion 4: here,
 * generation in the calendar year of the consumption). Partial coverage of a line is normal. Energy
 * is whole kWh in {@code long} ({@link Kwh}), compared and added exactly, so no tolerance lets a
 * claim exceed what an instrument conveys or a line consumed. Immutable: a change gives a new
 * registry.
 *
 * <p>Market-based Scope 2 follows the hierarchy of the Scope 2 Guidance (table 6.3) line by line,
 * by the one rule the calculation engine follows too ({@link MarketBasedHierarchy}): the allocated
 * instruments at their emission rate, then the supplier's specific rate, then the residual mix,
 * then the location-based grid average, the choice named in the trace.
 */
public final class InstrumentRegistry {

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

  public List<Consumption> consumption() {
    return consumption;
  }

  /** The line kept for the facility's month, if any. */
  public Optional<Consumption> line(String facility, java.time.YearMonth month) {
    return consumption.stream()
        .filter(c -> c.facility().equals(facility) && c.month().equals(month))
        .findFirst();
  }

  /**
   * Records a facility's consumption in a month, replacing the line kept for it; refused when the
   * line is out of range or when the kWh claimed for it already exceed the new amount.
   */
  public InstrumentOutcome<Consumption> consume(Consumption line) {
    Optional<String> wrong = line.refusal();
    if (wrong.isPresent()) {
      return new InstrumentOutcome.Refused<>(wrong.get());
    }
    long covered = covered(line);
    if (covered > line.kwh()) {
      return new InstrumentOutcome.Refused<>(
          line.facility()
              + " in "
              + line.month()
              + " has "
              + Kwh.mwh(covered)
              + " MWh claimed already; its consumption cannot fall to "
              + Kwh.mwh(line.kwh())
              + " MWh");
    }
    List<Consumption> next = new ArrayList<>();
    for (Consumption c : consumption) {
      if (!(c.facility().equals(line.facility()) && c.month().equals(line.month()))) {
        next.add(c);
      }
    }
    next.add(line);
    return new InstrumentOutcome.Done<>(
        line, new InstrumentRegistry(instruments, next, allocations));
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

  /** kWh of the instrument not yet allocated. */
  public long remaining(String instrumentId) {
    Instrument i = find(instrumentId).orElseThrow();
    long used = 0;
    for (Allocation a : allocations) {
      if (a.instrumentId().equals(instrumentId)) {
        used = Math.addExact(used, a.kwh());
      }
    }
    return i.kwh() - used;
  }

  /** kWh of the line covered by allocations so far. */
  public long covered(Consumption line) {
    long c = 0;
    for (Allocation a : allocations) {
      if (a.facility().equals(line.facility()) && a.month().equals(line.month())) {
        c = Math.addExact(c, a.kwh());
      }
    }
    return c;
  }

  /** Allocates kWh of an instrument to a facility's month, explicitly; refused with the reason. */
  public InstrumentOutcome<Allocation> allocate(Allocation a) {
    Optional<Instrument> found = find(a.instrumentId());
    if (found.isEmpty()) {
      return new InstrumentOutcome.Refused<>("no instrument " + a.instrumentId());
    }
    Instrument i = found.get();
    Optional<Consumption> line = line(a.facility(), a.month());
    if (line.isEmpty()) {
      return new InstrumentOutcome.Refused<>(
          "no consumption of " + a.facility() + " in " + a.month() + " to claim against");
    }
    if (a.kwh() <= 0 || a.kwh() > Kwh.MAX) {
      return new InstrumentOutcome.Refused<>(
          "an allocation claims more than 0 and at most " + Kwh.mwh(Kwh.MAX) + " MWh");
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
    long left = remaining(i.id());
    if (a.kwh() > left) {
      return new InstrumentOutcome.Refused<>(
          "instrument "
              + i.id()
              + " has "
              + Kwh.mwh(left)
              + " MWh left; "
              + Kwh.mwh(a.kwh())
              + " MWh cannot be claimed: a MWh is claimed once (Scope 2 Quality Criterion 2)");
    }
    long open = c.kwh() - covered(c);
    if (a.kwh() > open) {
      return new InstrumentOutcome.Refused<>(
          c.facility()
              + " consumed "
              + Kwh.mwh(c.kwh())
              + " MWh in "
              + c.month()
              + ", of which "
              + Kwh.mwh(c.kwh() - open)
              + " MWh are covered already; "
              + Kwh.mwh(a.kwh())
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
        long open = c.kwh() - r.covered(c);
        if (open <= 0) {
          break;
        }
        if (!i.inMarket(c.region()) || !i.inVintage(c.month())) {
          continue;
        }
        long take = Math.min(open, r.remaining(i.id()));
        if (take > 0) {
          InstrumentOutcome<Allocation> o =
              r.allocate(new Allocation(i.id(), c.facility(), c.month(), take));
          r = ((InstrumentOutcome.Done<Allocation>) o).registry();
        }
      }
    }
    return r;
  }

  /**
   * Each consumption line by both methods, market-based by the hierarchy ({@link
   * MarketBasedHierarchy}, the rule the calculation engine follows too): the line split into the
   * kWh each allocated instrument covers and the rest, which takes the supplier's rate, else the
   * residual mix, else the grid average. Emission rates in kg CO2e/MWh are grams per kWh, so a
   * part's grams are its kWh times its rate, computed in {@code double} and rounded once to whole
   * grams ({@link Grams}), part by part as the engine rounds its lines.
   */
  public List<MarketBasedLine> scope2() {
    List<MarketBasedLine> out = new ArrayList<>();
    for (Consumption c : consumption) {
      long location = Grams.rounded((double) c.kwh() * c.locationKgPerMwh());
      if (location == Grams.REFUSED) {
        throw beyond(c);
      }
      if (c.kwh() == 0) {
        out.add(new MarketBasedLine(c, 0, 0, 0, "0 MWh consumed"));
        continue;
      }
      MarketBasedHierarchy.Step restStep =
          MarketBasedHierarchy.afterInstruments(
              c.supplierKgPerMwh() != null, () -> c.residualMixKgPerMwh() != null);
      double restRate =
          switch (restStep) {
            case SUPPLIER_SPECIFIC -> c.supplierKgPerMwh();
            case RESIDUAL_MIX -> c.residualMixKgPerMwh();
            default -> c.locationKgPerMwh();
          };
      long coveredKwh = 0;
      long market = 0;
      double marketMass = 0;
      List<String> trace = new ArrayList<>();
      for (MarketBasedHierarchy.Part p : MarketBasedHierarchy.split(c.kwh(), claims(c), restStep)) {
        double rate = p.claim() != null ? p.claim().kgPerMwh() : restRate;
        long grams = Grams.rounded((double) p.kwh() * rate);
        if (grams == Grams.REFUSED) {
          throw beyond(c);
        }
        market = Math.addExact(market, grams);
        marketMass += (double) p.kwh() * rate;
        if (p.claim() != null) {
          coveredKwh = Math.addExact(coveredKwh, p.kwh());
          trace.add(
              String.format(
                  Locale.ROOT,
                  "%s MWh: instrument %s (%s) at %s kg/MWh",
                  Kwh.mwh(p.kwh()),
                  p.claim().instrumentId(),
                  p.claim().description(),
                  rate(rate)));
        } else {
          trace.add(
              String.format(
                  Locale.ROOT,
                  "%s MWh: %s at %s kg/MWh",
                  Kwh.mwh(p.kwh()),
                  p.step().label(),
                  rate(rate)));
        }
      }
      String text = String.join("; ", trace);
      if (MarketBasedHierarchy.exceedsByResidualMix(
          restStep == MarketBasedHierarchy.Step.RESIDUAL_MIX,
          marketMass,
          (double) c.kwh() * c.locationKgPerMwh())) {
        text +=
            String.format(
                Locale.ROOT,
                "; the residual mix is %s kg/MWh and the grid average %s kg/MWh: %s",
                rate(restRate),
                rate(c.locationKgPerMwh()),
                MarketBasedHierarchy.EXCESS);
      }
      out.add(new MarketBasedLine(c, coveredKwh, location, market, text));
    }
    return out;
  }

  /** The claims on a consumption line, one per instrument, in the order first allocated. */
  private List<ContractualClaims.Claim> claims(Consumption c) {
    java.util.Map<String, ContractualClaims.Claim> byInstrument = new java.util.LinkedHashMap<>();
    for (Allocation a : allocations) {
      if (a.facility().equals(c.facility()) && a.month().equals(c.month())) {
        Instrument i = find(a.instrumentId()).orElseThrow();
        byInstrument.merge(
            i.id(), claim(i, a.kwh()), (x, y) -> claim(i, Math.addExact(x.kwh(), y.kwh())));
      }
    }
    return List.copyOf(byInstrument.values());
  }

  private static ContractualClaims.Claim claim(Instrument i, long kwh) {
    return new ContractualClaims.Claim(
        i.id(), i.kind().label() + ", " + i.technology(), kwh, i.emissionRateKgPerMwh());
  }

  private static IllegalStateException beyond(Consumption c) {
    return new IllegalStateException(
        c.key() + ": " + Kwh.mwh(c.kwh()) + " MWh at its factors is beyond one line's grams");
  }

  /**
   * The allocations as a calculation run applies them ({@link
   * org.scopeplus.core.calculation.CalculationOptions#withClaims}): per facility and month the kWh
   * consumed and each instrument's kWh claimed with its emission rate.
   */
  public ContractualClaims claims() {
    ContractualClaims.Builder b = ContractualClaims.builder();
    for (Consumption c : consumption) {
      b.consumption(c.facility(), c.month(), c.kwh());
    }
    for (Allocation a : allocations) {
      Instrument i = find(a.instrumentId()).orElseThrow();
      b.claim(a.facility(), a.month(), claim(i, a.kwh()));
    }
    return b.build();
  }

  /**
   * kWh of renewable instruments (RE100's renewable energy attribute claims) allocated to a
   * facility's electricity in a month, added exactly; 0 when none.
   */
  public long renewableKwh(String facility, java.time.YearMonth month) {
    long green = 0;
    for (Allocation a : allocations) {
      if (a.facility().equals(facility)
          && a.month().equals(month)
          && find(a.instrumentId()).orElseThrow().renewable()) {
        green = Math.addExact(green, a.kwh());
      }
    }
    return green;
  }

  /**
   * Renewable kWh claimed and kWh consumed of every line, by org unit (each unit including the
   * units below it) and month.
   */
  public RenewableShare renewableShare() {
    RenewableShare share = new RenewableShare();
    for (Consumption c : consumption) {
      long green = renewableKwh(c.facility(), c.month());
      share.add(c.orgUnit(), c.month(), green, true);
      share.add(c.orgUnit(), c.month(), Math.max(0, c.kwh() - green), false);
    }
    return share;
  }

  private Optional<Instrument> find(String id) {
    return instruments.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  private static String rate(double v) {
    return v == Math.rint(v)
        ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%,.3f", v);
  }
}
