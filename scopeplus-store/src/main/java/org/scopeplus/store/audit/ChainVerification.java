package org.scopeplus.store.audit;

import java.util.List;

/**
 * What checking a tenant's audit chain and its stored data found.
 *
 * @param tenantId the tenant
 * @param entries how many entries were checked
 * @param intact true when every entry matches its hash and follows the one before, and every stored
 *     entity has the state its latest entry recorded
 * @param brokenAt the sequence number of the first broken entry found, or 0
 * @param message a sentence: the chain is intact, or what is wrong with the first broken entry (and
 *     how many problems there are when more than one)
 * @param brokenCount how many problems were found in all
 * @param broken the first of them (at most {@link
 *     org.scopeplus.core.problem.ProblemTally#configuredLimit()}), in the order they were found
 */
public record ChainVerification(
    String tenantId,
    long entries,
    boolean intact,
    long brokenAt,
    String message,
    long brokenCount,
    List<BrokenEntry> broken) {
  public ChainVerification {
    broken = List.copyOf(broken);
  }
}
