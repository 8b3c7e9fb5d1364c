package org.scopeplus.server.it;

/** Password and access changes on H2. */
@OnH2
class AccountH2IT extends AccountChecks {}
