package org.scopeplus.server.it;

/** The nightly batch over the stored readings on PostgreSQL. */
@OnPostgres
class EnergyNightlyPostgresIT extends EnergyNightlyChecks {}
