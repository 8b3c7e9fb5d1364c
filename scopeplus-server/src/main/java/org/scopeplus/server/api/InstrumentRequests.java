package org.scopeplus.server.api;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.scopeplus.core.instrument.Allocation;
import org.scopeplus.core.instrument.HourlyMatching;
import org.scopeplus.core.instrument.Instrument;
import org.scopeplus.core.instrument.InstrumentKind;
import org.scopeplus.core.instrument.InstrumentOutcome;
import org.scopeplus.core.instrument.Kwh;

/**
 * The checks of a request to the instrument registry, shared by the API and the console so that
 * both refuse the same input with the same sentence: an instrument to register, an allocation, an
 * hour to match. Each refusal is an {@link ApiProblem} (400 for a malformed field, 422 for what the
 * Scope 2 Quality Criteria refuse).
 */
public final class InstrumentRequests {

  private InstrumentRequests() {}

  /** An instrument; months as {@code yyyy-MM}; serials optional for a contract. */
  public record InstrumentBody(
      String kind,
      String serialBlock,
      Long serialFirst,
      Long serialLast,
      BigDecimal mwh,
      String technology,
      String generatedFrom,
      String generatedTo,
      String marketBoundary,
      String registry,
      Double emissionRate) {}

  /** MWh of an instrument claimed for a facility's month (to at most 3 decimals: whole kWh). */
  public record AllocationBody(
      String instrumentId, String facility, String month, BigDecimal mwh) {}

  /** One hour of consumption or supply. */
  public record HourBody(String name, String region, String hour, BigDecimal kwh) {}

  /** The instrument a request describes (its id given by the registry), or a refusal. */
  public static Instrument instrument(InstrumentBody b) {
    if (b == null || b.mwh() == null || b.emissionRate() == null) {
      throw ApiProblem.badRequest(
          "give kind, mwh, generatedFrom, generatedTo, marketBoundary and emissionRate");
    }
    long kwh = kwh("mwh", b.mwh());
    for (String[] f :
        new String[][] {
          {"serialBlock", b.serialBlock()},
          {"technology", b.technology()},
          {"marketBoundary", b.marketBoundary()},
          {"registry", b.registry()}
        }) {
      RequestText.within(f[0], f[1], f[0].equals("marketBoundary") ? 40 : 200);
    }
    InstrumentKind kind =
        InstrumentKind.parse(b.kind())
            .orElseThrow(
                () ->
                    ApiProblem.badRequest(
                        "kind is one of gec, green-power-contract,"
                            + " i-rec, rec, go, ppa-physical, ppa-virtual, supplier-green-tariff,"
                            + " on-site-generation"));
    boolean serials = b.serialBlock() != null && !b.serialBlock().isBlank();
    return new Instrument(
        "",
        kind,
        serials ? b.serialBlock().strip() : "",
        serials && b.serialFirst() != null ? b.serialFirst() : 0,
        serials && b.serialLast() != null ? b.serialLast() : 0,
        kwh,
        b.technology() == null ? "" : b.technology(),
        month("generatedFrom", b.generatedFrom()),
        month("generatedTo", b.generatedTo()),
        b.marketBoundary() == null ? "" : b.marketBoundary().strip(),
        b.registry() == null ? "" : b.registry(),
        b.emissionRate());
  }

  /** The allocation a request describes, or a refusal. */
  public static Allocation allocation(AllocationBody b) {
    if (b == null || b.mwh() == null || b.instrumentId() == null || b.facility() == null) {
      throw ApiProblem.badRequest("give instrumentId, facility, month and mwh");
    }
    RequestText.within("instrumentId", b.instrumentId(), 36);
    RequestText.within("facility", b.facility(), 200);
    return new Allocation(
        b.instrumentId(), b.facility(), month("month", b.month()), kwh("mwh", b.mwh()));
  }

  /**
   * At most this many hours in one matching request (a year of hours for about a hundred series).
   */
  public static final int MAX_HOURS = 1_000_000;

