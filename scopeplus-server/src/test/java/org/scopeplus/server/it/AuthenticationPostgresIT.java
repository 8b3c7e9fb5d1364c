package org.scopeplus.server.it;

/** Logins, passwords, user names and a data owner's runs on PostgreSQL. */
@OnPostgres
class AuthenticationPostgresIT extends AuthenticationChecks {}
