package org.scopeplus.flink;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scopeplus.core.ecosystem.EventSlots;
import org.scopeplus.core.ecosystem.Ledger;
import org.scopeplus.core.ecosystem.RejectionReason;
import org.scopeplus.core.ecosystem.Verdict;
import org.scopeplus.io.ecosystem.NdjsonEventParser;

/**
 * The embedded engine as the reference: a {@link Ledger} offered the lines in the order the Flink
 * job decides in (event time, then event id, then the line), with the same line handling as the
 * embedded NDJSON reader. Also finds the one case where the two engines differ by design: a claim
 * whose first claimant was refused by its daily cap.
 */
final class LedgerInEventTimeOrder {

  final Ledger ledger;

  /**
   * Claims with more than one claimant whose first claimant (first delivery of its id, in order)
   * the ledger refused by a daily cap: there the ledger counts a later claimant, the Flink job
   * refuses it as already claimed.
   */
  final Set<String> cappedFirstClaimants = new HashSet<>();

  private LedgerInEventTimeOrder(Ledger ledger) {
    this.ledger = ledger;
  }

  static LedgerInEventTimeOrder run(List<String> lines, EcosystemSettings settings) {
    Ledger ledger = new Ledger(settings.catalog(), settings.pointsRates(), lines.size());
    LedgerInEventTimeOrder reference = new LedgerInEventTimeOrder(ledger);
    NdjsonEventParser parser = new NdjsonEventParser();
    record Parsed(String line, EventSlots slots, boolean ok, long second, String id) {}
    List<Parsed> parsed = new ArrayList<>();
    for (String raw : lines) {
      String line = ValidatingLines.trim(raw);
      if (line.isEmpty()) {
        continue;
      }
      byte[] b = line.getBytes(StandardCharsets.UTF_8);
      EventSlots slots = new EventSlots();
      boolean ok = parser.parse(b, 0, b.length, slots);
      parsed.add(new Parsed(line, slots, ok, ok ? slots.epochSecond : Long.MIN_VALUE, id(slots)));
    }
    parsed.sort(
        Comparator.comparingLong(Parsed::second)
            .thenComparing(Parsed::id)
            .thenComparing(Parsed::line));
    Set<String> firstDeliveries = new HashSet<>();
    Map<String, RejectionReason> firstClaimant = new HashMap<>();
    Map<String, Integer> claimants = new HashMap<>();
    for (Parsed p : parsed) {
      if (!p.ok()) {
        ledger.reject(RejectionReason.MALFORMED);
        continue;
      }
      Verdict v = ledger.offer(p.slots());
      RejectionReason r = v instanceof Verdict.Refused refused ? refused.reason() : null;
      boolean judgedByState =
          r == null
              || r == RejectionReason.ALREADY_CLAIMED
              || r == RejectionReason.DAILY_CAP_REACHED;
      String claim = claim(p.slots());
      if (judgedByState && firstDeliveries.add(p.id()) && !claim.isEmpty()) {
        firstClaimant.putIfAbsent(claim, r);
        claimants.merge(claim, 1, Integer::sum);
      }
    }
    firstClaimant.forEach(
        (claim, r) -> {
          if (r == RejectionReason.DAILY_CAP_REACHED && claimants.get(claim) > 1) {
            reference.cappedFirstClaimants.add(claim);
          }
        });
    return reference;
  }

  private static String id(EventSlots s) {
    return s.idLength <= 0 ? "" : s.id();
  }

  private static String claim(EventSlots s) {
    return s.claimLength <= 0
        ? ""
        : new String(s.buffer, s.claimOffset, s.claimLength, StandardCharsets.UTF_8);
  }
}
