package org.scopeplus.core.scope3plus;

import org.scopeplus.core.quantity.MeasureUnit;
import org.scopeplus.core.quantity.UnitSymbols;
import org.scopeplus.core.scope3plus.internal.EventSlots;

/**
 * One event as a reader found it, not yet judged: byte ranges over the reader's own buffer, the
 * quantities with their units' positions in {@link UnitSymbols}, and the time, so the hot path
 * allocates nothing per event. Readers fill it (from {@link #clear}); {@link Ledger#offer} and
 * {@link Scope3PlusRules#assess} judge it. A length of -1 means the field was absent. Reused from
 * event to event; its layout stays inside the core.
 */
public final class RawEvent {

  final EventSlots slots = new EventSlots();

  /** Clears every field before the next event, whose ranges are over {@code buffer}. */
  public void clear(byte[] buffer) {
    slots.clear(buffer);
  }

  /** The event id at {@code buffer[offset..offset+length)}. */
  public void id(int offset, int length) {
    slots.id(offset, length);
  }

  /** The programme's name. */
  public void programme(int offset, int length) {
    slots.programme(offset, length);
  }

  /** The actor's identifier. */
  public void actor(int offset, int length) {
    slots.actor(offset, length);
  }

  /** The action type. */
  public void action(int offset, int length) {
    slots.action(offset, length);
  }

  /** The region. */
  public void region(int offset, int length) {
    slots.region(offset, length);
  }

  /** The claim of the real-world action (-1 for none). */
  public void claim(int offset, int length) {
    slots.claim(offset, length);
  }

  /** The evidence. */
  public void evidence(int offset, int length) {
    slots.evidence(offset, length);
  }

  /**
   * Adds the next quantity: its value as given ({@code NaN} when absent) and its unit's position in
   * {@link UnitSymbols} ({@code -1} when not recognised); {@code unknownSymbol} is an unrecognised
   * symbol as given, kept (the first one) so that the refusal can name it, else null. Quantities
   * beyond the third are counted but not kept.
   */
  public void quantity(double value, int unit, String unknownSymbol) {
    slots.quantity(value, unit, unknownSymbol);
  }

  /** Seconds since the epoch (UTC); {@link Long#MIN_VALUE} when absent or invalid. */
  public void epochSecond(long epochSecond) {
    slots.epochSecond(epochSecond);
  }

  /** The bytes every range refers to. */
  public byte[] buffer() {
    return slots.buffer();
  }

  public int idOffset() {
    return slots.idOffset();
  }

  public int idLength() {
    return slots.idLength();
  }

  public int programmeOffset() {
    return slots.programmeOffset();
  }

  public int programmeLength() {
    return slots.programmeLength();
  }

  public int actorOffset() {
    return slots.actorOffset();
  }

  public int actorLength() {
    return slots.actorLength();
  }

  public int actionOffset() {
    return slots.actionOffset();
  }

  public int actionLength() {
    return slots.actionLength();
  }

  public int regionOffset() {
    return slots.regionOffset();
  }

  public int regionLength() {
    return slots.regionLength();
  }

  public int claimOffset() {
    return slots.claimOffset();
  }

  public int claimLength() {
    return slots.claimLength();
  }

  public int evidenceOffset() {
    return slots.evidenceOffset();
  }

  public int evidenceLength() {
    return slots.evidenceLength();
  }

  /** Number of quantities read (may exceed 3, in which case only three are kept). */
  public int quantityCount() {
    return slots.quantityCount();
  }

  /** Quantity {@code i}'s value as given, in its own unit. */
  public double value(int i) {
    return slots.value(i);
  }

  /** Quantity {@code i}'s unit as a position in {@link UnitSymbols}; -1 when not recognised. */
  public int unitIndex(int i) {
    return slots.unitIndex(i);
  }

  /** The unit of quantity {@code i} (below 3), or null when its symbol was not recognised. */
  public MeasureUnit unit(int i) {
    int u = slots.unitIndex(i);
    return u < 0 ? null : UnitSymbols.atIndex(u);
  }

  /** The first unit symbol that was not recognised, as given; null when every one was. */
  public String unknownUnit() {
    return slots.unknownUnit();
  }

  /** Seconds since the epoch (UTC); {@link Long#MIN_VALUE} when absent or invalid. */
  public long epochSecond() {
    return slots.epochSecond();
  }

  /** The text of a range of the buffer ("" when the length is 0 or below; allocates). */
  public String text(int offset, int length) {
    return slots.text(offset, length);
  }

  /** The event id as a string (for messages; allocates). */
  public String id() {
    return slots.idLength() < 0 ? "" : slots.text(slots.idOffset(), slots.idLength());
  }
}
