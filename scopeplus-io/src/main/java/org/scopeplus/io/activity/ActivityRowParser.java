package org.scopeplus.io.activity;

import static org.scopeplus.io.activity.ActivityColumns.*;

import java.util.List;
import java.util.Optional;
import org.scopeplus.core.activity.AcceptedDates;
import org.scopeplus.core.activity.ActivityCatalog;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.activity.SourceRef;
import org.scopeplus.core.activity.SubstanceRule;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.exchange.FootprintRules;
import org.scopeplus.core.factor.RegionHierarchy;
import org.scopeplus.core.gas.GwpTable;
import org.scopeplus.core.org.OrgPath;
import org.scopeplus.core.org.OrgStructure;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.quantity.MeasureUnit;
import org.scopeplus.core.quantity.QuantityBounds;
import org.scopeplus.core.quantity.UnitSymbols;
import org.scopeplus.core.text.Sentence;
import org.scopeplus.io.table.HeaderIndex;
import org.scopeplus.io.table.TableRow;

/**
 * Turns one row of an activity file into a validated record, or lists everything wrong with it in
 * sentences that name the column.
 *
 * <p>Numbers are plain decimals, optionally with an exponent ({@code 1250}, {@code -3.5}, {@code
 * 1.2e6}); anything else ({@code 1,5}, {@code NaN}, {@code Infinity}, hexadecimal), a number beyond
 * the range of a double ({@code 1e400}) or one too small to hold its digits ({@code 1e-400}, which
 * would read as 0) is refused with its column. A quantity beyond {@link QuantityBounds} for its
 * unit's dimension, and a density, heat content or supplier factor beyond theirs, is refused too.
 */
public final class ActivityRowParser {

  /** The columns a row is read from, found by position once per file. */
  private static final List<String> READ =
      List.of(
          RECORD_ID,
          ORG_UNIT,
          PERIOD,
          ACTIVITY_TYPE,
          QUANTITY,
          UNIT,
          REGION,
          SUBSTANCE,
          HEAT_CONTENT,
          DENSITY,
          SHARE,
          SUPPLIER_FACTOR,
          SUPPLIER_FACTOR_UNIT,
          SUPPLIER_PRODUCT,
          INSTRUMENT,
          FACILITY,
          SUPPLIER,
          DATA_QUALITY,
          EVIDENCE);

  private static final int AT_RECORD_ID = READ.indexOf(RECORD_ID);
  private static final int AT_ORG_UNIT = READ.indexOf(ORG_UNIT);
  private static final int AT_PERIOD = READ.indexOf(PERIOD);
  private static final int AT_ACTIVITY_TYPE = READ.indexOf(ACTIVITY_TYPE);
  private static final int AT_QUANTITY = READ.indexOf(QUANTITY);
  private static final int AT_UNIT = READ.indexOf(UNIT);
  private static final int AT_REGION = READ.indexOf(REGION);
  private static final int AT_SUBSTANCE = READ.indexOf(SUBSTANCE);
  private static final int AT_HEAT_CONTENT = READ.indexOf(HEAT_CONTENT);
  private static final int AT_DENSITY = READ.indexOf(DENSITY);
  private static final int AT_SHARE = READ.indexOf(SHARE);
  private static final int AT_SUPPLIER_FACTOR = READ.indexOf(SUPPLIER_FACTOR);
  private static final int AT_SUPPLIER_FACTOR_UNIT = READ.indexOf(SUPPLIER_FACTOR_UNIT);
  private static final int AT_SUPPLIER_PRODUCT = READ.indexOf(SUPPLIER_PRODUCT);
  private static final int AT_INSTRUMENT = READ.indexOf(INSTRUMENT);
  private static final int AT_FACILITY = READ.indexOf(FACILITY);
  private static final int AT_SUPPLIER = READ.indexOf(SUPPLIER);
  private static final int AT_DATA_QUALITY = READ.indexOf(DATA_QUALITY);
  private static final int AT_EVIDENCE = READ.indexOf(EVIDENCE);

  /** A file's header with where each of {@link #READ} stands in it. */
  private record Positions(HeaderIndex header, int[] at) {}

  /** The positions of the last file's columns (a parser may be shared: replaced whole). */
  private volatile Positions last;

