package org.scopeplus.server.it;

/** The demo city of {@code serve --demo} on H2. */
@OnH2
class DemoCityH2IT extends DemoCityChecks {}
