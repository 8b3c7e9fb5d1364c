package org.scopeplus.io.activity;

import java.util.List;

/** The columns of an activity data file (docs/input-format.md). */
public final class ActivityColumns {
  public static final String RECORD_ID = "record_id";
  public static final String ORG_UNIT = "org_unit";
  public static final String FACILITY = "facility";
  public static final String PERIOD = "period";
  public static final String ACTIVITY_TYPE = "activity_type";
  public static final String QUANTITY = "quantity";
  public static final String UNIT = "unit";
  public static final String REGION = "region";
  public static final String SUBSTANCE = "substance";
  public static final String SUPPLIER = "supplier";
  public static final String DATA_QUALITY = "data_quality";
  public static final String EVIDENCE = "evidence";
  public static final String HEAT_CONTENT = "heat_content_gj_per_t";
  public static final String DENSITY = "density_kg_per_m3";
  public static final String SHARE = "share";
  public static final String SUPPLIER_FACTOR = "supplier_factor_kg_co2e";
  public static final String SUPPLIER_FACTOR_UNIT = "supplier_factor_unit";
  public static final String INSTRUMENT = "instrument";
  public static final String SUPPLIER_PRODUCT = "supplier_product_id";

  /** Columns every file must have (facility may be empty in a row). */
  public static final List<String> REQUIRED =
      List.of(RECORD_ID, ORG_UNIT, FACILITY, PERIOD, ACTIVITY_TYPE, QUANTITY, UNIT, REGION);

  /** Columns a file may have. */
  public static final List<String> OPTIONAL =
      List.of(
          SUBSTANCE,
          SUPPLIER,
          DATA_QUALITY,
          EVIDENCE,
          HEAT_CONTENT,
          DENSITY,
          SHARE,
          SUPPLIER_FACTOR,
          SUPPLIER_FACTOR_UNIT,
          INSTRUMENT,
          SUPPLIER_PRODUCT);

  private ActivityColumns() {}
}