  /** Consumption and supply hours of one request, each checked. */
  public record Hours(List<HourlyMatching.Hour> consumption, List<HourlyMatching.Hour> supply) {}

  /**
   * The consumption and supply of a request as checked hours: at most {@link #MAX_HOURS} in all, no
   * supply when none is given, and a refusal naming the list and the index of the first wrong hour
   * ({@code supply[3].kwh ...}). The caller has checked that consumption is given.
   */
  public static Hours hours(List<HourBody> consumption, List<HourBody> supply) {
    List<HourBody> given = supply == null ? List.of() : supply;
    withinHourLimit((long) consumption.size() + given.size());
    return new Hours(checked("consumption", consumption), checked("supply", given));
  }

  /** Refuses more than {@link #MAX_HOURS} hours in one request or one pasted table. */
  public static void withinHourLimit(long hours) {
    if (hours > MAX_HOURS) {
      throw ApiProblem.badRequest("at most " + MAX_HOURS + " hours in one request");
    }
  }

  private static List<HourlyMatching.Hour> checked(String list, List<HourBody> given) {
    List<HourlyMatching.Hour> out = new java.util.ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      out.add(hour(list + "[" + i + "]", ".", given.get(i)));
    }
    return out;
  }

  /**
   * One hour of a matching request, checked; a refusal names it by {@code at} and the field after
   * {@code separator} (e.g. {@code consumption[3].kwh}, or {@code row 4, kwh} of a pasted table).
   */
  public static HourlyMatching.Hour hour(String at, String separator, HourBody h) {
    if (h == null
        || h.name() == null
        || h.region() == null
        || h.hour() == null
        || h.kwh() == null) {
      throw ApiProblem.badRequest(at + ": give name, region, hour and kwh");
    }
    RequestText.within(at + separator + "name", h.name(), 200);
    RequestText.within(at + separator + "region", h.region(), 40);
    LocalDateTime hour;
    try {
      hour = LocalDateTime.parse(h.hour());
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest(
          at + separator + "hour is an hour such as 2025-06-01T13:00, not " + h.hour());
    }
    if (hour.getYear() < 1990 || hour.getYear() > 2100) {
      throw ApiProblem.badRequest(
          at + separator + "hour is between 1990 and 2100, not " + h.hour());
    }
    if (hour.getMinute() != 0 || hour.getSecond() != 0 || hour.getNano() != 0) {
      throw ApiProblem.badRequest(
          at + separator + "hour " + h.hour() + " is not the start of an hour");
    }
    if (h.kwh().signum() < 0
        || (long) h.kwh().precision() - h.kwh().scale() > 12
        || h.kwh().compareTo(BigDecimal.valueOf(Kwh.MAX)) > 0) {
      throw ApiProblem.badRequest(at + separator + "kwh is 0 to " + Kwh.MAX + " kWh (100 TWh)");
    }
    return new HourlyMatching.Hour(h.name(), h.region(), hour, Kwh.ofRecord(h.kwh()));
  }

  /** The value of an accepted change, or the 422 refusal with the registry's reason. */
  public static <T> T done(InstrumentOutcome<T> o) {
    if (o instanceof InstrumentOutcome.Done<T> d) {
      return d.value();
    }
    throw ApiProblem.refused(
        "Refused By The Scope 2 Quality Criteria", ((InstrumentOutcome.Refused<T>) o).reason());
  }

  /** Whole kWh of MWh given in a request, or a refusal naming the field. */
  static long kwh(String field, BigDecimal mwh) {
    Kwh.refusal(field, mwh)
        .ifPresent(
            m -> {
              throw ApiProblem.badRequest(m);
            });
    return Kwh.ofMwh(mwh);
  }

  static YearMonth month(String field, String text) {
    RequestText.within(field, text, 7);
    try {
      return YearMonth.parse(text == null ? "" : text.strip());
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest(field + " is a month as yyyy-MM, e.g. 2025-03");
    }
  }
}
