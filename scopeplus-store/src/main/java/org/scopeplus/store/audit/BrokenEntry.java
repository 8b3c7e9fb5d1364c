package org.scopeplus.store.audit;

/**
 * One thing the audit check found wrong: the entry it concerns and a sentence saying what.
 *
 * @param seq the number of the audit entry whose recorded state or hash is contradicted, or 0 when
 *     no entry concerns it (a row inserted behind the service's back)
 * @param reason a sentence naming the entry, the entity and what is wrong with it
 */
public record BrokenEntry(long seq, String reason) {}
