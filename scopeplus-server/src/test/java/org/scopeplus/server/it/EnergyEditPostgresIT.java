package org.scopeplus.server.it;

/** The energy page's change forms on PostgreSQL. */
@OnPostgres
class EnergyEditPostgresIT extends EnergyEditChecks {}
