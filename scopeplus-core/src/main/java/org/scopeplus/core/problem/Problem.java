package org.scopeplus.core.problem;

import java.util.Objects;
import org.scopeplus.core.text.Sentence;

/**
 * A problem with a user's data, located precisely enough to fix it: a value, never an exception.
 * Its message is the English sentence; a problem users meet often also carries that sentence as a
 * message key with its arguments, so that a page or an answer can say it in its reader's language
 * without reading the English back.
 *
 * @param file the file name as given ("" when not from a file)
 * @param row 1-based row (the header is row 1), or 0 when the problem is with the whole file
 * @param column the column name, or "" when the problem is with the whole row
 * @param message a sentence a carbon accountant understands, in English
 * @param sentence the same sentence as a key ({@code problem.*}) with its arguments, or null when
 *     the problem has no code yet
 */
public record Problem(String file, long row, String column, String message, Sentence sentence) {
  public Problem {
    file = file == null ? "" : file;
    column = column == null ? "" : column;
    Objects.requireNonNull(message, "message");
  }

  /** A problem without a code: its English message only. */
  public Problem(String file, long row, String column, String message) {
    this(file, row, column, message, null);
  }

  /**
   * The problem's code, the key of its sentence ({@code problem.empty}), or null when it has none.
   */
  public String code() {
    return sentence == null ? null : sentence.key();
  }

  /** The same problem at another row (a chunk's row counted from the start of its file). */
  public Problem atRow(long at) {
    return new Problem(file, at, column, message, sentence);
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
