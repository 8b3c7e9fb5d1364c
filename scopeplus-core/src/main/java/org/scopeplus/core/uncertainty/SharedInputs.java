package org.scopeplus.core.uncertainty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs lines share, indexed once for both approaches: each line's record (its activity
 * amount) and factor, each with one uncertainty, and the pattern of cells the line adds to. The
 * lines are also kept in record order ({@code byRecord*}) and grouped by factor ({@code factor*}),
 * so both approaches walk them in one pass. A record or factor given two different uncertainties is
 * a programming error.
 */
final class SharedInputs {

  /** Scope 1; Scope 2 location; Scope 2 market; Scope 3 categories 1 to 15. */
  static final int PATTERNS = 18;

  final int lines;
  final List<Uncertainty> records = new ArrayList<>();
  final List<Uncertainty> factors = new ArrayList<>();
  final long[] central = new long[Cell.COUNT];
  final boolean[] present = new boolean[Cell.COUNT];
  final int[][] patternCells = new int[PATTERNS][];

  /** Line positions of each record: {@code recordStart[r]} to {@code recordStart[r + 1]}. */
  final int[] recordStart;

  /** The lines in record order: grams, factor index and cell pattern. */
  final double[] byRecordGrams;

  final int[] byRecordFactor;
  final byte[] byRecordPattern;

  /** Line positions of each factor in {@code factorLines}. */
  final int[] factorStart;

  /** Lines grouped by factor, as positions in the record order. */
  final int[] factorLines;

  SharedInputs(List<UncertainLine> lines) {
    this.lines = lines.size();
    int[] recordOf = new int[this.lines];
    int[] factorOf = new int[this.lines];
    byte[] patternOf = new byte[this.lines];
    Map<String, Integer> recordIndex = new HashMap<>();
    Map<String, Integer> factorIndex = new HashMap<>();
    for (int i = 0; i < this.lines; i++) {
      UncertainLine line = lines.get(i);
      recordOf[i] = index(recordIndex, records, line.recordId(), line.activity(), "record");
      factorOf[i] = index(factorIndex, factors, line.factorKey(), line.factor(), "factor");
      int p = pattern(line);
      patternOf[i] = (byte) p;
      if (patternCells[p] == null) {
        patternCells[p] = Cell.of(line);
      }
      for (int c : patternCells[p]) {
        present[c] = true;
        central[c] = Math.addExact(central[c], line.co2eGrams());
      }
    }
    recordStart = starts(recordOf, records.size());
    int[] next = recordStart.clone();
    byRecordGrams = new double[this.lines];
    byRecordFactor = new int[this.lines];
    byRecordPattern = new byte[this.lines];
    int[] positionOf = new int[this.lines];
    for (int i = 0; i < this.lines; i++) {
      int k = next[recordOf[i]]++;
      positionOf[i] = k;
      byRecordGrams[k] = lines.get(i).co2eGrams();
      byRecordFactor[k] = factorOf[i];
      byRecordPattern[k] = patternOf[i];
    }
    factorStart = starts(factorOf, factors.size());
    int[] nextFactor = factorStart.clone();
    factorLines = new int[this.lines];
    for (int i = 0; i < this.lines; i++) {
      factorLines[nextFactor[factorOf[i]]++] = positionOf[i];
    }
  }

  /** The cell pattern of a line: 0 Scope 1, 1 and 2 Scope 2 by method, 2 + c Scope 3 category c. */
  private static int pattern(UncertainLine line) {
    return switch (line.scope()) {
      case 1 -> 0;
      case 2 -> line.marketBased() ? 2 : 1;
      default -> 2 + line.category();
    };
  }

  private static int[] starts(int[] groupOf, int groups) {
    int[] start = new int[groups + 1];
    for (int g : groupOf) {
      start[g + 1]++;
    }
    for (int g = 0; g < groups; g++) {
      start[g + 1] += start[g];
    }
    return start;
  }

  private static int index(
      Map<String, Integer> index,
      List<Uncertainty> values,
      String key,
      Uncertainty u,
      String what) {
    Integer at = index.get(key);
    if (at == null) {
      at = values.size();
      index.put(key, at);
      values.add(u);
      return at;
    }
    Uncertainty known = values.get(at);
    if (known.relative95() != u.relative95() || known.distribution() != u.distribution()) {
      throw new IllegalArgumentException(
          what + " " + key + " is given two uncertainties: " + known + " and " + u);
    }
    return at;
  }
}
