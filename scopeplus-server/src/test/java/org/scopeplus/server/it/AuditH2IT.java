package org.scopeplus.server.it;

/** The audit chain on H2. */
@OnH2
class AuditH2IT extends AuditChecks {}
