package org.scopeplus.server.it;

/** A run whose stored trace-line block no longer decodes, on H2. */
@OnH2
class UnreadableLinesH2IT extends UnreadableLinesChecks {}
