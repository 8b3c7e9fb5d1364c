package org.scopeplus.core.quantity;

import static tech.units.indriya.unit.Units.CUBIC_METRE;
import static tech.units.indriya.unit.Units.JOULE;
import static tech.units.indriya.unit.Units.KILOGRAM;
import static tech.units.indriya.unit.Units.METRE;
import static tech.units.indriya.unit.Units.SQUARE_METRE;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.measure.Unit;
import tech.units.indriya.unit.BaseUnit;
import tech.units.indriya.unit.UnitDimension;

/**
 * The unit symbols ScopePlus accepts, parsed once at the boundary into {@link MeasureUnit}s.
 *
 * <p>Conversion constants: 1 kWh = 3.6 MJ; 1 MMBtu = 1.05505585262 GJ and 1 therm = 100,000 Btu
 * (International Table Btu); 1 tce = 29.307 GJ (GB/T 2589: 1 kgce = 7,000 kcal = 29.307 MJ); 1 US
 * gal = 3.785411784 L; 1 scf = 0.028316846592 m3 (geometric only: no correction between reference
 * conditions) and 1 Mscf = 1,000 scf; 1 lb = 0.45359237 kg and 1 short ton = 2,000 lb = 907.18474
 * kg; 1 mi = 1.609344 km; 1 ft2 = 0.09290304 m2.
 *
 * <p>Every energy unit but tce and kgce also comes labelled with its calorific basis, {@code GJ
 * NCV} or {@code GJ GCV} (also written {@code GJ (NCV)}, {@code GJ LHV}, {@code GJ HHV}): the label
 * says whether a fuel's energy is counted at its net or gross heating value; the quantity converts
 * as the plain unit. What each label, and each unlabelled unit, means for a factor is decided in
 * the core's factor package ({@code CalorificBasis.ofUnit}).
 */
public final class UnitSymbols {

  private static final javax.measure.Dimension COUNT = UnitDimension.parse('#');
  private static final javax.measure.Dimension MONEY = UnitDimension.parse('$');

  private static final Unit<?> PASSENGER =
      new BaseUnit<>("p", "passenger", UnitDimension.parse('P'));
  private static final Unit<?> TONNE = KILOGRAM.multiply(1000);
  private static final Unit<?> KM = METRE.multiply(1000);
  private static final Unit<?> MILE = METRE.multiply(1609.344);

  /** The label of an energy unit counted at the net (lower) heating value. */
  public static final String NET_LABEL = "NCV";

  /** The label of an energy unit counted at the gross (higher) heating value. */
  public static final String GROSS_LABEL = "GCV";

  private static final Map<String, MeasureUnit> UNITS = new LinkedHashMap<>();
  private static final Map<String, String> ALIASES = new LinkedHashMap<>();
  private static final Pattern SPEND =
      Pattern.compile("([A-Z]{3})(?:\\s*[@(]\\s*(\\d{4})\\s*\\)?)?");

  /** Currencies accepted for spend-based data. */
  public static final List<String> CURRENCIES = List.of("CNY", "USD", "EUR", "GBP", "SGD", "HKD");

  /** Count nouns accepted for count-based data. */
  public static final List<String> COUNT_NOUNS =
      List.of(
          "item",
          "night",
          "room-night",
          "employee",
          "order",
          "trip",
          "box",
          "sheet",
          "unit",
          "hour",
          "meal",
          "person");

