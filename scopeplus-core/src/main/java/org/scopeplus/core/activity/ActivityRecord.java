package org.scopeplus.core.activity;

import java.util.Objects;
import org.scopeplus.core.quantity.MeasureUnit;

/**
 * One validated row of activity data: what happened, how much, where and when. Optional fields are
 * empty strings or NaN when absent.
 *
 * @param id the record id, unique within a run
 * @param orgUnit the org-unit path, levels separated by {@code /}
 * @param facility the facility, or ""
 * @param period the period it covers
 * @param activityType the activity type key
 * @param quantity the amount
 * @param unit the unit of the amount
 * @param region region code where it happened (drives factor resolution)
 * @param substance the gas or refrigerant released, for types that need one, or ""
 * @param supplier supplier name, or ""
 * @param dataQuality data-quality label (e.g. measured, estimated), or ""
 * @param evidence evidence reference (invoice, meter id, document), or ""
 * @param heatContent the record's own net calorific value in GJ per tonne, or NaN
 * @param density the record's own density in kg per m3, or NaN
 * @param share allocation share 0 to 1 (equity share of an investment, leased share), 1 when absent
 * @param supplierFactor a supplier-specific factor in kg CO2e per {@link #supplierFactorUnit}, or
 *     NaN
 * @param supplierFactorUnit the unit the supplier factor is per, or null
 * @param instrument a contractual instrument covering this energy (e.g. GEC, I-REC, PPA), or ""
 * @param supplierProduct a supplier's product id (a PACT product URN) whose footprint is this
 *     purchase's factor, for Scope 3 categories 1 and 2, or ""
 * @param source file and row it was read from
 */
public record ActivityRecord(
    String id,
    String orgUnit,
    String facility,
    Period period,
    String activityType,
    double quantity,
    MeasureUnit unit,
    String region,
    String substance,
    String supplier,
    String dataQuality,
    String evidence,
    double heatContent,
    double density,
    double share,
    double supplierFactor,
    MeasureUnit supplierFactorUnit,
    String instrument,
    String supplierProduct,
    SourceRef source) {

  public ActivityRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(orgUnit, "orgUnit");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(activityType, "activityType");
    Objects.requireNonNull(unit, "unit");
    facility = facility == null ? "" : facility;
    region = region == null ? "" : region;
    substance = substance == null ? "" : substance;
    supplier = supplier == null ? "" : supplier;
    dataQuality = dataQuality == null ? "" : dataQuality;
    evidence = evidence == null ? "" : evidence;
    instrument = instrument == null ? "" : instrument;
    supplierProduct = supplierProduct == null ? "" : supplierProduct;
    source = source == null ? SourceRef.NONE : source;
  }

  /** A record with only the required fields; the optional ones are absent. */
  public static ActivityRecord of(
      String id,
      String orgUnit,
      String facility,
      Period period,
      String activityType,
      double quantity,
      MeasureUnit unit,
      String region) {
    return new ActivityRecord(
        id,
        orgUnit,
        facility,
        period,
        activityType,
        quantity,
        unit,
        region,
        "",
        "",
        "",
        "",
        Double.NaN,
        Double.NaN,
        1.0,
        Double.NaN,
        null,
        "",
        "",
        SourceRef.NONE);
  }

  /** A copy naming the substance released. */
  public ActivityRecord withSubstance(String gas) {
    Copy c = new Copy(this);
    c.substance = gas;
    return c.build();
  }

  /** A copy with its own heat content (GJ/t) and density (kg/m3); NaN leaves one absent. */
  public ActivityRecord withHeatContentAndDensity(double gjPerTonne, double kgPerM3) {
    Copy c = new Copy(this);
    c.heatContent = gjPerTonne;
    c.density = kgPerM3;
    return c.build();
  }

  /** A copy with an allocation share. */
  public ActivityRecord withShare(double newShare) {
    Copy c = new Copy(this);
    c.share = newShare;
    return c.build();
  }

  /** A copy with a supplier-specific factor (kg CO2e per unit) and/or a contractual instrument. */
  public ActivityRecord withSupplierFactor(
      double kgCo2ePerUnit, MeasureUnit perUnit, String instrumentName) {
    Copy c = new Copy(this);
    c.supplierFactor = kgCo2ePerUnit;
    c.supplierFactorUnit = perUnit;
    c.instrument = instrumentName;
    return c.build();
  }

  /** A copy naming the supplier product whose footprint is its factor ("" for none). */
  public ActivityRecord withSupplierProduct(String productId) {
    Copy c = new Copy(this);
    c.supplierProduct = productId;
    return c.build();
  }

  /** The fields a wither may change, copied from a record. */
  private static final class Copy {
    private final ActivityRecord r;
    String substance;
    double heatContent;
    double density;
    double share;
    double supplierFactor;
    MeasureUnit supplierFactorUnit;
    String instrument;
    String supplierProduct;

    Copy(ActivityRecord r) {
      this.r = r;
      substance = r.substance;
      heatContent = r.heatContent;
      density = r.density;
      share = r.share;
      supplierFactor = r.supplierFactor;
      supplierFactorUnit = r.supplierFactorUnit;
      instrument = r.instrument;
      supplierProduct = r.supplierProduct;
    }

    ActivityRecord build() {
      return new ActivityRecord(
          r.id,
          r.orgUnit,
          r.facility,
          r.period,
          r.activityType,
          r.quantity,
          r.unit,
          r.region,
          substance,
          r.supplier,
          r.dataQuality,
          r.evidence,
          heatContent,
          density,
          share,
          supplierFactor,
          supplierFactorUnit,
          instrument,
          supplierProduct,
          r.source);
    }
  }

  /** True when the record names a supplier product whose footprint is its factor. */
  public boolean namesSupplierProduct() {
    return !supplierProduct.isEmpty();
  }

  /** True when the record carries a supplier-specific factor. */
  public boolean hasSupplierFactor() {
    return !Double.isNaN(supplierFactor);
  }
}
