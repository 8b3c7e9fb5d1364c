package org.scopeplus.server.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.scopeplus.store.StoreFailure;

/**
 * Two sign-ups racing for the same new tenant name: the loser meets the database's unique
 * constraint (SQLSTATE 23505, the same code on PostgreSQL and H2) after the name check passed, and
 * must be told the name is taken rather than get a failure of the service.
 */
class SigningUpRaceTest {

  @Test
  void aUniqueViolationUnderTheStoreFailureIsATakenName() {
    StoreFailure raced =
        new StoreFailure(
            "database work failed",
            new SQLException("duplicate key value violates unique constraint", "23505"));
    assertThat(SigningUp.takenMeanwhile(raced)).isTrue();
  }

  @Test
  void anotherDatabaseFailureIsNotMistakenForATakenName() {
    StoreFailure down =
        new StoreFailure("database work failed", new SQLException("connection refused", "08001"));
    assertThat(SigningUp.takenMeanwhile(down)).isFalse();
  }
}
