package org.scopeplus.store.audit;

/**
 * One change in the audit trail: who did what to which entity, when, and the hashes of the entity's
 * state before and after. {@code entryHash} chains it to the entry before.
 *
 * @param tenantId the tenant
 * @param seq the entry's number in the tenant's chain, from 1
 * @param at when, ISO-8601 UTC
 * @param actor the user or token owner who made the change
 * @param action what was done, e.g. {@code import.stored}
 * @param entity the kind of entity changed
 * @param entityId its id
 * @param beforeHash SHA-256 of its state before ({@link AuditTrail#NO_STATE} when it did not exist)
 * @param afterHash SHA-256 of its state after
 * @param detail a short description
 * @param previousHash the entry hash of entry {@code seq - 1} (64 zeros for the first)
 * @param entryHash SHA-256 of the previous hash and every field above
 */
public record AuditEntry(
    String tenantId,
    long seq,
    String at,
    String actor,
    String action,
    String entity,
    String entityId,
    String beforeHash,
    String afterHash,
    String detail,
    String previousHash,
    String entryHash) {

  /** This entry with {@code entryHash} set to the hash its fields give ({@link #expectedHash}). */
  AuditEntry sealed() {
    return new AuditEntry(
        tenantId,
        seq,
        at,
        actor,
        action,
        entity,
        entityId,
        beforeHash,
        afterHash,
        detail,
        previousHash,
        expectedHash());
  }

  /** The hash this entry should have, computed from its fields. */
  public String expectedHash() {
    return AuditTrail.hash(
        previousHash,
        tenantId,
        seq,
        at,
        actor,
        action,
        entity,
        entityId,
        beforeHash,
        afterHash,
        detail);
  }

  /** How a sentence names this entry: {@code entry 7 (import.stored of activity_import ID)}. */
  public String named() {
    return named("");
  }

  /**
   * How a sentence names this entry with its time: {@code entry 7 (import.stored of activity_import
   * ID at 2026-01-01T00:00:00Z)}.
   */
  public String namedWithTime() {
    return named(" at " + at);
  }

  private String named(String more) {
    return "entry " + seq + " (" + action + " of " + entity + " " + entityId + more + ")";
  }
}
