package org.scopeplus.server.it;

/** Review and sign-off of periods on PostgreSQL. */
@OnPostgres
class SignOffPostgresIT extends SignOffChecks {}
