package org.scopeplus.server.it;

/** Imports on H2. */
@OnH2
class ImportH2IT extends ImportChecks {}
