package org.scopeplus.server.it;

/** The console's disclosure page on H2. */
@OnH2
class DisclosureConsoleH2IT extends DisclosureConsoleChecks {}
