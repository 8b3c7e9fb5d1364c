package org.scopeplus.server.it;

/** Tenant isolation and roles on H2. */
@OnH2
class TenantIsolationH2IT extends TenantIsolationChecks {}
