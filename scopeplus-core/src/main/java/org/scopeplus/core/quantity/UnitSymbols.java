package org.scopeplus.core.quantity;

import static tech.units.indriya.unit.Units.CUBIC_METRE;
import static tech.units.indriya.unit.Units.HOUR;
import static tech.units.indriya.unit.Units.JOULE;
import static tech.units.indriya.unit.Units.KELVIN;
import static tech.units.indriya.unit.Units.KILOGRAM;
import static tech.units.indriya.unit.Units.METRE;
import static tech.units.indriya.unit.Units.MINUTE;
import static tech.units.indriya.unit.Units.SQUARE_METRE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
 * kg; 1 mi = 1.609344 km, so 1 short ton·mi (a US ton-mile) = 1.45997231821056 t·km; 1 ft2 =
 * 0.09290304 m2; 1 h = 60 min = 3,600 s (SI Brochure, 9th edition, table 8, units accepted for use
 * with the SI); a temperature difference in degrees Celsius equals the same difference in kelvins
 * (SI Brochure, 9th edition, section 2.3.1), so {@code °C} of difference is read as {@code K},
 * never through the 273.15 offset of a Celsius temperature.
 *
 * <p>Every energy unit but tce and kgce also comes labelled with its calorific basis, {@code GJ
 * NCV} or {@code GJ GCV} (also written {@code GJ (NCV)}, {@code GJ LHV}, {@code GJ HHV}): the label
 * says whether a fuel's energy is counted at its net or gross heating value; the quantity converts
 * as the plain unit. What each label, and each unlabelled unit, means for a factor is decided in
 * the core's factor package ({@code CalorificBasis.ofUnit}).
 *
 * <p>Every symbol and alias also has a position ({@link #index(byte[], int, int)}), so that a
 * reader on a hot path (the Scope 3+ event parsers) resolves a unit from its UTF-8 bytes without
 * allocating, and a caller resolves a conversion once per (position, target) pair.
 */
public final class UnitSymbols {

  private static final javax.measure.Dimension COUNT = UnitDimension.parse('#');
  private static final javax.measure.Dimension MONEY = UnitDimension.parse('$');

  private static final Unit<?> PASSENGER =
      new BaseUnit<>("p", "passenger", UnitDimension.parse('P'));
  private static final Unit<?> TONNE = KILOGRAM.multiply(1000);
  private static final Unit<?> KM = METRE.multiply(1000);
  private static final Unit<?> MILE = METRE.multiply(1609.344);
  private static final Unit<?> VEHICLE = new BaseUnit<>("v", "vehicle", UnitDimension.parse('V'));

  /** The label of an energy unit counted at the net (lower) heating value. */
  public static final String NET_LABEL = "NCV";

  /** The label of an energy unit counted at the gross (higher) heating value. */
  public static final String GROSS_LABEL = "GCV";

  private static final Map<String, MeasureUnit> UNITS = new LinkedHashMap<>();
  private static final Map<String, String> ALIASES = new LinkedHashMap<>();
  private static final Pattern SPEND =
      Pattern.compile("([A-Z]{3})(?:\\s*[@(]\\s*(\\d{4})\\s*\\)?)?");

  /**
   * Currencies accepted for spend-based data: every ISO 4217 currency the JDK knows, except the
   * X-codes (precious metals, special drawing rights, test and "no currency" codes), the common
   * ones first.
   */
  public static final List<String> CURRENCIES = currencies();

  private static List<String> currencies() {
    List<String> codes =
        new java.util.ArrayList<>(List.of("CNY", "USD", "EUR", "GBP", "SGD", "HKD"));
    new java.util.TreeSet<>(
            java.util.Currency.getAvailableCurrencies().stream()
                .map(java.util.Currency::getCurrencyCode)
                .filter(c -> c.length() == 3 && c.charAt(0) != 'X' && !codes.contains(c))
                .toList())
        .forEach(codes::add);
    return List.copyOf(codes);
  }

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
          "meal",
          "person",
          "label",
          "page",
          "device",
          "set");

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
    // the US EPA GHG Emission Factors Hub (Table 8) and US freight statistics count short tons
    add("short ton·mi", QuantityKind.FREIGHT_DISTANCE, KILOGRAM.multiply(907.18474).multiply(MILE));
    add("p·km", QuantityKind.PASSENGER_DISTANCE, PASSENGER.multiply(KM));
    add("p·mi", QuantityKind.PASSENGER_DISTANCE, PASSENGER.multiply(MILE));
    add("m2", QuantityKind.AREA, SQUARE_METRE);
    add("ft2", QuantityKind.AREA, SQUARE_METRE.multiply(0.09290304));
    add("v·km", QuantityKind.VEHICLE_DISTANCE, VEHICLE.multiply(KM));
    add("h", QuantityKind.TIME, HOUR);
    add("min", QuantityKind.TIME, MINUTE);
    add("m2·h", QuantityKind.AREA_TIME, SQUARE_METRE.multiply(HOUR));
    add("K", QuantityKind.TEMPERATURE_DIFFERENCE, KELVIN);
    for (String noun : COUNT_NOUNS) {
      add(noun, QuantityKind.COUNT, new BaseUnit<>(noun, noun, COUNT));
    }
    for (String currency : CURRENCIES) {
      if (!UNITS.containsKey(currency)) {
        add(currency, QuantityKind.SPEND, new BaseUnit<>(currency, currency, MONEY));
      }
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
    alias("passenger-km", "p·km");
    // US EPA GHG Emission Factors Hub units: vehicle-miles are distance, passenger-miles p·mi
    alias("mile", "mi");
    alias("miles", "mi");
    alias("vehicle-mile", "mi");
    alias("vehicle-miles", "mi");
    alias("pmi", "p·mi");
    alias("p.mi", "p·mi");
    alias("p-mi", "p·mi");
    alias("passenger-mile", "p·mi");
    alias("passenger-miles", "p·mi");
    // a US ton-mile is a short ton carried one mile (US EPA Hub Table 8, BTS freight statistics)
    alias("short_ton_mile", "short ton·mi");
    alias("short ton-mile", "short ton·mi");
    alias("short ton-miles", "short ton·mi");
    alias("short ton.mi", "short ton·mi");
    alias("ton-mile", "short ton·mi");
    alias("ton-miles", "short ton·mi");
    alias("ton.mi", "short ton·mi");
    alias("ton·mi", "short ton·mi");
    alias("ton-mi", "short ton·mi");
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
    alias("labels", "label");
    alias("pages", "page");
    alias("devices", "device");
    alias("sets", "set");
    alias("hour", "h");
    alias("hours", "h");
    alias("person-h", "h");
    alias("v.km", "v·km");
    alias("v-km", "v·km");
    alias("vkm", "v·km");
    alias("vehicle-km", "v·km");
    alias("m2.h", "m2·h");
    alias("m2h", "m2·h");
    alias("m²·h", "m2·h");
    alias("°C", "K");
    alias("degC", "K");
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

  /* Positions: every canonical unit, in the order of UNITS; every symbol and alias points to one. */
  private static final List<MeasureUnit> BY_INDEX = new ArrayList<>(UNITS.values());
  // a power of two at least twice the keys (symbols and aliases, each placed up to twice): the
  // probing in place and find ends only because free slots remain
  private static final int SLOTS =
      Math.max(512, Integer.highestOneBit(4 * (UNITS.size() + ALIASES.size())) << 1);
  private static final byte[][] KEYS = new byte[SLOTS][];
  private static final int[] POSITIONS = new int[SLOTS];
  private static final byte[][] FOLDED_KEYS = new byte[SLOTS][];
  private static final int[] FOLDED_POSITIONS = new int[SLOTS];

  static {
    for (Map.Entry<String, MeasureUnit> u : UNITS.entrySet()) {
      place(KEYS, POSITIONS, u.getKey().getBytes(StandardCharsets.UTF_8), index(u.getValue()));
    }
    for (Map.Entry<String, String> a : ALIASES.entrySet()) {
      int at = index(UNITS.get(a.getValue()));
      place(KEYS, POSITIONS, a.getKey().getBytes(StandardCharsets.UTF_8), at);
      if (a.getKey().equals(a.getKey().toLowerCase(Locale.ROOT))) {
        // parse looks aliases up by the lower case of the text, so only lower-case ones match so
        byte[] key = a.getKey().getBytes(StandardCharsets.UTF_8);
        place(FOLDED_KEYS, FOLDED_POSITIONS, key, at);
      }
    }
  }

  private UnitSymbols() {}

  private static int index(MeasureUnit u) {
    return BY_INDEX.indexOf(u);
  }

  private static void place(byte[][] keys, int[] positions, byte[] key, int position) {
    int slot = hash(key, 0, key.length, false) & (SLOTS - 1);
    while (keys[slot] != null) {
      if (Arrays.equals(keys[slot], key)) {
        return; // the first place wins, as the first alias does in parse
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
    keys[slot] = key;
    positions[slot] = position;
  }

  private static int hash(byte[] b, int offset, int length, boolean fold) {
    int h = 0x811C9DC5;
    for (int i = offset; i < offset + length; i++) {
      h = (h ^ (fold ? lower(b[i]) : b[i])) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }

  private static byte lower(byte c) {
    return c >= 'A' && c <= 'Z' ? (byte) (c + ('a' - 'A')) : c;
  }

  private static int find(
      byte[][] keys, int[] positions, byte[] b, int offset, int length, boolean fold) {
    int slot = hash(b, offset, length, fold) & (SLOTS - 1);
    while (true) {
      byte[] k = keys[slot];
      if (k == null) {
        return -1;
      }
      if (k.length == length && same(k, b, offset, fold)) {
        return positions[slot];
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
  }

  private static boolean same(byte[] key, byte[] b, int offset, boolean fold) {
    for (int i = 0; i < key.length; i++) {
      byte c = b[offset + i];
      if (key[i] != (fold ? lower(c) : c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The position of the unit written exactly as the UTF-8 bytes {@code [offset, offset + length)}
   * of {@code b} (a symbol, or an alias in any ASCII case, as {@link #parse} reads it without the
   * price year of spend), or -1; allocates nothing.
   */
  public static int index(byte[] b, int offset, int length) {
    if (length <= 0 || length > 64) {
      return -1;
    }
    int at = find(KEYS, POSITIONS, b, offset, length, false);
    return at >= 0 ? at : find(FOLDED_KEYS, FOLDED_POSITIONS, b, offset, length, true);
  }

  /** The position of the unit {@code text} names ({@link #parse}), or -1 when it names none. */
  public static int index(String text) {
    return parse(text).map(u -> index(UNITS.get(u.symbol()))).orElse(-1);
  }

  /** The unit at {@code position} (from {@link #index(byte[], int, int)}). */
  public static MeasureUnit atIndex(int position) {
    return BY_INDEX.get(position);
  }

  /** How many positions there are: every index is below this. */
  public static int indexCount() {
    return BY_INDEX.size();
  }

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
