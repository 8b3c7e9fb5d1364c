package org.scopeplus.server.it;

/** The city emissions-trading registry on H2. */
@OnH2
class EtsH2IT extends EtsChecks {}
