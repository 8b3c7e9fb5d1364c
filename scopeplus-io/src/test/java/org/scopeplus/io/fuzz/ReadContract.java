package org.scopeplus.io.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.table.CsvFormat;

/**
 * What every reader of user files promises, whatever the bytes: it gives a value, or problems
 * located by file, row and column with a sentence, or (for a file that cannot be read at all) an
 * {@link IOException} whose message says why. Any other exception, a stack overflow or running out
 * of memory is a finding. Inputs are bounded ({@link #MAX_BYTES}) so that a finding is a defect of
 * the reader, not of the input's size; the size limits themselves are tested beside each reader.
 */
public final class ReadContract {

  /** The largest input a fuzz target reads; larger ones are skipped. */
  public static final int MAX_BYTES = 64 * 1024;

  private ReadContract() {}

  /** A read that may throw the documented {@link IOException}. */
  @FunctionalInterface
  public interface Read {
    void run() throws IOException;
  }

  /** Whether the input is small enough to be read by a fuzz target. */
  public static boolean bounded(byte[] input) {
    return input.length <= MAX_BYTES;
  }

  /**
   * Runs a read; an {@link IOException} (also wrapped in an {@link UncheckedIOException}) is the
   * documented refusal and must say why; anything else propagates as a finding.
   */
  public static void refusalOrValue(String target, Read read) {
    try {
      read.run();
    } catch (IOException e) {
      requireReason(e);
    } catch (UncheckedIOException e) {
      requireReason(e.getCause());
    }
  }

  private static void requireReason(IOException e) {
    if (e.getMessage() == null || e.getMessage().isBlank()) {
      throw new AssertionError("an unreadable file must be refused with a reason", e);
    }
  }

  /**
   * Every problem names the file, a row from 0 (the whole file) to {@code lastRow}, and a sentence;
   * a problem of a data row (row 2 on) names its column, unless it is the row's CSV syntax, which
   * is found before any cell of the row is known.
   */
  public static void located(String file, List<Problem> problems, long lastRow) {
    for (Problem p : problems) {
      if (!file.equals(p.file())) {
        throw new AssertionError("problem not located in " + file + ": " + p);
      }
      if (p.row() < 0 || p.row() > Math.max(1, lastRow)) {
        throw new AssertionError("problem on a row the file does not have (" + lastRow + "): " + p);
      }
      if (p.row() > 1 && p.column().isEmpty() && !CsvFormat.concernsTheRowsSyntax(p)) {
        throw new AssertionError("a row's problem must name its column: " + p);
      }
      if (p.message().isBlank()) {
        throw new AssertionError("problem without a sentence: " + p);
      }
    }
  }
}
