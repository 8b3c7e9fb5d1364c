package org.scopeplus.core.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Purchases, retirements and transfers, and every refusal with its exact reason. */
class CreditLedgerTest {

  private static CreditLot lot(String id, String block, long first, long last, CreditKind kind) {
    return new CreditLot(
        id,
        "Verra VCS",
        "Project 1529",
        "VM0047",
        2023,
        new SerialRange(block, first, last),
        kind,
        0,
        List.of("ICVCM CCP"));
  }

  private static CreditLedger done(CreditOutcome<?> o) {
    assertThat(o).isInstanceOf(CreditOutcome.Done.class);
    return ((CreditOutcome.Done<?>) o).ledger();
  }

  private final CreditLedger ledger =
      done(
          CreditLedger.empty()
              .purchase(lot("L1", "VCS-1529-2023", 1, 1000, CreditKind.AVOIDANCE_REDUCTION)));

  @Test
  void retiringTheLowestSerialsAndThenMoreSkipsTheSerialsAlreadyMoved() {
    CreditLedger a =
        done(
            ledger.retire(
                "R1", "L1", 0, new SerialRange("VCS-1529-2023", 101, 200), 2024, "claim"));
    CreditOutcome<Movement> o = a.retire("R2", "L1", 150, null, 2025, "claim 2025");
    CreditLedger b = done(o);
    assertThat(((CreditOutcome.Done<Movement>) o).value().serials())
        .containsExactly(
            new SerialRange("VCS-1529-2023", 1, 100), new SerialRange("VCS-1529-2023", 201, 250));
    assertThat(b.held("L1")).isEqualTo(750);
    assertThat(b.retired("L1")).isEqualTo(250);
    assertThat(b.retiredFor(2025).get(CreditKind.AVOIDANCE_REDUCTION)).isEqualTo(150);
    assertThat(b.retiredFor(2024).get(CreditKind.AVOIDANCE_REDUCTION)).isEqualTo(100);
    CreditLedger c = done(b.transfer("T1", "L1", 50, null, "Kestrel Cloud account"));
    assertThat(c.held("L1")).isEqualTo(700);
    assertThat(c.retired("L1")).isEqualTo(250);
  }

  @Test
  void overlappingSerialsAreRefusedAndNothingChanges() {
    CreditOutcome<CreditLot> o =
        ledger.purchase(lot("L2", "VCS-1529-2023", 900, 1900, CreditKind.AVOIDANCE_REDUCTION));
    assertThat(o)
        .isEqualTo(
            new CreditOutcome.Refused<CreditLot>(
                "serials VCS-1529-2023 900-1900 overlap lot L1 (VCS-1529-2023 1-1000): a serial is"
                    + " bought once"));
    assertThat(ledger.lots()).hasSize(1);
    // another block may use the same numbers
    assertThat(ledger.purchase(lot("L2", "GS-77-2022", 900, 1900, CreditKind.NATURE_BASED_REMOVAL)))
        .isInstanceOf(CreditOutcome.Done.class);
    assertThat(ledger.purchase(lot("L1", "X", 1, 2, CreditKind.AVOIDANCE_REDUCTION)))
        .isEqualTo(new CreditOutcome.Refused<CreditLot>("credit lot L1 exists already"));
  }

  @Test
  void aSecondRetirementOfASerialIsRefusedWithTheFirstOne() {
    CreditLedger a =
        done(ledger.retire("R1", "L1", 0, new SerialRange("VCS-1529-2023", 1, 500), 2024, "claim"));
    CreditOutcome<Movement> again =
        a.retire("R2", "L1", 0, new SerialRange("VCS-1529-2023", 400, 600), 2025, "claim");
    assertThat(again)
        .isEqualTo(
            new CreditOutcome.Refused<Movement>(
                "serial VCS-1529-2023 400 of lot L1 was already retired (retirement R1 for 2024):"
                    + " a serial is retired or transferred once"));
    CreditLedger t =
        done(a.transfer("T1", "L1", 0, new SerialRange("VCS-1529-2023", 900, 1000), "broker"));
    assertThat(t.retire("R3", "L1", 0, new SerialRange("VCS-1529-2023", 950, 950), 2025, "c"))
        .isEqualTo(
            new CreditOutcome.Refused<Movement>(
                "serial VCS-1529-2023 950 of lot L1 was already transferred (transfer T1 to"
                    + " broker): a serial is retired or transferred once"));
    assertThat(a.movements()).hasSize(1);
  }

  @Test
  void retiringMoreThanIsHeldIsRefused() {
    CreditLedger a = done(ledger.retire("R1", "L1", 600, null, 2024, "claim"));
    assertThat(a.retire("R2", "L1", 401, null, 2025, "claim"))
        .isEqualTo(
            new CreditOutcome.Refused<Movement>("lot L1 holds 400 t; 401 t cannot be retired"));
    assertThat(a.transfer("T1", "L1", 401, null, "broker"))
        .isEqualTo(
            new CreditOutcome.Refused<Movement>("lot L1 holds 400 t; 401 t cannot be transferred"));
    assertThat(a.held("L1")).isEqualTo(400);
  }

  @Test
  void everyOtherRefusalNamesItsReason() {
    assertThat(ledger.retire("R", "L9", 1, null, 2024, "claim"))
        .isEqualTo(new CreditOutcome.NotFound<Movement>("credit lot L9"));
    assertThat(ledger.retire("R", "L1", 0, null, 2024, "claim"))
        .isEqualTo(new CreditOutcome.Refused<Movement>("a retirement is of at least 1 t"));
    assertThat(ledger.retire("R", "L1", 1, null, 2024, " "))
        .isEqualTo(
            new CreditOutcome.Refused<Movement>(
                "a retirement states its purpose, e.g. carbon neutrality claim 2025"));
    assertThat(ledger.retire("R", "L1", 1, null, 1800, "claim"))
        .isEqualTo(
            new CreditOutcome.Refused<Movement>(
                "a retirement is claimed for a reporting year between 1990 and 2100"));
    assertThat(ledger.retire("R", "L1", 0, new SerialRange("VCS-1529-2023", 990, 1010), 2024, "c"))
        .isEqualTo(
            new CreditOutcome.Refused<Movement>(
                "serials VCS-1529-2023 990-1010 are not in lot L1 (VCS-1529-2023 1-1000)"));
    assertThat(ledger.transfer("T", "L1", 1, null, ""))
        .isEqualTo(new CreditOutcome.Refused<Movement>("a transfer names the account it goes to"));
    assertThat(ledger.purchase(lot("L3", "B", 10, 5, CreditKind.AVOIDANCE_REDUCTION)))
        .isEqualTo(
            new CreditOutcome.Refused<CreditLot>(
                "serials 10-5 are not a range: first at least 1, last at or after it"));
  }
}
