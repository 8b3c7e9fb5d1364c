package org.scopeplus.server.it;

/** The energy console pages on H2. */
@OnH2
class EnergyConsoleH2IT extends EnergyConsoleChecks {}
