package org.scopeplus.server.it;

/** SME energy sites, meters, PV, tariffs and readings on PostgreSQL. */
@OnPostgres
class EnergyPostgresIT extends EnergyChecks {}
