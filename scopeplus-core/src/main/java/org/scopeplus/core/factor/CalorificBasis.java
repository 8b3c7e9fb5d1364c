package org.scopeplus.core.factor;

import java.util.Locale;
import org.scopeplus.core.quantity.MeasureUnit;
import org.scopeplus.core.quantity.QuantityKind;
import org.scopeplus.core.quantity.UnitSymbols;

/**
 * The heating-value basis of an energy-based factor. IPCC defaults are on the net (lower) basis; US
 * EPA and UK DESNZ fuel factors mostly on the gross (higher) basis. The two are never mixed.
 */
public enum CalorificBasis {
  NET,
  GROSS,
  NOT_APPLICABLE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The basis an energy quantity in this unit is counted at: the unit's label ({@code GJ NCV},
   * {@code MMBtu GCV}); else the convention of the unit itself: MMBtu, therm and Btu are gross, as
   * US EIA and US EPA publish every heat content in them; tce and kgce are net, as GB/T 2589
   * defines 1 kgce as fuel of 29,307 kJ net calorific value. Any other energy unit ({@code GJ},
   * {@code kWh}) says nothing of its basis: {@link #NOT_APPLICABLE}, and so does a unit that is not
   * energy.
   */
  public static CalorificBasis ofUnit(MeasureUnit unit) {
    if (unit.kind() != QuantityKind.ENERGY) {
      return NOT_APPLICABLE;
    }
    String symbol = unit.symbol();
    if (symbol.endsWith(" " + UnitSymbols.NET_LABEL)) {
      return NET;
    }
    if (symbol.endsWith(" " + UnitSymbols.GROSS_LABEL)) {
      return GROSS;
    }
    return switch (symbol) {
      case "MMBtu", "therm", "Btu" -> GROSS;
      case "tce", "kgce" -> NET;
      default -> NOT_APPLICABLE;
    };
  }

  /** How the trace names the basis: "net (NCV)" or "gross (GCV)". */
  public String describe() {
    return switch (this) {
      case NET -> "net (NCV)";
      case GROSS -> "gross (GCV)";
      case NOT_APPLICABLE -> "not applicable";
    };
  }

  public static CalorificBasis parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    return switch (t) {
      case "", "NA", "N/A", "NOT_APPLICABLE" -> NOT_APPLICABLE;
      case "NCV", "NET", "LHV" -> NET;
      case "GCV", "GROSS", "HHV" -> GROSS;
      default -> throw new IllegalArgumentException("unknown calorific basis: " + text);
    };
  }
}
