package org.scopeplus.server.it;

/** Input that is refused, on PostgreSQL (where a NUL in text used to end in a 500). */
@OnPostgres
class InputPostgresIT extends InputChecks {}
