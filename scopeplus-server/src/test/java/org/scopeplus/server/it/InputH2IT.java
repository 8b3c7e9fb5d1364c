package org.scopeplus.server.it;

/** Input that is refused, on H2. */
@OnH2
class InputH2IT extends InputChecks {}
