package org.scopeplus.core.scope3plus.internal;

import java.nio.charset.StandardCharsets;

/**
 * One event as a reader found it, held as byte ranges over a shared buffer so the hot path
 * allocates nothing per event: what {@code org.scopeplus.core.scope3plus.RawEvent} holds. A length
 * of -1 means the field was absent. Reused from event to event.
 */
public final class EventSlots {
  private byte[] buffer;
  private int idOffset;
  private int idLength = -1;
  private int programmeOffset;
  private int programmeLength = -1;
  private int actorOffset;
  private int actorLength = -1;
  private int actionOffset;
  private int actionLength = -1;
  private int regionOffset;
  private int regionLength = -1;
  private int claimOffset;
  private int claimLength = -1;
  private int evidenceOffset;
  private int evidenceLength = -1;
  private final double[] values = new double[3];
  private final int[] units = {-1, -1, -1};
  private String unknownUnit;
  private int quantityCount;
  private long epochSecond = Long.MIN_VALUE;

  /** Clears every field before the next event, whose ranges are over {@code buffer}. */
  public void clear(byte[] buffer) {
    this.buffer = buffer;
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

  public void id(int offset, int length) {
    idOffset = offset;
    idLength = length;
  }

  public void programme(int offset, int length) {
    programmeOffset = offset;
    programmeLength = length;
  }

  public void actor(int offset, int length) {
    actorOffset = offset;
    actorLength = length;
  }

  public void action(int offset, int length) {
    actionOffset = offset;
    actionLength = length;
  }

  public void region(int offset, int length) {
    regionOffset = offset;
    regionLength = length;
  }

  public void claim(int offset, int length) {
    claimOffset = offset;
    claimLength = length;
  }

  public void evidence(int offset, int length) {
    evidenceOffset = offset;
    evidenceLength = length;
  }

  /**
   * Adds the next quantity: its value and its unit's position in the unit table ({@code -1} when
   * not recognised); {@code symbol}, an unrecognised symbol as given or null, is kept when it is
   * the first, for the refusal to name. Quantities beyond the third are counted but not kept.
   */
  public void quantity(double value, int unit, String symbol) {
    int n = quantityCount;
    if (n < 3) {
      values[n] = value;
      units[n] = unit;
      if (symbol != null && unknownUnit == null) {
        unknownUnit = symbol;
      }
    }
    quantityCount = n + 1;
  }

  public void epochSecond(long epochSecond) {
    this.epochSecond = epochSecond;
  }

  public byte[] buffer() {
    return buffer;
  }

  public int idOffset() {
    return idOffset;
  }

  public int idLength() {
    return idLength;
  }

  public int programmeOffset() {
    return programmeOffset;
  }

  public int programmeLength() {
    return programmeLength;
  }

  public int actorOffset() {
    return actorOffset;
  }

  public int actorLength() {
    return actorLength;
  }

  public int actionOffset() {
    return actionOffset;
  }

  public int actionLength() {
    return actionLength;
  }

  public int regionOffset() {
    return regionOffset;
  }

  public int regionLength() {
    return regionLength;
  }

  public int claimOffset() {
    return claimOffset;
  }

  public int claimLength() {
    return claimLength;
  }

  public int evidenceOffset() {
    return evidenceOffset;
  }

  public int evidenceLength() {
    return evidenceLength;
  }

  public double value(int i) {
    return values[i];
  }

  public int unitIndex(int i) {
    return units[i];
  }

  public String unknownUnit() {
    return unknownUnit;
  }

  public int quantityCount() {
    return quantityCount;
  }

  public long epochSecond() {
    return epochSecond;
  }

  public String text(int offset, int length) {
    return length <= 0 ? "" : new String(buffer, offset, length, StandardCharsets.UTF_8);
  }
}
