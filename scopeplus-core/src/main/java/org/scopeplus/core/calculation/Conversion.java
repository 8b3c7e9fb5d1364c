package org.scopeplus.core.calculation;

import org.scopeplus.core.factor.CalorificRatio;
import org.scopeplus.core.quantity.MeasureUnit;
import org.scopeplus.core.quantity.QuantityKind;
import org.scopeplus.core.quantity.UnitConversions;
import org.scopeplus.core.quantity.UnitSymbols;
import org.scopeplus.core.text.Decimals;

/**
 * How a quantity in a record's unit becomes a quantity in a factor's unit: a plain unit conversion,
 * or a bridge from volume to mass by density and from mass to energy (or back) by heat content. The
 * engine builds one for every line it makes and a {@link LinePlan} keeps the one of each line, so
 * both compute the converted quantity with the same operations in the same order, and therefore the
 * same {@code double}.
 *
 * @param step which conversion
 * @param first the multiplier applied to the quantity first (to the target unit, to m3, to t or to
 *     GJ)
 * @param last the multiplier applied last, from t or GJ to the target unit (1 for {@link
 *     Step#SAME_KIND})
 * @param density kg/m3 used by a bridge from volume, or NaN
 * @param heat heat content in GJ/t used by a bridge between mass and energy, or NaN
 * @param ncvPerGcv the NCV/GCV ratio by which the energy is turned from one calorific basis to the
 *     factor's, applied after every other step, or NaN when the bases agree
 * @param grossToNet true when gross energy is turned into net ({@code x ratio}), false for net into
 *     gross ({@code / ratio})
 * @param ratioSource where the ratio comes from, for the trace ("" when none)
 * @param spendNote for spend, how the amount was exchanged and deflated into the factor's currency
 *     and price year ({@code first} is that multiplier), for the trace ("" when not spend)
 */
