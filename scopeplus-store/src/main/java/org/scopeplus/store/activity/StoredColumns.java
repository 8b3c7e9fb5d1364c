package org.scopeplus.store.activity;

import java.util.ArrayList;
import java.util.List;
import org.scopeplus.core.org.OrgPath;
import org.scopeplus.io.activity.ActivityColumns;

/**
 * The activity-file columns in the order they are stored, with the widths the schema allows, so a
 * stored row is read back through the same parser as the file. The API checks the same widths for
 * the same values ({@link #width}).
 */
public final class StoredColumns {

  /** Every column the file format knows, required first. */
  static final List<String> NAMES;

  /** Database column per file column. */
  static final List<String> SQL_NAMES =
      List.of(
          "record_id",
          "org_unit",
          "facility",
          "period",
          "activity_type",
          "quantity",
          "unit",
          "region",
          "substance",
          "supplier",
          "data_quality",
          "evidence",
          "heat_content",
          "density",
          "share",
          "supplier_factor",
          "supplier_factor_unit",
          "instrument",
          "supplier_product_id");

  /** Most characters a cell may have, per column. */
  static final int[] WIDTHS = {
    200,
    OrgPath.MAX_LENGTH,
    200,
    40,
    100,
    40,
    40,
    50,
    100,
    200,
    100,
    500,
    40,
    40,
    40,
    40,
    40,
    200,
    200
  };

  static {
    List<String> all = new ArrayList<>(ActivityColumns.REQUIRED);
    all.addAll(ActivityColumns.OPTIONAL);
    if (all.size() != SQL_NAMES.size()) {
      throw new IllegalStateException("activity columns changed: " + all);
    }
    NAMES = List.copyOf(all);
  }

  /**
   * The place of {@code supplier_product_id} (V23): rows stored before it have none, and an empty
   * value is left out of the stored rows' hash so their hash is unchanged.
   */
  static final int SUPPLIER_PRODUCT = SQL_NAMES.indexOf("supplier_product_id");

  private StoredColumns() {}

  /** The most characters a value of this activity column may have where it is stored. */
  public static int width(String column) {
    int i = NAMES.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("no activity column " + column);
    }
    return WIDTHS[i];
  }
}
