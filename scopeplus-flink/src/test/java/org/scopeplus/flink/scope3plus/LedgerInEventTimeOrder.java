package org.scopeplus.flink.scope3plus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.scopeplus.core.scope3plus.Ledger;
import org.scopeplus.core.scope3plus.RawEvent;
import org.scopeplus.core.scope3plus.RejectionReason;
import org.scopeplus.core.scope3plus.Verdict;
import org.scopeplus.io.scope3plus.NdjsonEventParser;

/**
 * The embedded engine as the reference: a {@link Ledger} offered the lines in the order the Flink
 * job decides in (event time, then event id, then the line), with the same line handling as the
 * embedded NDJSON reader, and the outcome of every line.
 */
final class LedgerInEventTimeOrder {

  final Ledger ledger;

  /** The outcome of every non-blank line, as {@link JobResults#outcome}, sorted. */
  final List<String> outcomes = new ArrayList<>();

  private LedgerInEventTimeOrder(Ledger ledger) {
    this.ledger = ledger;
  }

  static LedgerInEventTimeOrder run(List<String> lines, EcosystemSettings settings) {
    Ledger ledger = new Ledger(settings.catalog(), settings.pointsRates(), lines.size());
    LedgerInEventTimeOrder reference = new LedgerInEventTimeOrder(ledger);
    NdjsonEventParser parser = new NdjsonEventParser();
    record Parsed(String line, RawEvent slots, boolean ok, long second, String id) {}
    List<Parsed> parsed = new ArrayList<>();
    for (String raw : lines) {
      String line = ValidatingLines.trim(raw);
      if (line.isEmpty()) {
        continue;
      }
      byte[] b = line.getBytes(StandardCharsets.UTF_8);
      RawEvent slots = new RawEvent();
      boolean ok = parser.parse(b, 0, b.length, slots);
      parsed.add(new Parsed(line, slots, ok, ok ? slots.epochSecond() : Long.MIN_VALUE, id(slots)));
    }
    parsed.sort(
        Comparator.comparingLong(Parsed::second)
            .thenComparing(Parsed::id)
            .thenComparing(Parsed::line));
    for (Parsed p : parsed) {
      String reason;
      if (!p.ok()) {
        ledger.reject(RejectionReason.MALFORMED);
        reason = RejectionReason.MALFORMED.name();
      } else {
        Verdict v = ledger.offer(p.slots());
        reason = v instanceof Verdict.Refused r ? r.reason().name() : "";
      }
      reference.outcomes.add(JobResults.outcome(reason, p.line()));
    }
    reference.outcomes.sort(null);
    return reference;
  }

  private static String id(RawEvent s) {
    return s.idLength() <= 0 ? "" : s.id();
  }
}
