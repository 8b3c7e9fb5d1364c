package org.scopeplus.server.it;

/** The accepted range of dates on H2. */
@OnH2
class DateH2IT extends DateChecks {}
