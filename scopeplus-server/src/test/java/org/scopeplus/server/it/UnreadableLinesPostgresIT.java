package org.scopeplus.server.it;

/** A run whose stored trace-line block no longer decodes, on PostgreSQL. */
@OnPostgres
class UnreadableLinesPostgresIT extends UnreadableLinesChecks {}
