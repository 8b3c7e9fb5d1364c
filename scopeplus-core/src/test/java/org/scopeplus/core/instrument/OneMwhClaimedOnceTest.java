package org.scopeplus.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * One MWh is claimed once (GHG Protocol Scope 2 Guidance, section 7.1, Scope 2 Quality Criterion 2:
 * instruments "are the only instruments that carry the energy attribute claim", each "retired,
 * redeemed or cancelled" once). The ledger keeps energy in whole kWh and compares and adds it
 * exactly, so no tolerance and no sum of fractions lets a claim go past what an instrument conveys
 * or what a line consumed.
 */
class OneMwhClaimedOnceTest {

  private static final YearMonth MARCH = YearMonth.of(2025, 3);

  private static Instrument gec(String id, long first, long last) {
    return new Instrument(
        id,
        InstrumentKind.GEC,
        "GEC-2025",
        first,
        last,
        (last - first + 1) * 1000,
        "wind",
        YearMonth.of(2025, 1),
        YearMonth.of(2025, 12),
        "CN",
        "China GEC",
        0);
  }

  private static Consumption line(String facility, long kwh) {
    return new Consumption("K/DC/" + facility, facility, MARCH, "CN-ZJ", kwh, null, 700.0, 600);
  }

  private static InstrumentRegistry done(InstrumentOutcome<?> o) {
    assertThat(o).isInstanceOf(InstrumentOutcome.Done.class);
    return ((InstrumentOutcome.Done<?>) o).registry();
  }

  /**
   * Ten claims of 0.1 MWh fill a 1 MWh certificate exactly; an eleventh of one kWh is refused. In
   * binary floating point 0.1 added ten times is 0.9999999999999999, which left room for a claim.
   */
  @Test
  void aRecordsElectricityIsRoundedOnceHalfEvenToWholeKwh() {
    // half-even: 0.5 goes to the even 0, 1.5 and 2.5 to 2; a meter's 9,043,496.07 kWh to 9,043,496
    assertThat(Kwh.ofRecord(new java.math.BigDecimal("0.5"))).isZero();
    assertThat(Kwh.ofRecord(new java.math.BigDecimal("1.5"))).isEqualTo(2);
    assertThat(Kwh.ofRecord(new java.math.BigDecimal("2.5"))).isEqualTo(2);
    assertThat(Kwh.ofRecord(new java.math.BigDecimal("9043496.07"))).isEqualTo(9_043_496L);
  }

  @Test
  void tenTenthsFillOneMwhAndNotOneKwhMoreIsClaimed() {
    InstrumentRegistry r =
        done(
            new InstrumentRegistry(List.of(), List.of(line("DC-1", 5_000)), List.of())
                .register(gec("G1", 7, 7)));
    for (int i = 0; i < 10; i++) {
      r = done(r.allocate(new Allocation("G1", "DC-1", MARCH, 100)));
    }
    assertThat(r.remaining("G1")).isZero();
    InstrumentOutcome<Allocation> more = r.allocate(new Allocation("G1", "DC-1", MARCH, 1));
    assertThat(more)
        .isEqualTo(
            new InstrumentOutcome.Refused<Allocation>(
                "instrument G1 has 0 MWh left; 0.001 MWh cannot be claimed: a MWh is claimed once"
                    + " (Scope 2 Quality Criterion 2)"));
  }

  /** A line is covered at most once too: 1 kWh beyond its consumption is refused. */
  @Test
  void aLineCannotBeCoveredBeyondItsConsumptionByOneKwh() {
    InstrumentRegistry r =
        done(
            new InstrumentRegistry(List.of(), List.of(line("DC-1", 1_500)), List.of())
                .register(gec("G1", 1, 2)));
    r = done(r.allocate(new Allocation("G1", "DC-1", MARCH, 1_500)));
    assertThat(r.allocate(new Allocation("G1", "DC-1", MARCH, 1)))
        .isEqualTo(
            new InstrumentOutcome.Refused<Allocation>(
                "DC-1 consumed 1.5 MWh in 2025-03, of which 1.5 MWh are covered already; 0.001"
                    + " MWh more cannot be"));
  }

  /**
   * Thousands of random claims, explicit and first-fit, on several certificates and lines: the kWh
   * claimed of each certificate never exceed what it conveys, the kWh claimed for each line never
   * exceed what it consumed, and every serial's MWh is counted once over the whole ledger.
   */
  @Test
  void randomClaimsNeverClaimAKwhTwice() {
    SplittableRandom random = new SplittableRandom(20251203L);
    List<Consumption> lines = new ArrayList<>();
    for (int f = 1; f <= 6; f++) {
      lines.add(line("DC-" + f, 1 + random.nextLong(3_000_000)));
    }
    InstrumentRegistry r = new InstrumentRegistry(List.of(), lines, List.of());
    long serial = 1;
    for (int g = 1; g <= 5; g++) {
      long count = 1 + random.nextLong(2_000);
      r = done(r.register(gec("G" + g, serial, serial + count - 1)));
      serial += count;
    }
    int accepted = 0;
    for (int i = 0; i < 4_000; i++) {
      String g = "G" + (1 + random.nextInt(5));
      String f = "DC-" + (1 + random.nextInt(6));
      long kwh = 1 + random.nextLong(50_000);
      InstrumentOutcome<Allocation> o = r.allocate(new Allocation(g, f, MARCH, kwh));
      if (o instanceof InstrumentOutcome.Done<Allocation> d) {
        r = d.registry();
        accepted++;
      }
    }
    r = r.firstFit();
    assertThat(accepted).isGreaterThan(100);
    Map<String, Long> perInstrument = new HashMap<>();
    Map<String, Long> perFacility = new HashMap<>();
    for (Allocation a : r.allocations()) {
      perInstrument.merge(a.instrumentId(), a.kwh(), Math::addExact);
      perFacility.merge(a.facility(), a.kwh(), Math::addExact);
    }
    long conveyed = 0;
    for (Instrument i : r.instruments()) {
      assertThat(perInstrument.getOrDefault(i.id(), 0L)).isLessThanOrEqualTo(i.kwh());
      assertThat(r.remaining(i.id())).isEqualTo(i.kwh() - perInstrument.getOrDefault(i.id(), 0L));
      conveyed += i.kwh();
    }
    long consumed = 0;
    for (Consumption c : lines) {
      assertThat(perFacility.getOrDefault(c.facility(), 0L)).isLessThanOrEqualTo(c.kwh());
      consumed += c.kwh();
    }
    long claimed = perInstrument.values().stream().mapToLong(Long::longValue).sum();
    // after first-fit, either every certificate is used up or every line is covered
    assertThat(claimed).isEqualTo(Math.min(conveyed, consumed));
  }

  /** Amounts that cannot be kept as whole kWh are refused at the boundary, with the reason. */
  @Test
  void mwhBeyondWholeKwhOrBeyondTheBoundAreRefused() {
    assertThat(Kwh.refusal("mwh", new java.math.BigDecimal("1000.0005")))
        .contains("mwh is kept in whole kWh: give MWh to at most 3 decimals, not 1000.0005");
    assertThat(Kwh.refusal("mwh", new java.math.BigDecimal("1e300")))
        .hasValueSatisfying(m -> assertThat(m).startsWith("mwh is at most 100,000,000 MWh"));
    assertThat(Kwh.refusal("mwh", new java.math.BigDecimal("1e999999999")))
        .contains("mwh is at most 100,000,000 MWh (100 TWh); 1E+999999999 is not");
    assertThat(Kwh.refusal("mwh", new java.math.BigDecimal("1e-999999999")))
        .contains("mwh is kept in whole kWh: give MWh to at most 3 decimals, not 1E-999999999");
    assertThat(Kwh.refusal("mwh", java.math.BigDecimal.ZERO)).contains("mwh is more than 0 MWh");
    assertThat(Kwh.refusal("mwh", new java.math.BigDecimal("1000.250"))).isEmpty();
    assertThat(Kwh.ofMwh(new java.math.BigDecimal("1000.250"))).isEqualTo(1_000_250L);
    assertThat(Kwh.mwh(1_000_250L)).isEqualTo("1,000.25");
    assertThat(Kwh.mwh(1)).isEqualTo("0.001");
    assertThat(Kwh.rateRefusal("rate", 1e300)).isPresent();
    assertThat(gec("G9", 1, 2).refusal()).isEmpty();
    assertThat(
            new Instrument(
                    "G9",
                    InstrumentKind.GEC,
                    "GEC-2025",
                    1,
                    2,
                    2_001,
                    "wind",
                    MARCH,
                    MARCH,
                    "CN",
                    "China GEC",
                    0)
                .refusal())
        .contains("instrument G9: serials 1-2 are 2 MWh (one certificate per MWh), not 2.001");
  }
}
