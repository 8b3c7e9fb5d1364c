package org.scopeplus.server.it;

/** SME energy sites, meters, PV, tariffs and readings on H2. */
@OnH2
class EnergyH2IT extends EnergyChecks {}
