package org.scopeplus.server.it;

/** Runs, comparisons and the base year on H2. */
@OnH2
class RunH2IT extends RunChecks {}