  static {
    energy("J", JOULE);
    energy("kJ", JOULE.multiply(1e3));
    energy("MJ", JOULE.multiply(1e6));
    energy("GJ", JOULE.multiply(1e9));
    energy("TJ", JOULE.multiply(1e12));
    energy("Wh", JOULE.multiply(3600));
    energy("kWh", JOULE.multiply(3.6e6));
    energy("MWh", JOULE.multiply(3.6e9));
    energy("GWh", JOULE.multiply(3.6e12));
    // 万 (wan) is ten thousand: Chinese bills and statistics give electricity in 万kWh
    energy("万kWh", JOULE.multiply(3.6e10));
    energy("MMBtu", JOULE.multiply(1.05505585262e9));
    energy("therm", JOULE.multiply(1.05505585262e8));
    energy("Btu", JOULE.multiply(1055.05585262));
    for (String symbol : List.copyOf(UNITS.keySet())) {
      for (String basis : List.of(NET_LABEL, GROSS_LABEL)) {
        energy(symbol + " " + basis, (Unit<?>) UNITS.get(symbol).unit());
      }
    }
    energy("kgce", JOULE.multiply(29.307e6));
    energy("tce", JOULE.multiply(29.307e9));
    add("mL", QuantityKind.VOLUME, CUBIC_METRE.multiply(1e-6));
    add("L", QuantityKind.VOLUME, CUBIC_METRE.multiply(1e-3));
    add("m3", QuantityKind.VOLUME, CUBIC_METRE);
    add("万m3", QuantityKind.VOLUME, CUBIC_METRE.multiply(1e4));
    add("US gal", QuantityKind.VOLUME, CUBIC_METRE.multiply(3.785411784e-3));
    add("scf", QuantityKind.VOLUME, CUBIC_METRE.multiply(0.028316846592));
    add("Mscf", QuantityKind.VOLUME, CUBIC_METRE.multiply(28.316846592));
    add("g", QuantityKind.MASS, KILOGRAM.multiply(1e-3));
    add("kg", QuantityKind.MASS, KILOGRAM);
    add("t", QuantityKind.MASS, TONNE);
    add("Gg", QuantityKind.MASS, KILOGRAM.multiply(1e6));
    add("lb", QuantityKind.MASS, KILOGRAM.multiply(0.45359237));
    add("short ton", QuantityKind.MASS, KILOGRAM.multiply(907.18474));
    add("m", QuantityKind.DISTANCE, METRE);
    add("km", QuantityKind.DISTANCE, KM);
    add("mi", QuantityKind.DISTANCE, MILE);
    add("t·km", QuantityKind.FREIGHT_DISTANCE, TONNE.multiply(KM));
    add("t·mi", QuantityKind.FREIGHT_DISTANCE, TONNE.multiply(MILE));
    add("p·km", QuantityKind.PASSENGER_DISTANCE, PASSENGER.multiply(KM));
    add("p·mi", QuantityKind.PASSENGER_DISTANCE, PASSENGER.multiply(MILE));
    add("m2", QuantityKind.AREA, SQUARE_METRE);
    add("ft2", QuantityKind.AREA, SQUARE_METRE.multiply(0.09290304));
    for (String noun : COUNT_NOUNS) {
      add(noun, QuantityKind.COUNT, new BaseUnit<>(noun, noun, COUNT));
    }
    for (String currency : CURRENCIES) {
      add(currency, QuantityKind.SPEND, new BaseUnit<>(currency, currency, MONEY));
    }
    for (String symbol : List.copyOf(UNITS.keySet())) {
      if (symbol.endsWith(" " + NET_LABEL) || symbol.endsWith(" " + GROSS_LABEL)) {
        int space = symbol.lastIndexOf(' ');
        String plain = symbol.substring(0, space);
        boolean net = symbol.endsWith(NET_LABEL);
        for (String word : net ? List.of("NCV", "LHV", "net") : List.of("GCV", "HHV", "gross")) {
          alias(plain + " " + word, symbol);
          alias(plain + " (" + word + ")", symbol);
          alias((plain + " " + word).toLowerCase(Locale.ROOT), symbol);
          alias((plain + " (" + word + ")").toLowerCase(Locale.ROOT), symbol);
        }
      }
    }
    alias("mmbtu", "MMBtu");
    alias("mmBtu", "MMBtu");
    alias("therms", "therm");
    alias("btu", "Btu");
    alias("mscf", "Mscf");
    alias("Mcf", "Mscf");
    alias("mcf", "Mscf");
    alias("short tons", "short ton");
    alias("ton (short)", "short ton");
    alias("tons (short)", "short ton");
    alias("US gallon", "US gal");
    alias("us gallon", "US gal");
    alias("us gallons", "US gal");
    alias("gallon", "US gal");
    alias("gallons", "US gal");
    alias("us gal", "US gal");
    alias("kwh", "kWh");
    alias("mwh", "MWh");
    alias("gwh", "GWh");
    alias("Nm3", "m3");
    alias("m³", "m3");
    alias("l", "L");
    alias("litre", "L");
    alias("liter", "L");
    alias("gal", "US gal");
    alias("tonne", "t");
    alias("tonnes", "t");
    alias("tkm", "t·km");
    alias("t.km", "t·km");
    alias("t-km", "t·km");
    alias("tonne.km", "t·km");
    alias("pkm", "p·km");
    alias("p.km", "p·km");
    alias("p-km", "p·km");
    alias("passenger.km", "p·km");
    alias("m²", "m2");
    alias("ft²", "ft2");
    alias("items", "item");
    alias("nights", "night");
    alias("room-nights", "room-night");
    alias("employees", "employee");
    alias("orders", "order");
    alias("trips", "trip");
    alias("boxes", "box");
    alias("sheets", "sheet");
    alias("units", "unit");
    alias("hours", "hour");
    alias("h", "hour");
    alias("RMB", "CNY");
    // as Chinese users write units (GB 3100 names and everyday usage): 度 is one kWh on every bill
    alias("度", "kWh");
    alias("千瓦时", "kWh");
    alias("万度", "万kWh");
    alias("万千瓦时", "万kWh");
    alias("兆瓦时", "MWh");
    alias("吉焦", "GJ");
    alias("千克标准煤", "kgce");
    alias("吨标准煤", "tce");
    alias("吨标煤", "tce");
    alias("立方米", "m3");
    alias("方", "m3");
    alias("万立方米", "万m3");
    alias("万Nm3", "万m3");
    alias("升", "L");
    alias("克", "g");
    alias("千克", "kg");
    alias("公斤", "kg");
    alias("吨", "t");
    alias("米", "m");
    alias("公里", "km");
    alias("千米", "km");
    alias("吨公里", "t·km");
    alias("人公里", "p·km");
    alias("平方米", "m2");
    alias("元", "CNY");
    alias("人民币", "CNY");
  }

