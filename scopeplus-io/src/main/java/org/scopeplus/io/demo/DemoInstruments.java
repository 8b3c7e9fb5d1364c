package org.scopeplus.io.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scopeplus.core.instrument.Allocation;
import org.scopeplus.core.instrument.Consumption;
import org.scopeplus.core.instrument.Instrument;
import org.scopeplus.core.instrument.InstrumentKind;
import org.scopeplus.core.instrument.InstrumentOutcome;
import org.scopeplus.core.instrument.InstrumentRegistry;
import org.scopeplus.core.instrument.Kwh;

/**
 * Kestrel Group's contractual instruments as an instrument registry: the one source of the demo's
 * renewable-electricity share and of its market-based Scope 2, for {@code scopeplus demo}, {@code
 * instruments share --demo} and {@code serve --demo} alike.
 *
 * <p>The demo's activity file gives each facility's electricity by month in two records where the
 * company bought attributes for a part of it ({@link DemoCompany#CERTIFICATE_SHARE}, rising from 5%
 * in 2020 to 56% in 2025); the part's record names the kind bought. Here each facility's month
 * becomes a consumption line (both records, in whole kWh), each facility's year of purchases one
 * instrument, and each month's part an explicit allocation, all through the registry's rules:
 *
 * <ul>
 *   <li>China GEC (wind, market CN) for sites in China, bought in whole certificates of one MWh
 *       from one serial block a year, so a fraction of a MWh a year is left unclaimed;
 *   <li>a physical wind PPA in its own grid region for the Ulanqab and Zhangbei data centres, in
 *       exact kWh;
 *   <li>I-REC (solar PV, the site's country) elsewhere, in whole certificates too.
 * </ul>
 */
public final class DemoInstruments {

  /** The data centres whose part comes from a physical PPA with a wind farm on their grid. */
  static final List<String> PPA_SITES = List.of("DC-Ulanqab", "DC-Zhangbei");

  private DemoInstruments() {}

  private record Line(String orgUnit, String facility, YearMonth month, String region, long kwh) {}

  private record Bought(
      InstrumentKind kind, String facility, int year, String region, Map<YearMonth, Long> parts) {}

