package org.scopeplus.server.it;

/** The Scope 3+ batch API on H2. */
@OnH2
class EcosystemH2IT extends EcosystemChecks {}
