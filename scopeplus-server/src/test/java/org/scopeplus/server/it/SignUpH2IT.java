package org.scopeplus.server.it;

/** Self-service sign-up on H2. */
@OnH2
class SignUpH2IT extends SignUpChecks {}