  private final ActivityCatalog catalog;
  private final RegionHierarchy regions;
  private final GwpTable gwps;

  public ActivityRowParser(ActivityCatalog catalog, RegionHierarchy regions, GwpTable gwps) {
    this.catalog = catalog;
    this.regions = regions;
    this.gwps = gwps;
  }

  /**
   * Parses a row; problems are added to {@code problems}.
   *
   * @return the record, or null when the row has a problem
   */
  public ActivityRecord parse(String file, HeaderIndex h, TableRow row, List<Problem> problems) {
    int before = problems.size();
    int[] at = positions(h);
    long n = row.number();
    String id = HeaderIndex.cell(row, at[AT_RECORD_ID]);
    if (id.isEmpty()) {
      problems.add(
          new Problem(
              file,
              n,
              RECORD_ID,
              "record_id is empty; every record needs an id unique across the inventory",
              Sentence.of("problem.recordIdEmpty")));
    }
    String org = OrgStructure.normalise(HeaderIndex.cell(row, at[AT_ORG_UNIT]));
    if (org.isEmpty()) {
      problems.add(
          new Problem(
              file,
              n,
              ORG_UNIT,
              "org_unit is empty; give the org-unit path, e.g. Group/Cloud/DC-Hangzhou",
              Sentence.of("problem.orgUnitEmpty")));
    } else if (OrgPath.problem(HeaderIndex.cell(row, at[AT_ORG_UNIT])) != null) {
      String path = HeaderIndex.cell(row, at[AT_ORG_UNIT]);
      problems.add(
          new Problem(file, n, ORG_UNIT, OrgPath.problem(path), OrgPath.problemSentence(path)));
    }
    String periodText = HeaderIndex.cell(row, at[AT_PERIOD]);
    Optional<Period> period = Period.parse(periodText);
    if (period.isEmpty()) {
      String message;
      Sentence said;
      if (periodText.isEmpty()) {
        message =
            "period is empty; give a month (2024-03), quarter (2024-Q1), year (2024) or date range (2024-01-15/2024-02-14)";
        said = Sentence.of("problem.periodEmpty");
      } else if (Period.outsideAcceptedDates(periodText)) {
        message =
            "period '"
                + periodText
                + "' reaches outside the accepted dates "
                + AcceptedDates.range();
        said =
            Sentence.of(
                "problem.periodOutside",
                periodText,
                AcceptedDates.FIRST.toString(),
                AcceptedDates.LAST.toString());
      } else {
        message =
            "period '"
                + periodText
                + "' is not a real month (YYYY-MM), quarter (YYYY-Qn), year (YYYY) or date range (YYYY-MM-DD/YYYY-MM-DD, end not before start)";
        said = Sentence.of("problem.periodNotReal", periodText);
      }
      problems.add(new Problem(file, n, PERIOD, message, said));
    }
    String typeKey = HeaderIndex.cell(row, at[AT_ACTIVITY_TYPE]);
    ActivityType type = catalog.type(typeKey).orElse(null);
    if (type == null) {
      problems.add(
          typeKey.isEmpty()
              ? empty(file, n, ACTIVITY_TYPE)
              : new Problem(
                  file,
                  n,
                  ACTIVITY_TYPE,
                  "unknown activity type '" + typeKey + "' (run `scopeplus catalog` for the list)",
                  Sentence.of("problem.unknownType", typeKey)));
    }
    String quantityText = HeaderIndex.cell(row, at[AT_QUANTITY]);
    double quantity = number(file, n, QUANTITY, quantityText, true, problems);
    if (type != null && quantity < 0 && !type.negativeAllowed()) {
      problems.add(
          new Problem(
              file,
              n,
              QUANTITY,
              "quantity "
                  + quantityText
                  + " is negative, which makes no sense for "
                  + type.key()
                  + "; correct the amount or record a reversal against the original record",
              Sentence.of("problem.negative", quantityText, type.key())));
    }
    String unitText = HeaderIndex.cell(row, at[AT_UNIT]);
    MeasureUnit unit = UnitSymbols.parse(unitText).orElse(null);
    if (unit != null && !Double.isNaN(quantity) && !QuantityBounds.plausible(quantity, unit)) {
      problems.add(
          new Problem(
              file,
              n,
              QUANTITY,
              QuantityBounds.refusal(quantityText, unit),
              QuantityBounds.refusalSentence(quantityText, unit)));
    }
    if (unit == null) {
      problems.add(
          unitText.isEmpty()
              ? empty(file, n, UNIT)
              : new Problem(
                  file,
                  n,
                  UNIT,
                  "unknown unit '" + unitText + "' (see docs/units.md)",
                  Sentence.of("problem.unknownUnit", unitText)));
    } else if (type != null && !type.quantityKinds().contains(unit.kind())) {
      problems.add(
          new Problem(
              file,
              n,
              UNIT,
              "unit "
                  + unit.symbol()
                  + " measures "
                  + unit.kind().label()
                  + ", but activity type "
                  + type.key()
                  + " is measured in "
                  + kinds(type),
              Sentence.of(
                  "problem.unitKind",
                  unit.symbol(),
                  unit.kind().label(),
                  type.key(),
                  kinds(type))));
    }
    String region = HeaderIndex.cell(row, at[AT_REGION]);
    if (region.isEmpty()) {
      problems.add(
          new Problem(
              file,
              n,
              REGION,
              "region is empty; give an ISO 3166 code such as CN, CN-GD or GB, or GLOBAL",
              Sentence.of("problem.regionEmpty")));
    } else if (!regions.accepts(region)) {
      problems.add(
          new Problem(
              file,
              n,
              REGION,
              "unknown region '"
                  + region
                  + "'; give an ISO 3166 code such as CN, CN-GD or GB, or GLOBAL",
              Sentence.of("problem.unknownRegion", region)));
    } else if (type != null
        && !regions.spans(region).isEmpty()
        && type.factorKeys().stream().anyMatch(k -> k.startsWith("grid."))) {
      String candidates = String.join(", ", regions.spans(region));
      problems.add(
          new Problem(
              file,
              n,
              REGION,
              "region '"
                  + region
                  + "' spans several eGRID subregions ("
                  + candidates
                  + "); give the code of the site's subregion instead, e.g. "
                  + regions.spans(region).get(0)
                  + " (EPA's Power Profiler finds it from the ZIP code)",
              Sentence.of(
                  "problem.regionSpansSubregions",
                  region,
                  candidates,
                  regions.spans(region).get(0))));
    }
    String substance = HeaderIndex.cell(row, at[AT_SUBSTANCE]);
    if (type != null && type.substance() == SubstanceRule.REQUIRED) {
      if (substance.isEmpty()) {
        problems.add(
            new Problem(
                file,
                n,
                SUBSTANCE,
                "activity type "
                    + type.key()
                    + " needs the gas or refrigerant released in column substance (e.g. R-410A)",
                Sentence.of("problem.needsSubstance", type.key())));
      } else if (gwps.gas(substance).isEmpty()) {
        problems.add(
            new Problem(
                file,
                n,
                SUBSTANCE,
                "unknown gas or refrigerant '" + substance + "'",
                Sentence.of("problem.unknownSubstance", substance)));
      }
    }
    double heat =
        number(file, n, HEAT_CONTENT, HeaderIndex.cell(row, at[AT_HEAT_CONTENT]), false, problems);
    positive(file, n, HEAT_CONTENT, heat, problems);
    atMost(file, n, HEAT_CONTENT, heat, QuantityBounds.HEAT_CONTENT_GJ_PER_T, "GJ/t", problems);
    double density =
        number(file, n, DENSITY, HeaderIndex.cell(row, at[AT_DENSITY]), false, problems);
    positive(file, n, DENSITY, density, problems);
    atMost(file, n, DENSITY, density, QuantityBounds.DENSITY_KG_PER_M3, "kg/m3", problems);
    double share = number(file, n, SHARE, HeaderIndex.cell(row, at[AT_SHARE]), false, problems);
    if (!Double.isNaN(share) && (share < 0 || share > 1)) {
      problems.add(
          new Problem(
              file,
              n,
              SHARE,
              "share "
                  + HeaderIndex.cell(row, at[AT_SHARE])
                  + " must be between 0 and 1 (e.g. 0.25 for 25%)",
              Sentence.of("problem.share", HeaderIndex.cell(row, at[AT_SHARE]))));
    }
    double supplierFactor =
        number(
            file,
            n,
            SUPPLIER_FACTOR,
            HeaderIndex.cell(row, at[AT_SUPPLIER_FACTOR]),
            false,
            problems);
    if (!Double.isNaN(supplierFactor) && supplierFactor < 0) {
      problems.add(
          new Problem(
              file,
              n,
              SUPPLIER_FACTOR,
              "a supplier-specific factor cannot be negative",
              Sentence.of("problem.supplierFactorNegative")));
    }
    atMost(
        file,
        n,
        SUPPLIER_FACTOR,
        supplierFactor,
        QuantityBounds.SUPPLIER_FACTOR_KG_CO2E,
        "kg CO2e per unit",
        problems);
    String sfUnitText = HeaderIndex.cell(row, at[AT_SUPPLIER_FACTOR_UNIT]);
    MeasureUnit sfUnit = null;
    if (!sfUnitText.isEmpty()) {
      sfUnit = UnitSymbols.parse(sfUnitText).orElse(null);
      if (sfUnit == null) {
        problems.add(
            new Problem(
                file,
                n,
                SUPPLIER_FACTOR_UNIT,
                "unknown unit '" + sfUnitText + "'",
                Sentence.of("problem.unknownSupplierUnit", sfUnitText)));
      } else if (unit != null && sfUnit.kind() != unit.kind()) {
        problems.add(
            new Problem(
                file,
                n,
                SUPPLIER_FACTOR_UNIT,
                "the supplier factor is per "
                    + sfUnit.symbol()
                    + " ("
                    + sfUnit.kind().label()
                    + ") but the quantity is in "
                    + unit.symbol()
                    + " ("
                    + unit.kind().label()
                    + ")",
                Sentence.of(
                    "problem.supplierUnitKind",
                    sfUnit.symbol(),
                    sfUnit.kind().label(),
                    unit.symbol(),
                    unit.kind().label())));
      }
    }
    String supplierProduct = HeaderIndex.cell(row, at[AT_SUPPLIER_PRODUCT]);
    if (!supplierProduct.isEmpty() && !FootprintRules.isUrn(supplierProduct)) {
      problems.add(
          new Problem(
              file,
              n,
              SUPPLIER_PRODUCT,
              "supplier product id '"
                  + supplierProduct
                  + "' is not a URN; give one of the productIds of the supplier's PACT footprint"
                  + " (e.g. urn:gtin:4712345060507)",
              Sentence.of("problem.notUrn", supplierProduct)));
    }
    if (type != null
        && type.factorKeys().contains(CalculationEngine.SUPPLIER_SPECIFIC)
        && Double.isNaN(supplierFactor)
        && supplierProduct.isEmpty()) {
      problems.add(
          new Problem(
              file,
              n,
              SUPPLIER_FACTOR,
              "activity type "
                  + type.key()
                  + " uses the supplier's own factor: give supplier_factor_kg_co2e or"
                  + " supplier_product_id",
              Sentence.of("problem.supplierFactorNeeded", type.key())));
    }
    String instrument = HeaderIndex.cell(row, at[AT_INSTRUMENT]);
    if (!instrument.isEmpty() && type != null && !type.isDualReported()) {
      problems.add(
          new Problem(
              file,
              n,
              INSTRUMENT,
              "a contractual instrument applies to Scope 2 energy only, not to " + type.key(),
              Sentence.of("problem.instrumentNotScope2", type.key())));
    }
    if (problems.size() > before) {
      return null;
    }
    return new ActivityRecord(
        id,
        org,
        HeaderIndex.cell(row, at[AT_FACILITY]),
        period.get(),
        type.key(),
        quantity,
        unit,
        region,
        substance,
        HeaderIndex.cell(row, at[AT_SUPPLIER]),
        HeaderIndex.cell(row, at[AT_DATA_QUALITY]),
        HeaderIndex.cell(row, at[AT_EVIDENCE]),
        heat,
        density,
        Double.isNaN(share) ? 1.0 : share,
        supplierFactor,
        sfUnit,
        instrument,
        supplierProduct,
        new SourceRef(file, n));
  }

