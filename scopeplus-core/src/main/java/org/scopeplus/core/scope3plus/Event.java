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
  public void fill(EventSlots slots) {
    slots.clear();
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
    slots.buffer = buf;
    slots.idOffset = offsets[0];
    slots.idLength = parts[0].length;
    slots.programmeOffset = offsets[1];
    slots.programmeLength = parts[1].length;
    slots.actorOffset = offsets[2];
    slots.actorLength = parts[2].length;
    slots.actionOffset = offsets[3];
    slots.actionLength = parts[3].length;
    slots.regionOffset = offsets[4];
    slots.regionLength = parts[4].length;
    slots.claimOffset = offsets[5];
    slots.claimLength = claim.isEmpty() ? -1 : parts[5].length;
    slots.evidenceOffset = offsets[6];
    slots.evidenceLength = parts[6].length;
    slots.quantityCount = quantities.size();
    for (int i = 0; i < Math.min(3, quantities.size()); i++) {
      slots.values[i] = quantities.get(i).value();
      slots.units[i] = UnitSymbols.index(quantities.get(i).unit());
      if (slots.units[i] < 0 && slots.unknownUnit == null) {
        slots.unknownUnit = quantities.get(i).unit();
      }
    }
    slots.epochSecond = time.getEpochSecond();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
