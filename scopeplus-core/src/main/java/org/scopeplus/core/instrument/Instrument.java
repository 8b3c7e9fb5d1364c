package org.scopeplus.core.instrument;

import java.time.YearMonth;
import java.util.Optional;

/**
 * An energy attribute certificate or contract: the MWh it conveys, where and when they were
 * generated, and their emission rate.
 *
 * @param id its id
 * @param kind GEC, I-REC, PPA ...
 * @param serialBlock the registry's serial prefix, or "" for a contract without serials
 * @param serialFirst first serial (one per MWh), 0 without serials
 * @param serialLast last serial, 0 without serials
 * @param kwh whole kWh conveyed (for serials, one certificate per MWh: (last - first + 1) x 1,000)
 * @param technology e.g. wind, solar PV, hydro
 * @param generatedFrom first month of generation (vintage)
 * @param generatedTo last month of generation
 * @param marketBoundary the country or grid region the instrument may be used in, e.g. {@code CN}
 *     or {@code CN-ZJ}; a consumption region lies in it when equal or below it ({@code CN-ZJ} in
 *     {@code CN})
 * @param registry the issuing registry or counterparty
 * @param emissionRateKgPerMwh kg CO2e per MWh of the generation (0 for wind, solar, hydro)
 */
public record Instrument(
    String id,
    InstrumentKind kind,
    String serialBlock,
    long serialFirst,
    long serialLast,
    long kwh,
    String technology,
    YearMonth generatedFrom,
    YearMonth generatedTo,
    String marketBoundary,
    String registry,
    double emissionRateKgPerMwh) {

  /** Why the instrument cannot be registered on its own, or empty. */
  public Optional<String> refusal() {
    if (kwh <= 0 || kwh > Kwh.MAX) {
      return Optional.of(
          "instrument " + id + " conveys more than 0 and at most " + Kwh.mwh(Kwh.MAX) + " MWh");
    }
    if (!serialBlock.isEmpty() && (serialFirst < 1 || serialLast < serialFirst)) {
      return Optional.of(
          "instrument " + id + ": serials " + serialFirst + "-" + serialLast + " are not a range");
    }
    if (!serialBlock.isEmpty()) {
      long certificates = serialLast - serialFirst + 1;
      if (certificates > Kwh.MAX / 1000 || certificates * 1000 != kwh) {
        return Optional.of(
            "instrument "
                + id
                + ": serials "
                + serialFirst
                + "-"
                + serialLast
                + " are "
                + certificates
                + " MWh (one certificate per MWh), not "
                + Kwh.mwh(kwh));
      }
    }
    if (generatedTo.isBefore(generatedFrom)) {
      return Optional.of("instrument " + id + ": generation ends before it starts");
    }
    Optional<String> rate =
        Kwh.rateRefusal("instrument " + id + ": the emission rate", emissionRateKgPerMwh);
    if (rate.isPresent()) {
      return rate;
    }
    if (marketBoundary == null || marketBoundary.isBlank()) {
      return Optional.of(
          "instrument " + id + " names its market boundary (a country or grid region)");
    }
    return Optional.empty();
  }

  /** The instrument as canonical text, the state its audit entry records. */
  public String state() {
    return String.join(
        "|",
        id,
        kind.name(),
        serialBlock,
        Long.toString(serialFirst),
        Long.toString(serialLast),
        kwh + " kWh",
        technology,
        generatedFrom.toString(),
        generatedTo.toString(),
        marketBoundary,
        registry,
        Double.toString(emissionRateKgPerMwh));
  }

  /** True when the instrument's serials and {@code o}'s share one. */
  public boolean overlaps(Instrument o) {
    return !serialBlock.isEmpty()
        && serialBlock.equals(o.serialBlock)
        && serialFirst <= o.serialLast
        && o.serialFirst <= serialLast;
  }

  /** True when {@code region} lies within the market boundary. */
  public boolean inMarket(String region) {
    return region.equals(marketBoundary) || region.startsWith(marketBoundary + "-");
  }

  /**
   * The vintage rule: the generation period overlaps the calendar year of the consumption (the
   * Scope 2 Quality Criteria ask for instruments issued and redeemed as close as possible to the
   * period of consumption; this is the rule ScopePlus applies).
   */
  public boolean inVintage(YearMonth consumed) {
    return generatedFrom.getYear() <= consumed.getYear()
        && generatedTo.getYear() >= consumed.getYear();
  }

  /** Whether it conveys renewable attributes (a zero emission rate). */
  public boolean renewable() {
    return emissionRateKgPerMwh == 0;
  }
}
