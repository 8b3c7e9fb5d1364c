package org.scopeplus.server.it;

/** A run's annual report on H2. */
@OnH2
class ReportH2IT extends ReportChecks {}
