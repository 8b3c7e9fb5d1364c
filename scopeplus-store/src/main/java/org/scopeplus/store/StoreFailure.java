package org.scopeplus.store;

import java.sql.SQLException;

/**
 * The database failed (unreachable, a constraint the code should have prevented): not a user error.
 */
public final class StoreFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreFailure(String message, SQLException cause) {
    super(message + ": " + cause.getMessage(), cause);
  }

  public StoreFailure(String message) {
    super(message);
  }
}
