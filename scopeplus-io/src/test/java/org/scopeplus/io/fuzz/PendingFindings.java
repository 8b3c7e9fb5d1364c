package org.scopeplus.io.fuzz;

import java.util.List;

/**
 * Failures the fuzz targets found in readers whose fixes are being made elsewhere, each with its
 * input in {@code src/test/resources/fuzz-findings/pending/} (see the README there). While listed
 * here the campaign in {@code verify} does not fail on them, so that it keeps looking for new ones;
 * a fix removes its line here and moves its input into the target's {@code Inputs} directory, where
 * it runs as a regression test.
 */
final class PendingFindings {

  /** A failure of a target: the exception's class and a word of its message or of its origin. */
  private record Finding(String target, String exception, String clue) {
    boolean matches(String t, Throwable e) {
      if (!target.equals(t) || !e.getClass().getName().equals(exception)) {
        return false;
      }
      String message = String.valueOf(e.getMessage());
      if (message.contains(clue)) {
        return true;
      }
      for (StackTraceElement frame : e.getStackTrace()) {
        if (frame.getClassName().contains(clue)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final String CSV_PARSE = "de.siegmar.fastcsv.reader.CsvParseException";

  private static final List<Finding> PENDING =
      List.of(
          // pending/xlsx-empty-file.xlsx: POI's EmptyFileException (an IllegalArgumentException)
          new Finding("xlsx", "org.apache.poi.EmptyFileException", "empty"),
          // pending/*-character-after-closing-quote.csv: FastCSV's CsvParseException (a
          // RuntimeException) escapes CsvTableReader for any CSV syntax error, in every reader
          new Finding("csv", CSV_PARSE, "CsvTableReader"),
          new Finding("activity", CSV_PARSE, "CsvTableReader"),
          new Finding("factor-library", CSV_PARSE, "CsvTableReader"),
          // pending/month-beyond-int.txt: a year of more than 9 digits overflows the month index
          new Finding("month", "java.lang.IllegalStateException", "written back as"));

  private PendingFindings() {}

  static boolean known(String target, Throwable e) {
    for (Finding f : PENDING) {
      if (f.matches(target, e)) {
        return true;
      }
    }
    return false;
  }
}
