package org.scopeplus.server.it;

import org.springframework.test.context.TestPropertySource;

/** Request sizes and import caps on H2, with limits small enough to pass in a test. */
@OnH2
@TestPropertySource(properties = LimitsChecks.SMALL_LIMITS)
class LimitsH2IT extends LimitsChecks {}
