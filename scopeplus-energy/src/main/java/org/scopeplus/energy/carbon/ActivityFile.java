package org.scopeplus.energy.carbon;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The monthly records of {@link EnergyActivity} written as an activity file (docs/input-format.md),
 * for the inventory engine to read as it reads any company's activity data. One writer for the CLI
 * and the service, so both hand the engine the same columns, rounding and data quality.
 */
public final class ActivityFile {

  /** The columns written, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "record_id",
          "org_unit",
          "facility",
          "period",
          "activity_type",
          "quantity",
          "unit",
          "region",
          "data_quality",
          "evidence",
          "instrument");

  /**
   * Where a record belongs and what it rests on.
   *
   * @param orgUnit the org unit of the record
   * @param facility the facility (the site)
   * @param region the grid region whose factors apply, e.g. {@code CN-ZJ}
   * @param evidence the readings the record comes from, in words
   */
  public record Placing(String orgUnit, String facility, String region, String evidence) {}

  private ActivityFile() {}

  /**
   * Writes the header and one line per record: quantities with three decimals, data quality {@code
   * measured}.
   */
  public static void write(
      Writer out, List<EnergyActivity.Row> rows, Function<EnergyActivity.Row, Placing> placing)
      throws IOException {
    CsvWriter csv = CsvWriter.builder().build(out);
    csv.writeRecord(COLUMNS);
    for (EnergyActivity.Row r : rows) {
      Placing p = placing.apply(r);
      csv.writeRecord(
          r.recordId(),
          p.orgUnit(),
          p.facility(),
          r.month().toString(),
          r.activityType(),
          String.format(Locale.ROOT, "%.3f", r.quantity()),
          r.unit(),
          p.region(),
          "measured",
          p.evidence(),
          r.instrument() == null ? "" : r.instrument());
    }
    csv.flush();
  }
}
