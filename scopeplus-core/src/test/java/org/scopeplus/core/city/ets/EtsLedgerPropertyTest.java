package org.scopeplus.core.city.ets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Generated sequences of registry operations, good and bad. After every step: the enterprise
 * accounts together hold what was issued less what was cancelled, for allowances and for CCER; no
 * enterprise holds less than nothing; every journal entry balances; a refused operation changes
 * nothing; every accepted change moves exactly the tonnes a separate model of the holdings expects;
 * and a correction's reversal is the exact opposite of the entry it reverses.
 */
class EtsLedgerPropertyTest {

  private static final List<String> ENTERPRISES = List.of("A", "B", "C");
  private static final List<String> NAMES = List.of("A", "B", "C", "GHOST", EtsAccount.ISSUANCE);

  /** One generated operation. */
  record Op(int kind, String a, String b, int year, long tonnes, long tonnes2, int day) {}

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Long> tonnes =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(12, Arbitraries.longs().between(1, 3_000)),
            net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(-5, 0)),
            net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, 3_000_000)),
            net.jqwik.api.Tuple.of(
                1,
                Arbitraries.of(
                    EtsLedger.MAX_TONNES,
                    EtsLedger.MAX_TONNES + 1,
                    Long.MAX_VALUE,
                    Long.MIN_VALUE)));
    Arbitrary<String> names =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(10, Arbitraries.of(ENTERPRISES)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(NAMES)));
    return Combinators.combine(
            Arbitraries.integers().between(0, 9),
            names,
            names,
            Arbitraries.frequency(
                net.jqwik.api.Tuple.of(10, 2021),
                net.jqwik.api.Tuple.of(5, 2022),
                net.jqwik.api.Tuple.of(1, 0),
                net.jqwik.api.Tuple.of(1, 2200)),
            tonnes,
            tonnes,
            Arbitraries.integers().between(0, 1_200))
        .as(Op::new)
        .list()
        .ofMinSize(20)
        .ofMaxSize(150);
  }

  @Property(tries = 300)
  void issuedLessCancelledIsAlwaysWhatTheEnterprisesHold(@ForAll("operations") List<Op> ops) {
    EtsLedger l = EtsLedger.empty(EtsRules.national());
    for (String e : ENTERPRISES) {
      l =
          ((EtsOutcome.Done<EtsAccount>) l.open(EtsAccount.enterprise(e, "Enterprise " + e)))
              .ledger();
    }
    Map<String, Long> model = new HashMap<>();
    long issued = 0;
    long cancelled = 0;
    int n = 0;
    for (Op op : ops) {
      String id = "E" + n++;
      LocalDate on = LocalDate.of(2021, 1, 1).plusDays(op.day());
      EtsOutcome<?> o = apply(l, op, id, on);
      if (o instanceof EtsOutcome.Done<?> d) {
        EtsLedger next = d.ledger();
        List<JournalEntry> made = List.of();
        if (d.value() instanceof JournalEntry entry) {
          made = List.of(entry);
        } else if (d.value() instanceof Correction c) {
          made = new java.util.ArrayList<>(List.of(c.reversal()));
          c.corrected().ifPresent(made::add);
          JournalEntry undone =
              l.journal().stream()
                  .filter(e -> e.id().equals(c.reversal().reverses()))
                  .findFirst()
                  .orElseThrow();
          for (int i = 0; i < undone.postings().size(); i++) {
            assertThat(c.reversal().postings().get(i).tonnes())
                .isEqualTo(-undone.postings().get(i).tonnes());
          }
        }
        assertThat(next.journal()).hasSize(l.journal().size() + made.size());
        for (JournalEntry entry : made) {
          Statistics.label("accepted entries").collect(entry.kind());
          for (Posting p : entry.postings()) {
            if (p.account().equals(EtsAccount.ISSUANCE)) {
              issued -= p.tonnes();
            } else if (p.account().equals(EtsAccount.CANCELLATION)) {
              cancelled += p.tonnes();
            } else {
              model.merge(p.account() + "|" + p.unit() + "|" + p.vintage(), p.tonnes(), Long::sum);
            }
          }
          if (op.kind() == 4) {
            assertThat(entry.into(op.a(), unit(op))).isEqualTo(-op.tonnes());
            assertThat(entry.into(op.b(), unit(op))).isEqualTo(op.tonnes());
          }
          if (op.kind() == 5) {
            assertThat(entry.into(EtsAccount.CANCELLATION, Unit.ALLOWANCE))
                .isEqualTo(small(op.tonnes()));
            assertThat(entry.into(EtsAccount.CANCELLATION, Unit.CCER))
                .isEqualTo(small(op.tonnes2()) / 10);
          }
          if (op.kind() == 8) {
            Compliance.Shortfall s = (Compliance.Shortfall) l.compliance(op.a(), op.year(), on);
            assertThat(entry.into(EtsAccount.CANCELLATION, Unit.ALLOWANCE))
                .isEqualTo(s.shortfallTonnes());
            assertThat(next.deducted(op.a(), op.year() + 1)).isEqualTo(s.shortfallTonnes());
          }
        }
        l = next;
      } else {
        if (op.kind() == 4) {
          // a transfer within holdings between two enterprises of a real vintage is never refused
          long held = model.getOrDefault(op.a() + "|" + unit(op) + "|" + op.year(), 0L);
          boolean valid =
              ENTERPRISES.contains(op.a())
                  && ENTERPRISES.contains(op.b())
                  && !op.a().equals(op.b())
                  && op.year() != 0
                  && op.tonnes() >= 1
                  && op.tonnes() <= held;
          assertThat(valid).as(o.toString()).isFalse();
        }
        // a refusal carries no ledger: the registry stays the one it was, checked below
      }
      for (Unit u : Unit.values()) {
        assertThat(l.held(u)).isEqualTo(Math.subtractExact(l.issued(u), l.cancelled(u)));
        for (String e : ENTERPRISES) {
          l.holdings(e, u).values().forEach(t -> assertThat(t).isPositive());
        }
      }
      assertThat(l.issued(Unit.ALLOWANCE) + l.issued(Unit.CCER)).isEqualTo(issued);
      assertThat(l.cancelled(Unit.ALLOWANCE) + l.cancelled(Unit.CCER)).isEqualTo(cancelled);
      for (String e : ENTERPRISES) {
        for (Unit u : Unit.values()) {
          for (var h : l.holdings(e, u).entrySet()) {
            assertThat(model.get(e + "|" + u + "|" + h.getKey())).isEqualTo(h.getValue());
          }
        }
      }
      EtsLedger replayed =
          new EtsLedger(
              l.rules(),
              l.allocationRules(),
              l.enterprises(),
              l.plans(),
              l.verifications(),
              l.journal());
      for (String e : ENTERPRISES) {
        assertThat(replayed.holdings(e, Unit.ALLOWANCE)).isEqualTo(l.holdings(e, Unit.ALLOWANCE));
      }
    }
  }

  /** A generated quantity brought mostly within holdings, keeping absurd ones absurd. */
  private static long small(long tonnes) {
    return tonnes > 0 && tonnes < EtsLedger.MAX_TONNES ? tonnes % 1_000 : tonnes;
  }

  private static Unit unit(Op op) {
    return op.tonnes2() % 2 == 0 ? Unit.ALLOWANCE : Unit.CCER;
  }

  private static EtsOutcome<?> apply(EtsLedger l, Op op, String id, LocalDate on) {
    return switch (op.kind()) {
      case 0 ->
          l.plan(
              new AllocationPlan(
                  op.a(),
                  op.year(),
                  op.tonnes() % 2 == 0
                      ? new AllocationMethod.HistoricalIntensity(0.9, 0.98)
                      : new AllocationMethod.Benchmark(0.8218, Map.of("cooling", 1.05)),
                  (double) Math.abs(op.tonnes() % 100_000)));
      case 1 -> l.preAllocate(id, op.a(), op.year(), on);
      case 2 ->
          l.verify(
              new Verification(
                  op.a(), op.year(), op.tonnes(), (double) Math.abs(op.tonnes2() % 100_000)));
      case 3 -> l.trueUp(id, op.a(), op.year(), on);
      case 4 -> l.transfer(id, op.a(), op.b(), unit(op), op.year(), op.tonnes(), on);
      case 5 ->
          l.surrender(id, op.a(), op.year(), small(op.tonnes()), small(op.tonnes2()) / 10, on);
      case 6 -> l.issueOffsets(id, op.a(), op.year(), op.tonnes(), on, "generated");
      case 8 -> l.deductShortfall(id, op.a(), op.year(), on);
      case 9 -> {
        String target =
            l.journal().isEmpty()
                ? "none"
                : l.journal().get((int) Math.floorMod(op.tonnes2(), l.journal().size())).id();
        yield l.correct(
            id,
            id + "c",
            target,
            op.tonnes() % 3 == 0 ? null : small(op.tonnes()),
            "generated correction",
            on);
      }
      default -> l.open(EtsAccount.enterprise(op.a(), "again"));
    };
  }
}
