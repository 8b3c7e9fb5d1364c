package org.scopeplus.core.activity;

/**
 * Where a record came from, for messages and traces.
 *
 * @param file the file name as given
 * @param row the 1-based row number in that file, the header being row 1
 */
public record SourceRef(String file, long row) {
  public static final SourceRef NONE = new SourceRef("", 0);

  @Override
  public String toString() {
    return file + ":" + row;
  }
}
