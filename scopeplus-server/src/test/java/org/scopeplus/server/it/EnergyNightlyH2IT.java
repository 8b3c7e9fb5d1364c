package org.scopeplus.server.it;

/** The nightly batch over the stored readings on H2. */
@OnH2
class EnergyNightlyH2IT extends EnergyNightlyChecks {}
