package org.scopeplus.server.it;

/** A run's uncertainty on H2. */
@OnH2
class UncertaintyH2IT extends UncertaintyChecks {}
