package org.scopeplus.server.it;

/** Carbon Eye's districts, grid, daily estimates and public page on PostgreSQL. */
@OnPostgres
class CityPostgresIT extends CityChecks {}