  /** Where the columns read stand in {@code h}'s file, found once for the file's rows. */
  private int[] positions(HeaderIndex h) {
    Positions p = last;
    if (p == null || p.header() != h) {
      p = new Positions(h, h.positions(READ));
      last = p;
    }
    return p.at();
  }

  private static void positive(
      String file, long n, String column, double v, List<Problem> problems) {
    if (!Double.isNaN(v) && v <= 0) {
      problems.add(
          new Problem(
              file,
              n,
              column,
              column + " must be positive",
              Sentence.of("problem.positive", column)));
    }
  }

  private static void atMost(
      String file,
      long n,
      String column,
      double v,
      double max,
      String unit,
      List<Problem> problems) {
    if (v > max) {
      problems.add(
          new Problem(
              file,
              n,
              column,
              column
                  + " "
                  + plain(v)
                  + " is beyond the largest plausible value, "
                  + plain(max)
                  + " "
                  + unit
                  + "; check the number and its unit",
              Sentence.of("problem.beyondPlausible", column, plain(v), plain(max) + " " + unit)));
    }
  }

  private static String plain(double v) {
    java.math.BigDecimal d = java.math.BigDecimal.valueOf(v).stripTrailingZeros();
    return Math.abs(v) < 1e15 ? d.toPlainString() : d.toString();
  }

