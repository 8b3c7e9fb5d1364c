package org.scopeplus.server.it;

/** Quantities and grams on PostgreSQL. */
@OnPostgres
class QuantityBoundPostgresIT extends QuantityBoundChecks {}
