package org.scopeplus.core.scope3plus;

import java.nio.charset.StandardCharsets;
import org.scopeplus.core.quantity.MeasureUnit;
import org.scopeplus.core.quantity.UnitSymbols;

/**
 * One event as a reader found it, held as byte ranges over a shared buffer so the hot path
 * allocates nothing per event. A length of -1 means the field was absent. Readers fill it; {@link
 * Ledger#offer} validates and counts it. Reused from event to event.
 */
public final class EventSlots {
  /** The bytes every range refers to. */
  public byte[] buffer;

  public int idOffset;
  public int idLength = -1;
  public int programmeOffset;
  public int programmeLength = -1;
  public int actorOffset;
  public int actorLength = -1;
  public int actionOffset;
  public int actionLength = -1;
  public int regionOffset;
  public int regionLength = -1;
  public int claimOffset;
  public int claimLength = -1;
  public int evidenceOffset;
  public int evidenceLength = -1;

  /** Quantity values as given, in their own units. */
  public final double[] values = new double[3];

  /**
   * Quantity units, as positions in {@link UnitSymbols} ({@link UnitSymbols#index(byte[], int,
   * int)}); -1 when the symbol was not recognised.
   */
  public final int[] units = {-1, -1, -1};

  /**
   * The first unit symbol that was not recognised, as given (null when every one was): set by the
   * readers only on that refusal path, so that the refusal can name it.
   */
  public String unknownUnit;

  /** Number of quantities read (may exceed 3, in which case only three are kept). */
  public int quantityCount;

  /** Seconds since the epoch (UTC); {@link Long#MIN_VALUE} when absent or invalid. */
  public long epochSecond = Long.MIN_VALUE;

  /** Clears every field before the next event. */
  public void clear() {
    idLength = -1;
    programmeLength = -1;
    actorLength = -1;
    actionLength = -1;
    regionLength = -1;
    claimLength = -1;
    evidenceLength = -1;
    quantityCount = 0;
    units[0] = -1;
    units[1] = -1;
    units[2] = -1;
    unknownUnit = null;
    epochSecond = Long.MIN_VALUE;
  }

  /** The unit of quantity {@code i} (below 3), or null when its symbol was not recognised. */
  public MeasureUnit unit(int i) {
    return units[i] < 0 ? null : UnitSymbols.atIndex(units[i]);
  }

  /** The event id as a string (for messages; allocates). */
  public String id() {
    return idLength < 0 ? "" : new String(buffer, idOffset, idLength, StandardCharsets.UTF_8);
  }
}
