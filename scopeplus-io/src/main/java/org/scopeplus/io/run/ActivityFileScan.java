package org.scopeplus.io.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scopeplus.io.activity.ActivityColumns;
import org.scopeplus.io.table.HeaderIndex;

/**
 * One activity CSV as the parallel reader sees it: its header, where each column stands, where the
 * data starts, and the chunks it is cut into.
 */
final class ActivityFileScan {

  final Path path;
  final String name;
  final HeaderIndex header;
  final int width;
  final long dataStart;
  final long size;
  final List<CsvChunk> chunks = new ArrayList<>();
  String sha256;

  final int recordId;
  final int orgUnit;
  final int facility;
  final int period;
  final int activityType;
  final int quantity;
  final int unit;
  final int region;
  final int substance;
  final int instrument;
  final int share;
  final int[] mustBeEmpty;

  /** The columns whose values make a record's shape, in a fixed order. */
  final int[] shapeColumns;

  ActivityFileScan(
      Path path,
      String name,
      List<String> headerCells,
      HeaderIndex header,
      long dataStart,
      long size) {
    this.path = path;
    this.name = name;
    this.header = header;
    this.width = headerCells.size();
    this.dataStart = dataStart;
    this.size = size;
    recordId = position(headerCells, ActivityColumns.RECORD_ID);
    orgUnit = position(headerCells, ActivityColumns.ORG_UNIT);
    facility = position(headerCells, ActivityColumns.FACILITY);
    period = position(headerCells, ActivityColumns.PERIOD);
    activityType = position(headerCells, ActivityColumns.ACTIVITY_TYPE);
    quantity = position(headerCells, ActivityColumns.QUANTITY);
    unit = position(headerCells, ActivityColumns.UNIT);
    region = position(headerCells, ActivityColumns.REGION);
    substance = position(headerCells, ActivityColumns.SUBSTANCE);
    instrument = position(headerCells, ActivityColumns.INSTRUMENT);
    share = position(headerCells, ActivityColumns.SHARE);
    shapeColumns =
        new int[] {orgUnit, facility, period, activityType, unit, region, substance, instrument};
    mustBeEmpty =
        java.util.stream.IntStream.of(
                position(headerCells, ActivityColumns.HEAT_CONTENT),
                position(headerCells, ActivityColumns.DENSITY),
                position(headerCells, ActivityColumns.SUPPLIER_FACTOR),
                position(headerCells, ActivityColumns.SUPPLIER_FACTOR_UNIT),
                position(headerCells, ActivityColumns.SUPPLIER_PRODUCT))
            .filter(i -> i >= 0)
            .toArray();
  }

  /** The position of a column as {@link HeaderIndex} finds it, or -1 when absent. */
  private static int position(List<String> header, String column) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(column)) {
        return i;
      }
    }
    return -1;
  }
}
