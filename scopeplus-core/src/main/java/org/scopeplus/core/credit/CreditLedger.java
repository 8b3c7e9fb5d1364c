package org.scopeplus.core.credit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's carbon credits: the lots bought and the serials moved out of them since. Each serial
 * is bought once (no two lots overlap) and moves once (retired or transferred); a change that would
 * break either, or move more than a lot still holds, is refused with its reason and the ledger is
 * left as it was. Immutable: a change gives a new ledger.
 */
public final class CreditLedger {

  private final List<CreditLot> lots;
  private final List<Movement> movements;

  public CreditLedger(List<CreditLot> lots, List<Movement> movements) {
    this.lots = List.copyOf(lots);
    this.movements = List.copyOf(movements);
  }

  public static CreditLedger empty() {
    return new CreditLedger(List.of(), List.of());
  }

  public List<CreditLot> lots() {
    return lots;
  }

  public List<Movement> movements() {
    return movements;
  }

  public Optional<CreditLot> lot(String id) {
    return lots.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /** Adds a lot bought; refused when a serial of it is in another lot already. */
  public CreditOutcome<CreditLot> purchase(CreditLot lot) {
    Optional<String> wrong = lot.refusal();
    if (wrong.isPresent()) {
      return new CreditOutcome.Refused<>(wrong.get());
    }
    for (CreditLot other : lots) {
      if (other.id().equals(lot.id())) {
        return new CreditOutcome.Refused<>("credit lot " + lot.id() + " exists already");
      }
      if (other.serials().overlaps(lot.serials())) {
        return new CreditOutcome.Refused<>(
            "serials "
                + lot.serials()
                + " overlap lot "
                + other.id()
                + " ("
                + other.serials()
                + "): a serial is bought once");
      }
    }
    List<CreditLot> next = new ArrayList<>(lots);
    next.add(lot);
    return new CreditOutcome.Done<>(lot, new CreditLedger(next, movements));
  }

  /**
   * Retires serials of a lot against a reporting year: the range given, or, with {@code serials}
   * null, the {@code quantity} lowest serials the lot still holds.
   */
  public CreditOutcome<Movement> retire(
      String id,
      String lotId,
      long quantity,
      SerialRange serials,
      int reportingYear,
      String purpose) {
    if (reportingYear < 1990 || reportingYear > 2100) {
      return new CreditOutcome.Refused<>(
          "a retirement is claimed for a reporting year between 1990 and 2100");
    }
    if (purpose == null || purpose.isBlank()) {
      return new CreditOutcome.Refused<>(
          "a retirement states its purpose, e.g. carbon neutrality claim 2025");
    }
    return move(id, lotId, Movement.Kind.RETIREMENT, quantity, serials, reportingYear, purpose);
  }

  /** Transfers serials of a lot to another account, as {@link #retire} chooses them. */
  public CreditOutcome<Movement> transfer(
      String id, String lotId, long quantity, SerialRange serials, String toAccount) {
    if (toAccount == null || toAccount.isBlank()) {
      return new CreditOutcome.Refused<>("a transfer names the account it goes to");
    }
    return move(id, lotId, Movement.Kind.TRANSFER, quantity, serials, 0, toAccount);
  }

  private CreditOutcome<Movement> move(
      String id,
      String lotId,
      Movement.Kind kind,
      long quantity,
      SerialRange serials,
      int year,
      String purpose) {
    Optional<CreditLot> found = lot(lotId);
    if (found.isEmpty()) {
      return new CreditOutcome.NotFound<>("credit lot " + lotId);
    }
    CreditLot lot = found.get();
    List<SerialRange> chosen;
    if (serials != null) {
      Optional<String> wrong = serials.refusal();
      if (wrong.isPresent()) {
        return new CreditOutcome.Refused<>(wrong.get());
      }
      if (!lot.serials().contains(serials)) {
        return new CreditOutcome.Refused<>(
            "serials " + serials + " are not in lot " + lotId + " (" + lot.serials() + ")");
      }
      for (Movement m : movements) {
        if (!m.lotId().equals(lotId)) {
          continue;
        }
        for (SerialRange r : m.serials()) {
          if (r.overlaps(serials)) {
            return new CreditOutcome.Refused<>(
                "serial "
                    + r.block()
                    + " "
                    + Math.max(r.first(), serials.first())
                    + " of lot "
                    + lotId
                    + " was already "
                    + (m.kind() == Movement.Kind.RETIREMENT
                        ? "retired (retirement " + m.id() + " for " + m.reportingYear() + ")"
                        : "transferred (transfer " + m.id() + " to " + m.purpose() + ")")
                    + ": a serial is retired or transferred once");
          }
        }
      }
      chosen = List.of(serials);
    } else {
      if (quantity < 1) {
        return new CreditOutcome.Refused<>("a " + kind.label() + " is of at least 1 t");
      }
      long held = held(lotId);
      if (quantity > held) {
        return new CreditOutcome.Refused<>(
            "lot "
                + lotId
                + " holds "
                + held
                + " t; "
                + quantity
                + " t cannot be "
                + (kind == Movement.Kind.RETIREMENT ? "retired" : "transferred"));
      }
      chosen = lowest(lot, quantity);
    }
    Movement m = new Movement(id, lotId, kind, chosen, year, purpose.strip());
    List<Movement> next = new ArrayList<>(movements);
    next.add(m);
    return new CreditOutcome.Done<>(m, new CreditLedger(lots, next));
  }

  /** Tonnes a lot still holds: bought, less retired and transferred. */
  public long held(String lotId) {
    CreditLot lot = lot(lotId).orElseThrow();
    long held = lot.quantity();
    for (Movement m : movements) {
      if (m.lotId().equals(lotId)) {
        held = Math.subtractExact(held, m.quantity());
      }
    }
    return held;
  }

  /** Tonnes a lot has had retired, in all years. */
  public long retired(String lotId) {
    long t = 0;
    for (Movement m : movements) {
      if (m.lotId().equals(lotId) && m.kind() == Movement.Kind.RETIREMENT) {
        t = Math.addExact(t, m.quantity());
      }
    }
    return t;
  }

  /** Tonnes retired against {@code reportingYear}, by kind of credit. */
  public Map<CreditKind, Long> retiredFor(int reportingYear) {
    Map<CreditKind, Long> out = new EnumMap<>(CreditKind.class);
    for (CreditKind k : CreditKind.values()) {
      out.put(k, 0L);
    }
    for (Movement m : movements) {
      if (m.kind() == Movement.Kind.RETIREMENT && m.reportingYear() == reportingYear) {
        CreditKind k = lot(m.lotId()).orElseThrow().kind();
        out.put(k, Math.addExact(out.get(k), m.quantity()));
      }
    }
    return out;
  }

  /** The {@code quantity} lowest serials of a lot that have not moved. */
  private List<SerialRange> lowest(CreditLot lot, long quantity) {
    List<SerialRange> moved = new ArrayList<>();
    for (Movement m : movements) {
      if (m.lotId().equals(lot.id())) {
        moved.addAll(m.serials());
      }
    }
    moved.sort((a, b) -> Long.compare(a.first(), b.first()));
    List<SerialRange> out = new ArrayList<>();
    long next = lot.serials().first();
    long left = quantity;
    for (SerialRange r : moved) {
      if (left == 0) {
        break;
      }
      if (r.first() > next) {
        long take = Math.min(left, r.first() - next);
        out.add(new SerialRange(lot.serials().block(), next, next + take - 1));
        left -= take;
      }
      next = Math.max(next, r.last() + 1);
    }
    if (left > 0) {
      out.add(new SerialRange(lot.serials().block(), next, next + left - 1));
    }
    return out;
  }
}
