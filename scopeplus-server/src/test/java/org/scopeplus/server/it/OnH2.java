package org.scopeplus.server.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The service on a real port over an in-memory H2 database; one context shared by all H2 tests.
 * Files the service keeps (the tenants' Scope 3+ ledgers) go under the module's target folder.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "scopeplus.db.url=jdbc:h2:mem:scopeplus-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;LOCK_TIMEOUT=120000;DB_CLOSE_DELAY=-1",
      "scopeplus.db.user=sa",
      "scopeplus.pact.port=0",
      "scopeplus.pact.retry-base=PT0.5S",
      "scopeplus.pact.poll=PT0.2S",
      "scopeplus.data-dir=target/it-data-h2"
    })
public @interface OnH2 {}
