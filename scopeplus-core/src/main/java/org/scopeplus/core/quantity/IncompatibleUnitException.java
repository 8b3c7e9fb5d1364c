package org.scopeplus.core.quantity;

/** A conversion was asked between units that measure different things (kg to kWh). */
public final class IncompatibleUnitException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public IncompatibleUnitException(MeasureUnit from, MeasureUnit to) {
    super(
        "cannot convert "
            + from.symbol()
            + " ("
            + from.kind().label()
            + ") to "
            + to.symbol()
            + " ("
            + to.kind().label()
            + ")");
  }
}
