package org.scopeplus.server.it;

/** The city's GPC inventory through the API and the console on PostgreSQL. */
@OnPostgres
class GpcInventoryPostgresIT extends GpcInventoryChecks {}
