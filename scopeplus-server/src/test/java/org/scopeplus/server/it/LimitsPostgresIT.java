package org.scopeplus.server.it;

import org.springframework.test.context.TestPropertySource;

/** Request sizes and import caps on PostgreSQL, with limits small enough to pass in a test. */
@OnPostgres
@TestPropertySource(properties = LimitsChecks.SMALL_LIMITS)
class LimitsPostgresIT extends LimitsChecks {}
