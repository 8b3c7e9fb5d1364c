package org.scopeplus.server.it;

/** Targets, indicators and carbon credits on H2. */
@OnH2
class ManagementH2IT extends ManagementChecks {}
