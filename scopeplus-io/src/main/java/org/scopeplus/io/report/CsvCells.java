package org.scopeplus.io.report;

import java.util.regex.Pattern;

/**
 * What every CSV this product writes does to a cell before writing it: a cell that a spreadsheet
 * would run as a formula ({@code =}, {@code +}, {@code -} or {@code @} first, or a tab or carriage
 * return first) gets a single quote in front, as the OWASP advice on CSV injection recommends, so
 * {@code =cmd|' /C calc'!A0} is shown as text, never run. A plain number stays as it is: {@code
 * -12.5} is still the number -12.5.
 */
public final class CsvCells {

  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

  private CsvCells() {}

  /** The cell as it is safe to write. */
  public static String neutralised(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    boolean formulaLike =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    if (!formulaLike || NUMBER.matcher(cell).matches()) {
      return cell;
    }
    return "'" + cell;
  }

  /** The cells of a row, each as it is safe to write. */
  public static String[] neutralised(String... cells) {
    String[] out = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      out[i] = neutralised(cells[i]);
    }
    return out;
  }
}