  private static double number(
      String file, long n, String column, String text, boolean required, List<Problem> problems) {
    if (text.isEmpty()) {
      if (required) {
        problems.add(empty(file, n, column));
      }
      return Double.NaN;
    }
    if (decimal(text)) {
      double v = Double.parseDouble(text);
      if (Double.isInfinite(v)) {
        return refused(
            file,
            n,
            column,
            text,
            "is beyond the range of numbers (about 1.8e308)",
            Sentence.of("problem.beyondRange", column, text),
            problems);
      }
      if (v == 0 ? nonZeroDigit(text) : Math.abs(v) < Double.MIN_NORMAL) {
        return refused(
            file,
            n,
            column,
            text,
            "is too small to be held exactly (it would read as "
                + v
                + "); write 0 if nothing is meant",
            Sentence.of("problem.tooSmall", column, text, String.valueOf(v)),
            problems);
      }
      return v;
    }
    return refused(
        file,
        n,
        column,
        text,
        "is not a number (use a point as decimal separator and no thousands separator)",
        Sentence.of("problem.notNumber", column, text),
        problems);
  }

  /**
   * Adds the problem {@code column 'text' why} at the cell and gives NaN, the value of a number
   * cell that cannot be read.
   */
  private static double refused(
      String file,
      long n,
      String column,
      String text,
      String why,
      Sentence said,
      List<Problem> problems) {
    problems.add(new Problem(file, n, column, column + " '" + text + "' " + why, said));
    return Double.NaN;
  }

