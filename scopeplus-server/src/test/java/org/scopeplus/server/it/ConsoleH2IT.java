package org.scopeplus.server.it;

/** The web console in a browser, on H2. */
@OnH2
class ConsoleH2IT extends ConsoleChecks {}
