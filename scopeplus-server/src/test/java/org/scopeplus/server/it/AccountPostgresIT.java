package org.scopeplus.server.it;

/** Password and access changes on PostgreSQL. */
@OnPostgres
class AccountPostgresIT extends AccountChecks {}
