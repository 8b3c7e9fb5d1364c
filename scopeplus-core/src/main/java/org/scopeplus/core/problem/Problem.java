package org.scopeplus.core.problem;

import java.util.Objects;

/**
 * A problem with a user's data, located precisely enough to fix it: a value, never an exception.
 *
 * @param file the file name as given ("" when not from a file)
 * @param row 1-based row (the header is row 1), or 0 when the problem is with the whole file
 * @param column the column name, or "" when the problem is with the whole row
 * @param message a sentence a carbon accountant understands
 */
public record Problem(String file, long row, String column, String message) {
  public Problem {
    file = file == null ? "" : file;
    column = column == null ? "" : column;
    Objects.requireNonNull(message, "message");
  }

  /** {@code file:row [column]: message}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(file);
    if (row > 0) {
      b.append(':').append(row);
    }
    if (!column.isEmpty()) {
      b.append(" [").append(column).append(']');
    }
    return b.append(": ").append(message).toString();
  }
}
