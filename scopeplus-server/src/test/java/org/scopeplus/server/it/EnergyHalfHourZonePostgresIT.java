package org.scopeplus.server.it;

/** Meters in zones whose offset is not a whole hour, on PostgreSQL. */
@OnPostgres
class EnergyHalfHourZonePostgresIT extends EnergyHalfHourZoneChecks {}
