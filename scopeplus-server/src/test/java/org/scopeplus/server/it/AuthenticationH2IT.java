package org.scopeplus.server.it;

/** Logins, passwords, user names and a data owner's runs on H2. */
@OnH2
class AuthenticationH2IT extends AuthenticationChecks {}
