package org.scopeplus.server.it;

/** A meter's baseline, forecast, savings, suggestions and PV expected on PostgreSQL. */
@OnPostgres
class EnergyAnalysisPostgresIT extends EnergyAnalysisChecks {}