  /** The registry of the demo's activity file ({@link DemoDataset#extract}). */
  public static InstrumentRegistry registry(Path activityCsv) throws IOException {
    Map<String, Line> lines = new LinkedHashMap<>();
    Map<String, Bought> bought = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(activityCsv, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null || !header.equals(DemoDataset.HEADER)) {
        throw new IOException(activityCsv + " is not the demo's activity file");
      }
      String row;
      while ((row = in.readLine()) != null) {
        String[] c = row.split(",", -1);
        if (!c[4].equals("s2.electricity")) {
          continue;
        }
        long kwh = kwh(c);
        YearMonth month = YearMonth.parse(c[3].substring(0, 7));
        String facility = c[2];
        String region = c[7];
        String key = facility + " " + month;
        Line before = lines.get(key);
        if (before != null && !before.orgUnit().equals(c[1])) {
          throw new IllegalStateException(key + " of the demo is in two org units");
        }
        lines.put(
            key,
            new Line(
                c[1],
                facility,
                month,
                region,
                before == null ? kwh : Math.addExact(before.kwh(), kwh)));
        if (!c[9].isEmpty()) {
          InstrumentKind kind =
              PPA_SITES.contains(facility)
                  ? InstrumentKind.PPA_PHYSICAL
                  : region.startsWith("CN") ? InstrumentKind.GEC : InstrumentKind.I_REC;
          bought
              .computeIfAbsent(
                  facility + " " + month.getYear(),
                  k -> new Bought(kind, facility, month.getYear(), region, new LinkedHashMap<>()))
              .parts()
              .merge(month, kwh, Math::addExact);
        }
      }
    }
    List<Consumption> consumption = new ArrayList<>();
    for (Line l : lines.values()) {
      Consumption c =
          new Consumption(
              l.orgUnit(), l.facility(), l.month(), l.region(), l.kwh(), null, null, 0.0);
      if (c.refusal().isPresent()) {
        throw new IllegalStateException("the demo's line " + c.key() + ": " + c.refusal().get());
      }
      consumption.add(c);
    }
    InstrumentRegistry r = new InstrumentRegistry(List.of(), consumption, List.of());
    Map<String, Long> nextSerial = new LinkedHashMap<>();
    for (Bought b : bought.values()) {
      long total = 0;
      for (long k : b.parts().values()) {
        total = Math.addExact(total, k);
      }
      Instrument i = instrument(b, total, nextSerial);
      r = done(r.register(i));
      for (Map.Entry<YearMonth, Long> part : b.parts().entrySet()) {
        r = done(r.allocate(new Allocation(i.id(), b.facility(), part.getKey(), part.getValue())));
      }
    }
    return r;
  }

  private static Instrument instrument(Bought b, long kwh, Map<String, Long> nextSerial) {
    YearMonth from = YearMonth.of(b.year(), 1);
    YearMonth to = YearMonth.of(b.year(), 12);
    String country = b.region().contains("-") ? b.region().substring(0, 2) : b.region();
    return switch (b.kind()) {
      case PPA_PHYSICAL ->
          new Instrument(
              "KG-PPA-" + b.year() + "-" + b.facility(),
              b.kind(),
              "",
              0,
              0,
              kwh,
              "wind",
              from,
              to,
              b.region(),
              "physical PPA with a " + b.region() + " wind farm",
              0);
      case GEC, I_REC -> {
        boolean gec = b.kind() == InstrumentKind.GEC;
        String block = (gec ? "GEC-" : "I-REC-" + country + "-") + b.year();
        long certificates = (kwh + 999) / 1000;
        long first = nextSerial.getOrDefault(block, 1L);
        nextSerial.put(block, first + certificates);
        yield new Instrument(
            (gec ? "KG-GEC-" : "KG-IREC-") + b.year() + "-" + b.facility(),
            b.kind(),
            block,
            first,
            first + certificates - 1,
            certificates * 1000,
            gec ? "wind" : "solar PV",
            from,
            to,
            gec ? "CN" : country,
            gec ? "China GEC" : "I-REC Standard",
            0);
      }
      default -> throw new IllegalStateException("the demo buys no " + b.kind().label());
    };
  }

  /**
   * A record's quantity in whole kWh, rounded as every consumption line is ({@link Kwh#ofRecord}).
   */
  private static long kwh(String[] c) throws IOException {
    BigDecimal q = new BigDecimal(c[5]);
    return switch (c[6].toLowerCase(Locale.ROOT)) {
      case "mwh" -> Kwh.ofRecord(q.movePointRight(3));
      case "kwh" -> Kwh.ofRecord(q);
      default -> throw new IOException("electricity in " + c[6] + " in " + c[0]);
    };
  }

  private static <T> InstrumentRegistry done(InstrumentOutcome<T> o) {
    if (o instanceof InstrumentOutcome.Done<T> d) {
      return d.registry();
    }
    throw new IllegalStateException("the demo's instruments break the registry's rules: " + o);
  }

  /**
   * Writes the registry's instruments and allocations in the folder layout {@code scopeplus
   * inventory --instruments DIR} and {@code instruments share --data DIR} read
   * (docs/management.md): {@code instruments.csv} and {@code allocations.csv}.
   */
  public static void write(InstrumentRegistry r, Path dir) throws IOException {
    Files.createDirectories(dir);
    StringBuilder i =
        new StringBuilder(
            "id,kind,serial_block,serial_first,serial_last,mwh,technology,generated_from,"
                + "generated_to,market,registry,kg_co2e_per_mwh\n");
    for (Instrument x : r.instruments()) {
      i.append(x.id())
          .append(',')
          .append(x.kind().label())
          .append(',')
          .append(x.serialBlock())
          .append(',')
          .append(x.serialBlock().isEmpty() ? "" : Long.toString(x.serialFirst()))
          .append(',')
          .append(x.serialBlock().isEmpty() ? "" : Long.toString(x.serialLast()))
          .append(',')
          .append(mwh(x.kwh()))
          .append(',')
          .append(x.technology())
          .append(',')
          .append(x.generatedFrom())
          .append(',')
          .append(x.generatedTo())
          .append(',')
          .append(x.marketBoundary())
          .append(',')
          .append(x.registry())
          .append(',')
          .append(x.emissionRateKgPerMwh() == 0 ? "0" : Double.toString(x.emissionRateKgPerMwh()))
          .append('\n');
    }
    StringBuilder a = new StringBuilder("instrument_id,facility,month,mwh\n");
    for (Allocation x : r.allocations()) {
      a.append(x.instrumentId())
          .append(',')
          .append(x.facility())
          .append(',')
          .append(x.month())
          .append(',')
          .append(mwh(x.kwh()))
          .append('\n');
    }
    Files.writeString(dir.resolve("instruments.csv"), i, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("allocations.csv"), a, StandardCharsets.UTF_8);
  }

  /** kWh as plain MWh text, exact: {@code 1234.567}. */
  private static String mwh(long kwh) {
    return BigDecimal.valueOf(kwh).movePointLeft(3).stripTrailingZeros().toPlainString();
  }
}
