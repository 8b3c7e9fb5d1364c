package org.scopeplus.io.table;

import java.io.IOException;

/** Reads a whole table and checks the shape every reader promises: numbered rows, no null cell. */
final class TableRows {
  private TableRows() {}

  static void check(TableReader table) throws IOException {
    try (table) {
      int width = table.header().size();
      for (String h : table.header()) {
        if (h == null) {
          throw new AssertionError("a null header cell");
        }
      }
      long[] last = {1};
      table.forEachRow(
          row -> {
            if (row.number() <= last[0]) {
              throw new AssertionError("row " + row.number() + " after row " + last[0]);
            }
            last[0] = row.number();
            if (row.cells().length < width) {
              throw new AssertionError("row " + row.number() + " is narrower than the header");
            }
            for (String c : row.cells()) {
              if (c == null) {
                throw new AssertionError("a null cell in row " + row.number());
              }
            }
          });
      if (table.sha256Hex().length() != 64) {
        throw new AssertionError("no SHA-256 of the file");
      }
    }
  }
}
