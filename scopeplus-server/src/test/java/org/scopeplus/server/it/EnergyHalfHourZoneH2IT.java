package org.scopeplus.server.it;

/** Meters in zones whose offset is not a whole hour, on H2. */
@OnH2
class EnergyHalfHourZoneH2IT extends EnergyHalfHourZoneChecks {}
