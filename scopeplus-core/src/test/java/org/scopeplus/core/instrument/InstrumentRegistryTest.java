package org.scopeplus.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Scope 2 hierarchy and the Quality Criteria on a hand-worked case. Factors are round numbers
 * chosen for the arithmetic, not published values: grid average 600 kg/MWh, residual mix 700.
 */
class InstrumentRegistryTest {

  private static final YearMonth MARCH = YearMonth.of(2025, 3);

  private static Consumption line(String facility, long mwh, Double supplier, Double residual) {
    return new Consumption(
        "K/Cloud/" + facility, facility, MARCH, "CN-ZJ", mwh * 1000, supplier, residual, 600);
  }

  private static Instrument gec(String id, long first, long last, int year, String market) {
    return new Instrument(
        id,
        InstrumentKind.GEC,
        "GEC-" + year,
        first,
        last,
        (last - first + 1) * 1000,
        "wind",
        YearMonth.of(year, 1),
        YearMonth.of(year, 12),
        market,
        "China GEC",
        0);
  }

  private static InstrumentRegistry done(InstrumentOutcome<?> o) {
    assertThat(o).isInstanceOf(InstrumentOutcome.Done.class);
    return ((InstrumentOutcome.Done<?>) o).registry();
  }

  private static String refused(InstrumentOutcome<?> o) {
    assertThat(o).isInstanceOf(InstrumentOutcome.Refused.class);
    return ((InstrumentOutcome.Refused<?>) o).reason();
  }

  @Test
  void oneCertificateCannotZeroTwoRows() {
    InstrumentRegistry r =
        done(
            new InstrumentRegistry(
                    List.of(),
                    List.of(line("DC-1", 1000, null, 700.0), line("DC-2", 1000, null, 700.0)),
                    List.of())
                .register(gec("G1", 1, 1000, 2025, "CN")));
    r = done(r.allocate(new Allocation("G1", "DC-1", MARCH, 1_000_000)));
    assertThat(refused(r.allocate(new Allocation("G1", "DC-2", MARCH, 1_000_000))))
        .isEqualTo(
            "instrument G1 has 0 MWh left; 1,000 MWh cannot be claimed: a MWh is claimed once"
                + " (Scope 2 Quality Criterion 2)");
    assertThat(refused(r.register(gec("G2", 900, 1900, 2025, "CN"))))
        .isEqualTo(
            "serials GEC-2025 900-1900 overlap instrument G1: a certificate is claimed once (Scope"
                + " 2 Quality Criterion 2)");
  }

  @Test
  void instrumentsOutsideTheMarketOrTheVintageAreRefused() {
    Instrument irec =
        new Instrument(
            "I1",
            InstrumentKind.I_REC,
            "IREC-SG",
            1,
            100,
            100_000,
            "solar PV",
            YearMonth.of(2025, 1),
            YearMonth.of(2025, 6),
            "SG",
            "I-TRACK",
            0);
    InstrumentRegistry r =
        done(
            done(new InstrumentRegistry(
                        List.of(), List.of(line("DC-1", 1000, null, 700.0)), List.of())
                    .register(irec))
                .register(gec("G23", 1, 100, 2023, "CN")));
    assertThat(refused(r.allocate(new Allocation("I1", "DC-1", MARCH, 10_000))))
        .isEqualTo(
            "instrument I1 is for the market SG; DC-1 consumes in CN-ZJ, outside it (Scope 2"
                + " Quality Criterion 5)");
    assertThat(refused(r.allocate(new Allocation("G23", "DC-1", MARCH, 10_000))))
        .isEqualTo(
            "instrument G23 was generated 2023-01 to 2023-12, outside 2025, the year of the"
                + " consumption (Scope 2 Quality Criterion 4)");
    assertThat(refused(r.allocate(new Allocation("G23", "DC-9", MARCH, 10_000))))
        .isEqualTo("no consumption of DC-9 in 2025-03 to claim against");
  }

