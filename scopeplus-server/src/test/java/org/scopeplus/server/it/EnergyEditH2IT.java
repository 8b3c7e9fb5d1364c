package org.scopeplus.server.it;

/** The energy page's change forms on H2. */
@OnH2
class EnergyEditH2IT extends EnergyEditChecks {}
