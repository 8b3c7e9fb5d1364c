package org.scopeplus.server.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The service on a real port over PostgreSQL at 127.0.0.1:5432 (database {@code test}, user {@code
 * postgres}), in a fresh schema per test run, dropped when the test JVM ends ({@link
 * ServiceChecks}). When PostgreSQL is unreachable the context fails to start and the tests fail;
 * they never skip.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "scopeplus.db.url=${SCOPEPLUS_TEST_PG_URL:jdbc:postgresql://127.0.0.1:5432/test}",
      "scopeplus.db.user=${SCOPEPLUS_TEST_PG_USER:postgres}",
      "scopeplus.db.password=${SCOPEPLUS_TEST_PG_PASSWORD:}",
      "scopeplus.db.schema=it_${random.int[100000000,999999999]}",
      "scopeplus.pact.port=0",
      "scopeplus.pact.retry-base=PT0.5S",
      "scopeplus.pact.poll=PT0.2S",
      "scopeplus.data-dir=target/it-data-postgres"
    })
public @interface OnPostgres {}
