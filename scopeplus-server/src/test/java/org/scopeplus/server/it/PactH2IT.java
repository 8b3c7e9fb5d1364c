package org.scopeplus.server.it;

/** The PACT host system on H2. */
@OnH2
class PactH2IT extends PactChecks {}
