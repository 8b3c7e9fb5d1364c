package org.scopeplus.store.run;

import java.sql.SQLException;

/**
 * A stored block of a run's trace lines that does not decode, or does not hold the lines its row
 * says: its rows changed since the run was calculated (a fault or a tampering), and the run's lines
 * are refused rather than read. The audit check names such a run as changed.
 */
public final class TraceBlockUnreadable extends SQLException {

  private static final long serialVersionUID = 1L;

  /** The SQL state: data corrupted. */
  static final String STATE = "XX001";

  private final String runId;
  private final int blockNo;

  TraceBlockUnreadable(String runId, int blockNo, String message, Throwable cause) {
    super(message, STATE, cause);
    this.runId = runId;
    this.blockNo = blockNo;
  }

  TraceBlockUnreadable(String runId, int blockNo, String message) {
    this(runId, blockNo, message, null);
  }

  /** The run whose block it is. */
  public String runId() {
    return runId;
  }

  /** The block's number within its run, from 0. */
  public int blockNo() {
    return blockNo;
  }

  /** The unreadable block behind {@code failure} (it or one of its causes), or null. */
  public static TraceBlockUnreadable in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof TraceBlockUnreadable u) {
        return u;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
