package org.scopeplus.io.city;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scopeplus.core.city.GpcFramework;
import org.scopeplus.core.city.GpcLine;
import org.scopeplus.core.gas.GasGroup;

/**
 * The columns of a city reporting sheet: {@code city}, {@code year}, then for each GPC reference
 * number {@code R} the column {@code R} (tonnes CO2e or a notation key), {@code R_explanation} (the
 * reason for a notation key) and, optionally, {@code R_CO2}, {@code R_CH4}, ... (tonnes CO2e of
 * each gas). Names are matched without regard to case.
 */
public final class CitySheetColumns {

  public static final String CITY = "city";
  public static final String YEAR = "year";
  public static final String EXPLANATION = "_explanation";

  /** The gases a line may be split into, in column order. */
  public static final List<GasGroup> GASES =
      List.of(
          GasGroup.CO2,
          GasGroup.CH4,
          GasGroup.N2O,
          GasGroup.HFCS,
          GasGroup.PFCS,
          GasGroup.SF6,
          GasGroup.NF3);

  private CitySheetColumns() {}

  /** The column of a line's explanation, as written on export. */
  public static String explanation(GpcLine line) {
    return line.reference() + EXPLANATION;
  }

  /** The column of a line's gas, as written on export, e.g. {@code II.1.1_CH4}. */
  public static String gas(GpcLine line, GasGroup gas) {
    return line.reference() + "_" + gas.key();
  }

  static String key(String column) {
    return column.toLowerCase(Locale.ROOT);
  }

  /** Every optional column, lower case, as {@code HeaderIndex} matches them. */
  static List<String> optional() {
    List<String> out = new ArrayList<>();
    for (GpcLine l : GpcFramework.lines()) {
      out.add(key(l.reference()));
      out.add(key(explanation(l)));
      for (GasGroup g : GASES) {
        out.add(key(gas(l, g)));
      }
    }
    return out;
  }
}
