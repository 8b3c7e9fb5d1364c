package org.scopeplus.server.demo;

import org.scopeplus.server.it.OnH2;

/** The demo company loaded into the service on H2. */
@OnH2
class DemoCompanyH2IT extends DemoCompanyChecks {}
