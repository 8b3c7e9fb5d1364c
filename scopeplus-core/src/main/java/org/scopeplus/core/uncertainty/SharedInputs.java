package org.scopeplus.core.uncertainty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs lines share, indexed once for both approaches: each line's record (its activity
 * amount) and factor, each with one uncertainty, and the cells the line adds to. A record or factor
 * given two different uncertainties is a programming error.
 */
final class SharedInputs {

  final int lines;
  final double[] grams;
  final int[] recordOf;
  final int[] factorOf;
  final int[][] cellsOf;
  final List<Uncertainty> records = new ArrayList<>();
  final List<Uncertainty> factors = new ArrayList<>();
  final long[] central = new long[Cell.COUNT];
  final boolean[] present = new boolean[Cell.COUNT];

  SharedInputs(List<UncertainLine> lines) {
    this.lines = lines.size();
    grams = new double[this.lines];
    recordOf = new int[this.lines];
    factorOf = new int[this.lines];
    cellsOf = new int[this.lines][];
    Map<String, Integer> recordIndex = new HashMap<>();
    Map<String, Integer> factorIndex = new HashMap<>();
    for (int i = 0; i < this.lines; i++) {
      UncertainLine line = lines.get(i);
      grams[i] = line.co2eGrams();
      recordOf[i] = index(recordIndex, records, line.recordId(), line.activity(), "record");
      factorOf[i] = index(factorIndex, factors, line.factorKey(), line.factor(), "factor");
      cellsOf[i] = Cell.of(line);
      for (int c : cellsOf[i]) {
        present[c] = true;
        central[c] = Math.addExact(central[c], line.co2eGrams());
      }
    }
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