  /** The problem {@code column is empty} at the cell. */
  private static Problem empty(String file, long n, String column) {
    return new Problem(file, n, column, column + " is empty", Sentence.of("problem.empty", column));
  }

  private static String kinds(ActivityType type) {
    StringBuilder b = new StringBuilder();
    for (org.scopeplus.core.quantity.QuantityKind k :
        org.scopeplus.core.quantity.QuantityKind.values()) {
      if (type.quantityKinds().contains(k)) {
        if (b.length() > 0) {
          b.append(" or ");
        }
        b.append(k.label());
      }
    }
    return b.toString();
  }

  /** A plain decimal: sign, digits with at most one point, and an optional exponent. */
  static boolean decimal(String t) {
    int n = t.length();
    int i = afterSign(t, 0);
    int end = afterDigits(t, i);
    int digits = end - i;
    i = end;
    if (i < n && t.charAt(i) == '.') {
      end = afterDigits(t, i + 1);
      digits += end - (i + 1);
      i = end;
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
      int exponentStart = afterSign(t, i + 1);
      i = afterDigits(t, exponentStart);
      if (i == exponentStart) {
        return false;
      }
    }
    return i == n;
  }

  /** Where {@code t} goes on after an optional '+' or '-' at {@code i}. */
  private static int afterSign(String t, int i) {
    return i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-') ? i + 1 : i;
  }

  /** Where {@code t} goes on after the run of digits that starts at {@code i}. */
  private static int afterDigits(String t, int i) {
    while (i < t.length() && digit(t.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Whether a decimal's digits before its exponent hold anything but zeros. */
  private static boolean nonZeroDigit(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == 'e' || c == 'E') {
        return false;
      }
      if (c >= '1' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
