package org.scopeplus.server.it;

/** City targets and scenarios on PostgreSQL. */
@OnPostgres
class CityTargetsPostgresIT extends CityTargetsChecks {}
