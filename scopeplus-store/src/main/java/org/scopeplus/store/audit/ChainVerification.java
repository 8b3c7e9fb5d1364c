package org.scopeplus.store.audit;

/**
 * What checking a tenant's audit chain found.
 *
 * @param tenantId the tenant
 * @param entries how many entries were checked
 * @param intact true when every entry matches its hash and follows the one before
 * @param brokenAt the sequence number of the first entry that does not, or 0
 * @param message a sentence saying what is wrong with that entry, or that the chain is intact
 */
public record ChainVerification(
    String tenantId, long entries, boolean intact, long brokenAt, String message) {}
