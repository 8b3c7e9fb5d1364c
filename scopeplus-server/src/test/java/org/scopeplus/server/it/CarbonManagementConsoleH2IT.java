package org.scopeplus.server.it;

/** The console's indicator, instrument and hourly-matching pages on H2. */
@OnH2
class CarbonManagementConsoleH2IT extends CarbonManagementConsoleChecks {}