public record Conversion(
    Step step,
    double first,
    double last,
    double density,
    double heat,
    double ncvPerGcv,
    boolean grossToNet,
    String ratioSource,
    String spendNote) {

  /** The conversion steps, in the engine's order of operations. */
  public enum Step {
    /** {@code q x first}. */
    SAME_KIND,
    /** {@code ((q x first) x density) / 1000 x last}. */
    VOLUME_TO_MASS,
    /** {@code (((q x first) x density) / 1000 x heat) x last}. */
    VOLUME_TO_ENERGY,
    /** {@code ((q x first) x heat) x last}. */
    MASS_TO_ENERGY,
    /** {@code ((q x first) / heat) x last}. */
    ENERGY_TO_MASS
  }

  private static final MeasureUnit M3 = UnitSymbols.of("m3");
  private static final MeasureUnit TONNE = UnitSymbols.of("t");
  private static final MeasureUnit GJ = UnitSymbols.of("GJ");

  /** A conversion that gives zero whatever the quantity: a line covered by an instrument. */
  public static final Conversion NONE = new Conversion(Step.SAME_KIND, 0.0, 1.0, 0.0, 0.0);

  /** A conversion without a change of calorific basis. */
  public Conversion(Step step, double first, double last, double density, double heat) {
    this(step, first, last, density, heat, Double.NaN, false, "", "");
  }

  /** A conversion with a change of calorific basis and no spend note. */
  public Conversion(
      Step step,
      double first,
      double last,
      double density,
      double heat,
      double ncvPerGcv,
      boolean grossToNet,
      String ratioSource) {
    this(step, first, last, density, heat, ncvPerGcv, grossToNet, ratioSource, "");
  }

  /**
   * Spend exchanged and deflated into a factor's currency and price year: {@code q x multiplier},
   * with the note saying how ({@link org.scopeplus.core.spend.SpendTables}).
   */
  public static Conversion spend(double multiplier, String note) {
    return new Conversion(
        Step.SAME_KIND, multiplier, 1.0, Double.NaN, Double.NaN, Double.NaN, false, "", note);
  }

  /**
   * This conversion followed by a change of calorific basis: from gross to net energy ({@code x
   * ratio}) or from net to gross ({@code / ratio}).
   */
  public Conversion withBasisChange(CalorificRatio ratio, boolean fromGrossToNet) {
    return new Conversion(
        step, first, last, density, heat, ratio.value(), fromGrossToNet, ratio.source(), spendNote);
  }

  /** True when the conversion changes the calorific basis of the energy. */
  public boolean changesBasis() {
    return !Double.isNaN(ncvPerGcv);
  }

  /**
   * The conversion from {@code from} to {@code to}, or null when none exists: different kinds that
   * no bridge joins, or a bridge whose density or heat content is not known.
   *
   * @param density kg/m3 (NaN when unknown)
   * @param heat GJ/t (NaN when unknown)
   */
  public static Conversion between(MeasureUnit from, MeasureUnit to, double density, double heat) {
    double k = UnitConversions.factorOrNaN(from, to);
    if (!Double.isNaN(k)) {
      return new Conversion(Step.SAME_KIND, k, 1.0, density, heat);
    }
    QuantityKind fk = from.kind();
    QuantityKind tk = to.kind();
    if (fk == QuantityKind.VOLUME && tk == QuantityKind.MASS) {
      return Double.isNaN(density)
          ? null
          : new Conversion(
              Step.VOLUME_TO_MASS,
              UnitConversions.factor(from, M3),
              UnitConversions.factor(TONNE, to),
              density,
              heat);
    }
    if (fk == QuantityKind.VOLUME && tk == QuantityKind.ENERGY) {
      return Double.isNaN(density) || Double.isNaN(heat)
          ? null
          : new Conversion(
              Step.VOLUME_TO_ENERGY,
              UnitConversions.factor(from, M3),
              UnitConversions.factor(GJ, to),
              density,
              heat);
    }
    if (fk == QuantityKind.MASS && tk == QuantityKind.ENERGY) {
      return Double.isNaN(heat)
          ? null
          : new Conversion(
              Step.MASS_TO_ENERGY,
              UnitConversions.factor(from, TONNE),
              UnitConversions.factor(GJ, to),
              density,
              heat);
    }
    if (fk == QuantityKind.ENERGY && tk == QuantityKind.MASS) {
      return Double.isNaN(heat)
          ? null
          : new Conversion(
              Step.ENERGY_TO_MASS,
              UnitConversions.factor(from, GJ),
              UnitConversions.factor(TONNE, to),
              density,
              heat);
    }
    return null;
  }

  /** The quantity {@code q} converted. */
  public double apply(double q) {
    double x = q * first;
    double y =
        switch (step) {
          case SAME_KIND -> x;
          case VOLUME_TO_MASS -> x * density / 1000.0 * last;
          case VOLUME_TO_ENERGY -> x * density / 1000.0 * heat * last;
          case MASS_TO_ENERGY -> x * heat * last;
          case ENERGY_TO_MASS -> x / heat * last;
        };
    if (Double.isNaN(ncvPerGcv)) {
      return y;
    }
    return grossToNet ? y * ncvPerGcv : y / ncvPerGcv;
  }

  /**
   * What the trace says of the conversion of {@code q} ("" when none was needed).
   *
   * @param densitySource where the density comes from ("record" or "factor default")
   * @param heatSource where the heat content comes from
   */
  public String describe(
      double q, MeasureUnit from, MeasureUnit to, String densitySource, String heatSource) {
    String units = describeUnits(q, from, to, densitySource, heatSource);
    if (Double.isNaN(ncvPerGcv)) {
      return units;
    }
    String before = units.isEmpty() ? Decimals.text(q) + " " + from.symbol() : units;
    return before
        + (grossToNet ? " gross x " : " net / ")
        + Decimals.text(ncvPerGcv)
        + " (NCV/GCV, "
        + ratioSource
        + ") = "
        + Decimals.text(apply(q))
        + " "
        + to.symbol()
        + (grossToNet ? " net" : " gross");
  }

  private String describeUnits(
      double q, MeasureUnit from, MeasureUnit to, String densitySource, String heatSource) {
    double result = Double.isNaN(ncvPerGcv) ? apply(q) : withoutBasisChange().apply(q);
    String qty = Decimals.text(q);
    String converted = " = " + Decimals.text(result) + " " + to.symbol();
    String heatNote = " heat content " + Decimals.text(heat) + " GJ/t (" + heatSource + ")";
    String volume =
        qty
            + " "
            + from.symbol()
            + " x density "
            + Decimals.text(density)
            + " kg/m3 ("
            + densitySource
            + ")";
    return switch (step) {
      case SAME_KIND ->
          !spendNote.isEmpty()
              ? qty + " " + from + " " + spendNote + " = " + Decimals.text(result) + " " + to
              : first == 1.0 ? "" : qty + " " + from.symbol() + converted;
      case VOLUME_TO_MASS -> volume + converted;
      case VOLUME_TO_ENERGY -> volume + " x" + heatNote + converted;
      case MASS_TO_ENERGY -> qty + " " + from.symbol() + " x" + heatNote + converted;
      case ENERGY_TO_MASS -> qty + " " + from.symbol() + " /" + heatNote + converted;
    };
  }

  private Conversion withoutBasisChange() {
    return new Conversion(step, first, last, density, heat);
  }
}
