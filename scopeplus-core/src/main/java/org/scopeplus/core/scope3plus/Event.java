package org.scopeplus.core.scope3plus;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.scopeplus.core.quantity.UnitSymbols;

/**
 * An ecosystem event as a value: a pseudonymous actor's action reported by a programme, with its
 * quantities, time, region and evidence. {@code claim} names the real-world action (e.g. a trip's
 * fingerprint) so that two programmes reporting the same action are counted once; "" when none.
 *
 * @param id the event id, unique per delivery source
 * @param programme the reporting programme
 * @param actor the pseudonymous actor id
 * @param action the action type, naming a methodology
 * @param quantities the quantities, in the methodology's order
 * @param time when the action happened
 * @param region where (ISO 3166 code or sub-region)
 * @param evidence verification evidence reference
 * @param claim the real-world action reference, or ""
 */
public record Event(
    String id,
    String programme,
    String actor,
    String action,
    List<EventQuantity> quantities,
    Instant time,
    String region,
    String evidence,
    String claim) {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    quantities = List.copyOf(quantities);
    Objects.requireNonNull(time, "time");
    region = region == null ? "" : region;
    evidence = evidence == null ? "" : evidence;
    claim = claim == null ? "" : claim;
  }

  /** Copies this event into reusable slots (for the same path the readers use). */
  public void fill(RawEvent slots) {
    byte[][] parts = {
      bytes(id),
      bytes(programme),
      bytes(actor),
      bytes(action),
      bytes(region),
      bytes(claim),
      bytes(evidence)
    };
    int total = 0;
    for (byte[] p : parts) {
      total += p.length;
    }
    byte[] buf = new byte[total];
    int[] offsets = new int[parts.length];
    int at = 0;
    for (int i = 0; i < parts.length; i++) {
      offsets[i] = at;
      System.arraycopy(parts[i], 0, buf, at, parts[i].length);
      at += parts[i].length;
    }
    slots.clear(buf);
    slots.id(offsets[0], parts[0].length);
    slots.programme(offsets[1], parts[1].length);
    slots.actor(offsets[2], parts[2].length);
    slots.action(offsets[3], parts[3].length);
    slots.region(offsets[4], parts[4].length);
    slots.claim(offsets[5], claim.isEmpty() ? -1 : parts[5].length);
    slots.evidence(offsets[6], parts[6].length);
    for (EventQuantity q : quantities) {
      int unit = UnitSymbols.index(q.unit());
      slots.quantity(q.value(), unit, unit < 0 ? q.unit() : null);
    }
    slots.epochSecond(time.getEpochSecond());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
