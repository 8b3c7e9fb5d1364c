package org.scopeplus.server.it;

/** Self-service sign-up on PostgreSQL. */
@OnPostgres
class SignUpPostgresIT extends SignUpChecks {}
