package org.scopeplus.flink.energy;

/**
 * One row of a readings file: a meter's hour (start, epoch seconds UTC) with its kWh (NaN when the
 * row has none) and outdoor temperature (°C, NaN when none), or the sentence saying why the row
 * cannot be read. A Flink POJO.
 */
public class MeterRow {
  /** The meter the row belongs to ("" when the row names none). */
  public String meterId = "";

  /** The row's line in its file (the header is line 1). */
  public long line;

  public long hourStart;
  public double kwh = Double.NaN;
  public double temperatureC = Double.NaN;

  /** Why the row cannot be read, naming input, row and column; "" for a readable row. */
  public String problem = "";

  public MeterRow() {}

  static MeterRow of(String meterId, long line, long hourStart, double kwh, double temperatureC) {
    MeterRow r = new MeterRow();
    r.meterId = meterId;
    r.line = line;
    r.hourStart = hourStart;
    r.kwh = kwh;
    r.temperatureC = temperatureC;
    return r;
  }

  static MeterRow refused(String meterId, long line, String problem) {
    MeterRow r = new MeterRow();
    r.meterId = meterId;
    r.line = line;
    r.problem = problem;
    return r;
  }
}
