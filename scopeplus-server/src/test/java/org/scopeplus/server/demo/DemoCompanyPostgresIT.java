package org.scopeplus.server.demo;

import org.scopeplus.server.it.OnPostgres;

/** The demo company loaded into the service on PostgreSQL. */
@OnPostgres
class DemoCompanyPostgresIT extends DemoCompanyChecks {}
