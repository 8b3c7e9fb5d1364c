package org.scopeplus.server.it;

/** The SME's inventory from its meters and its low-carbon certificate on PostgreSQL. */
@OnPostgres
class EnergyInventoryPostgresIT extends EnergyInventoryChecks {}
