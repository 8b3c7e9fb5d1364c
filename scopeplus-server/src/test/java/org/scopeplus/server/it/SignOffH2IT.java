package org.scopeplus.server.it;

/** Review and sign-off of periods on H2. */
@OnH2
class SignOffH2IT extends SignOffChecks {}