  @Test
  void marketBasedFollowsTheHierarchyLineByLineAndSaysWhyItCanExceedLocationBased() {
    InstrumentRegistry r =
        done(
            new InstrumentRegistry(
                    List.of(),
                    List.of(
                        line("DC-1", 1000, null, 700.0),
                        line("DC-2", 100, null, 700.0),
                        line("DC-3", 100, 300.0, 700.0),
                        line("DC-4", 100, null, null)),
                    List.of())
                .register(gec("G1", 1, 400, 2025, "CN")));
    r = done(r.allocate(new Allocation("G1", "DC-1", MARCH, 400_000)));
    List<MarketBasedLine> lines = r.scope2();
    // DC-1: 400 MWh x 0 + 600 MWh x 700 kg = 420 t; location 1,000 x 600 = 600 t
    assertThat(lines.get(0).marketGrams()).isEqualTo(420_000_000L);
    assertThat(lines.get(0).locationGrams()).isEqualTo(600_000_000L);
    assertThat(lines.get(0).trace())
        .isEqualTo(
            "400 MWh: instrument G1 (gec, wind) at 0 kg/MWh; 600 MWh: residual mix at 700 kg/MWh");
    // DC-2: no instrument, residual mix 70 t above the grid average's 60 t
    assertThat(lines.get(1).marketGrams()).isEqualTo(70_000_000L);
    assertThat(lines.get(1).trace())
        .isEqualTo(
            "100 MWh: residual mix at 700 kg/MWh; the residual mix is 700 kg/MWh and the grid"
                + " average 600 kg/MWh: market-based exceeds location-based here because the"
                + " residual mix is above the grid average: it leaves out the renewable and other"
                + " attributes claimed by their buyers, so what remains unclaimed is more"
                + " carbon-intensive (GHG Protocol Scope 2 Guidance)");
    // DC-3: the supplier's rate comes before the residual mix: 30 t
    assertThat(lines.get(2).marketGrams()).isEqualTo(30_000_000L);
    assertThat(lines.get(2).trace()).contains("supplier-specific emission rate");
    // DC-4: neither: the location-based factor, 60 t
    assertThat(lines.get(3).marketGrams()).isEqualTo(60_000_000L);
    assertThat(lines.get(3).trace()).contains("location-based grid average");
    // RE share of the cloud unit: 400 of 1,300 MWh
    assertThat(r.renewableShare().of("K/Cloud").get(2025)).isCloseTo(400.0 / 1300, within(1e-12));
    // renewable kWh by facility and month: G1's 400 MWh on DC-1 in March, nothing elsewhere
    assertThat(r.renewableKwh("DC-1", MARCH)).isEqualTo(400_000L);
    assertThat(r.renewableKwh("DC-2", MARCH)).isZero();
    assertThat(r.renewableKwh("DC-1", MARCH.plusMonths(1))).isZero();
  }

  @Test
  void firstFitCoversLinesInMonthAndFacilityOrderWithThePartialRestLeftOpen() {
    InstrumentRegistry r =
        done(
            done(new InstrumentRegistry(
                        List.of(),
                        List.of(line("DC-2", 500, null, 700.0), line("DC-1", 500, null, 700.0)),
                        List.of())
                    .register(gec("G1", 1, 300, 2025, "CN")))
                .register(gec("G2", 301, 900, 2025, "CN-ZJ")));
    InstrumentRegistry fitted = r.firstFit();
    // DC-1 first: 300 of G1, then 200 of G2; DC-2: the 400 G2 has left, 100 MWh open
    assertThat(fitted.allocations())
        .containsExactly(
            new Allocation("G1", "DC-1", MARCH, 300_000),
            new Allocation("G2", "DC-1", MARCH, 200_000),
            new Allocation("G2", "DC-2", MARCH, 400_000));
    assertThat(refused(fitted.allocate(new Allocation("G2", "DC-2", MARCH, 1_000))))
        .startsWith("instrument G2 has 0 MWh left");
  }
}
