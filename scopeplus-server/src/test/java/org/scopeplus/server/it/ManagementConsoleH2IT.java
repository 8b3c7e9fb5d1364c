package org.scopeplus.server.it;

/** The console's management pages on H2. */
@OnH2
class ManagementConsoleH2IT extends ManagementConsoleChecks {}
