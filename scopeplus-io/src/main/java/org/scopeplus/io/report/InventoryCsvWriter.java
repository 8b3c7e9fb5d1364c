package org.scopeplus.io.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.gas.GasGroup;
import org.scopeplus.core.inventory.GasTotal;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.core.inventory.Totals;

/**
 * Writes an inventory as CSV: one row per (section, key) with the scope totals in tonnes CO2e; or,
 * for a trace, one row per result line with the columns of {@link TraceFields#COLUMNS}. Every cell
 * goes through {@link CsvCells}, so no cell runs as a spreadsheet formula.
 */
public final class InventoryCsvWriter {

  private static final List<String> HEADER =
      List.of(
          "section",
          "key",
          "scope1_t",
          "scope2_location_t",
          "scope2_market_t",
          "scope3_t",
          "biogenic_co2_t",
          "total_location_t",
          "total_market_t");

  /** Writes the summary rows. */
  public void write(Inventory inv, Writer out) {
    CsvWriter csv = CsvWriter.builder().build(out);
    record(csv, HEADER);
    row(csv, "totals", "all", inv.totals());
    inv.scope3Categories()
        .forEach(
            (c, g) ->
                record(
                    csv,
                    "scope3_category",
                    Integer.toString(c),
                    "",
                    "",
                    "",
                    Tonnes.of(g).toPlainString(),
                    "",
                    "",
                    ""));
    for (GasGroup g : GasGroup.values()) {
      GasTotal t = inv.byGas().get(g);
      record(
          csv,
          "gas",
          g.key(),
          "",
          "",
          "",
          "",
          "",
          Tonnes.of(t.co2eLocation()).toPlainString(),
          Tonnes.of(t.co2eMarket()).toPlainString());
    }
    section(csv, "org_unit", inv.byOrgUnit());
    section(csv, "facility", inv.byFacility());
    section(csv, "month", inv.byMonth());
    section(csv, "activity_type", inv.byActivityType());
    flush(csv);
  }

  private static void record(CsvWriter csv, String... cells) {
    csv.writeRecord(CsvCells.neutralised(cells));
  }

  private static void record(CsvWriter csv, List<String> cells) {
    record(csv, cells.toArray(new String[0]));
  }

  private static void flush(CsvWriter csv) {
    try {
      csv.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Writes one row per result line. */
  public void writeTrace(List<ResultLine> lines, Writer out) {
    CsvWriter csv = CsvWriter.builder().build(out);
    record(csv, TraceFields.COLUMNS);
    for (ResultLine l : lines) {
      record(csv, traceCells(l));
    }
    flush(csv);
  }

  /**
   * The cells of one result line's trace row, in the order of {@link TraceFields#COLUMNS}, each as
   * {@link CsvCells} makes it safe to write.
   */
  public static String[] traceCells(ResultLine l) {
    Object[] values = TraceFields.values(l);
    String[] cells = new String[values.length];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = CsvCells.neutralised(String.valueOf(values[i]));
    }
    return cells;
  }

  private static void section(CsvWriter csv, String name, Map<String, Totals> map) {
    map.forEach((k, v) -> row(csv, name, k, v));
  }

  private static void row(CsvWriter csv, String section, String key, Totals t) {
    record(
        csv,
        section,
        key,
        Tonnes.of(t.scope1()).toPlainString(),
        Tonnes.of(t.scope2Location()).toPlainString(),
        Tonnes.of(t.scope2Market()).toPlainString(),
        Tonnes.of(t.scope3()).toPlainString(),
        Tonnes.of(t.biogenicCo2()).toPlainString(),
        Tonnes.of(t.totalLocation()).toPlainString(),
        Tonnes.of(t.totalMarket()).toPlainString());
  }
}
