package org.scopeplus.server.it;

/** Malformed requests to every operation on PostgreSQL. */
@OnPostgres
class MalformedRequestPostgresIT extends MalformedRequestChecks {}