  private UnitSymbols() {}

  private static void energy(String symbol, Unit<?> unit) {
    add(symbol, QuantityKind.ENERGY, unit);
  }

  private static void add(String symbol, QuantityKind kind, Unit<?> unit) {
    UNITS.put(symbol, new MeasureUnit(symbol, kind, unit, 0));
  }

  private static void alias(String alias, String symbol) {
    ALIASES.put(alias, symbol);
  }

  /**
   * Parses a unit symbol as written in an input file. Spend accepts a price year: {@code USD@2020}
   * or {@code USD(2020)}.
   */
  public static Optional<MeasureUnit> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    MeasureUnit unit = UNITS.get(s);
    if (unit != null) {
      return Optional.of(unit);
    }
    String aliased = ALIASES.get(s);
    if (aliased == null) {
      aliased = ALIASES.get(s.toLowerCase(Locale.ROOT));
    }
    if (aliased != null) {
      return Optional.of(UNITS.get(aliased));
    }
    Matcher m = SPEND.matcher(s.toUpperCase(Locale.ROOT).replace("RMB", "CNY"));
    if (m.matches() && UNITS.containsKey(m.group(1))) {
      MeasureUnit base = UNITS.get(m.group(1));
      int year = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      return Optional.of(new MeasureUnit(base.symbol(), base.kind(), base.unit(), year));
    }
    return Optional.empty();
  }

  /** Parses a symbol that must be known; for built-in tables and tests. */
  public static MeasureUnit of(String text) {
    return parse(text).orElseThrow(() -> new IllegalArgumentException("unknown unit: " + text));
  }

  /** Every canonical symbol, in the order of the documentation. */
  public static Map<String, MeasureUnit> all() {
    return Collections.unmodifiableMap(UNITS);
  }
}
