package org.scopeplus.io.factor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.scopeplus.core.activity.AcceptedDates;
import org.scopeplus.core.factor.CalorificBasis;
import org.scopeplus.core.factor.Citation;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.FactorLibrary;
import org.scopeplus.core.factor.FactorType;
import org.scopeplus.core.factor.GasRate;
import org.scopeplus.core.factor.Verification;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.gas.GwpTable;
import org.scopeplus.core.gas.Origin;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.problem.ProblemTally;
import org.scopeplus.core.quantity.MeasureUnit;
import org.scopeplus.core.quantity.UnitSymbols;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.table.HeaderIndex;
import org.scopeplus.io.table.TableProblem;
import org.scopeplus.io.table.TableReader;
import org.scopeplus.io.table.TableRow;

/**
 * Reads a factor library in the format of docs/factor-library-format.md. A library with any problem
 * is refused whole, with its problems tallied ({@link ProblemTally}).
 */
public final class FactorLibraryReader {

  public static final List<String> REQUIRED =
      List.of(
          "factor_id",
          "activity_key",
          "region",
          "valid_from",
          "valid_to",
          "gas",
          "value",
          "unit",
          "factor_type",
          "publication",
          "verification");
  public static final List<String> OPTIONAL =
      List.of(
          "calorific_basis",
          "origin",
          "ncv_gj_per_t",
          "density_kg_per_m3",
          "ncv_gcv_ratio",
          "co2e_gwp_set",
          "table",
          "year",
          "url",
          "notes");

  private final GwpTable gwps;

  /** A reader that checks gas names against this GWP table. */
  public FactorLibraryReader(GwpTable gwps) {
    this.gwps = gwps;
  }

  /** Reads a user's library file; its name is the file name without extension. */
  public ReadResult<FactorLibrary> read(Path path) throws IOException {
    try (TableReader table = TableReader.open(path)) {
      String file = path.getFileName().toString();
      String name = file.replaceFirst("\\.(csv|xlsx)$", "");
      return read(table, name, null);
    } catch (TableProblem e) {
      return ReadResult.failed(e.problem());
    }
  }

  /** Reads a library from a stream with an explicit name and version (built-in libraries). */
  public ReadResult<FactorLibrary> read(String file, InputStream in, String name, String version)
      throws IOException {
    try (TableReader table = TableReader.csv(file, in)) {
      return read(table, name, version);
    } catch (TableProblem e) {
      return ReadResult.failed(e.problem());
    }
  }

  private ReadResult<FactorLibrary> read(TableReader table, String name, String version)
      throws IOException {
    String file = table.name();
    HeaderIndex h = HeaderIndex.of(file, table.header(), REQUIRED, OPTIONAL);
    if (!h.problems().isEmpty()) {
      return ReadResult.failed(h.tally());
    }
    ProblemTally problems = new ProblemTally();
    Map<String, Draft> drafts = new LinkedHashMap<>();
    try {
      table.forEachRow(row -> readRow(file, h, row, drafts, problems));
    } catch (TableProblem e) {
      problems.add(e.problem());
    }
    String hash = table.sha256Hex();
    if (!problems.isEmpty()) {
      return ReadResult.failed(problems);
    }
    List<EmissionFactor> factors = new ArrayList<>(drafts.size());
    for (Draft d : drafts.values()) {
      factors.add(d.build());
    }
    return ReadResult.of(
        new FactorLibrary(name, version == null ? hash.substring(0, 12) : version, hash, factors));
  }

  private void readRow(
      String file, HeaderIndex h, TableRow row, Map<String, Draft> drafts, ProblemTally tally) {
    List<Problem> problems = new ArrayList<>();
    Problems p = new Problems(file, row.number(), problems);
    String id = p.required(h, row, "factor_id");
    String key = p.required(h, row, "activity_key");
    String region = p.required(h, row, "region");
    LocalDate from = p.date(h, row, "valid_from", true);
    LocalDate to = p.date(h, row, "valid_to", false);
    String gas = p.required(h, row, "gas");
    if (!gas.isEmpty() && !gas.equals("SUBSTANCE") && gwps.gas(gas).isEmpty()) {
      p.add("gas", "unknown gas '" + gas + "'");
    }
    double value = p.number(h, row, "value", true);
    String unitText = p.required(h, row, "unit");
    double kgPerMassUnit = Double.NaN;
    MeasureUnit perUnit = null;
    if (!unitText.isEmpty()) {
      int slash = unitText.indexOf('/');
      Optional<MeasureUnit> mass =
          slash > 0 ? UnitSymbols.parse(unitText.substring(0, slash)) : Optional.empty();
      Optional<MeasureUnit> per =
          slash > 0 ? UnitSymbols.parse(unitText.substring(slash + 1)) : Optional.empty();
      if (mass.isEmpty()
          || mass.get().kind() != org.scopeplus.core.quantity.QuantityKind.MASS
          || per.isEmpty()) {
        p.add(
            "unit", "unit '" + unitText + "' is not mass per unit, e.g. kg/TJ, t/MWh, kg/USD@2016");
      } else {
        kgPerMassUnit = mass.get().conversionFactorTo(UnitSymbols.of("kg"));
        perUnit = per.get();
      }
    }
    FactorType type =
        p.parse(
            h,
            row,
            "factor_type",
            true,
            FactorType::parse,
            "a factor type of docs/factor-library-format.md");
    CalorificBasis basis =
        p.parse(h, row, "calorific_basis", false, CalorificBasis::parse, "NCV, GCV or empty");
    Origin origin =
        p.parse(
            h,
            row,
            "origin",
            false,
            t -> Origin.valueOf(t.toUpperCase(Locale.ROOT)),
            "fossil or biogenic");
    double ncv = p.number(h, row, "ncv_gj_per_t", false);
    double density = p.number(h, row, "density_kg_per_m3", false);
    double ncvPerGcv = p.number(h, row, "ncv_gcv_ratio", false);
    if (Double.isFinite(ncvPerGcv) && !(ncvPerGcv > 0.0 && ncvPerGcv <= 1.0)) {
      p.add(
          "ncv_gcv_ratio",
          "ncv_gcv_ratio "
              + h.cell(row, "ncv_gcv_ratio")
              + " is not a ratio of net to gross calorific value: it is above 0 and at most 1"
              + " (IPCC 2006 gives 0.95 for coal and oil, 0.90 for natural gas)");
    }
    GwpSet co2eSet =
        p.parse(
            h,
            row,
            "co2e_gwp_set",
            false,
            t -> GwpSet.valueOf(t.toUpperCase(Locale.ROOT)),
            "AR4, AR5 or AR6");
    String publication = p.required(h, row, "publication");
    Verification verification =
        p.parse(
            h,
            row,
            "verification",
            true,
            Verification::parse,
            "published, corroborated, derived, secondary, to_verify or user_supplied");
    if (Double.isFinite(value) && Double.isFinite(kgPerMassUnit)) {
      double kg = value * kgPerMassUnit;
      if (!Double.isFinite(kg)) {
        p.add(
            "value",
            "value "
                + h.cell(row, "value")
                + " "
                + unitText
                + " is too large: in kilograms per unit it is beyond any number a factor can hold");
      }
    }
    if (type == FactorType.DIRECT_COMBUSTION
        && perUnit != null
        && perUnit.kind() == org.scopeplus.core.quantity.QuantityKind.ENERGY
        && (basis == null || basis == CalorificBasis.NOT_APPLICABLE)) {
      p.add(
          "calorific_basis",
          "factor '"
              + id
              + "' is per "
              + perUnit.symbol()
              + " of fuel burned, so it must say whether that energy is net (NCV) or gross (GCV)"
              + " in calorific_basis: IPCC defaults are net, US EPA factors gross");
    }
    if (from != null && to != null && to.isBefore(from)) {
      p.add("valid_to", "valid_to " + to + " is before valid_from " + from);
    }
    if (!problems.isEmpty()) {
      tally.addAll(problems);
      return;
    }
    Citation citation =
        new Citation(
            publication,
            h.cell(row, "table"),
            h.cell(row, "year"),
            h.cell(row, "url"),
            verification,
            h.cell(row, "notes"));
    Header header =
        new Header(
            key,
            region,
            from,
            to,
            perUnit,
            type,
            basis == null ? CalorificBasis.NOT_APPLICABLE : basis,
            origin == null ? Origin.FOSSIL : origin,
            ncv,
            density,
            ncvPerGcv,
            co2eSet,
            citation,
            unitText);
    Draft draft = drafts.get(id);
    if (draft == null) {
      draft = new Draft(id, header);
      drafts.put(id, draft);
    } else if (!draft.header.equals(header)) {
      p.add(
          "factor_id",
          "rows of factor '"
              + id
              + "' disagree on columns other than gas and value (first row "
              + draft.firstRow
              + ")");
      tally.addAll(problems);
      return;
    }
    if (draft.gases.contains(gas)) {
      p.add("gas", "factor '" + id + "' lists gas " + gas + " twice");
      tally.addAll(problems);
      return;
    }
    if (draft.firstRow == 0) {
      draft.firstRow = row.number();
    }
    draft.gases.add(gas);
    draft.rates.add(new GasRate(gas, value * kgPerMassUnit));
  }

  private record Header(
      String key,
      String region,
      LocalDate from,
      LocalDate to,
      MeasureUnit perUnit,
      FactorType type,
      CalorificBasis basis,
      Origin origin,
      double ncv,
      double density,
      double ncvPerGcv,
      GwpSet co2eSet,
      Citation citation,
      String unitText) {}

  private static final class Draft {
    final String id;
    final Header header;
    final List<String> gases = new ArrayList<>();
    final List<GasRate> rates = new ArrayList<>();
    long firstRow;

    Draft(String id, Header header) {
      this.id = id;
      this.header = header;
    }

    EmissionFactor build() {
      return new EmissionFactor(
          id,
          header.key,
          header.region,
          header.from,
          header.to,
          rates,
          header.perUnit,
          header.type,
          header.basis,
          header.origin,
          header.ncv,
          header.density,
          header.ncvPerGcv,
          header.co2eSet,
          header.citation);
    }
  }

  /** Collects the problems of one row. */
  private record Problems(String file, long row, List<Problem> list) {
    void add(String column, String message) {
      list.add(new Problem(file, row, column, message));
    }

    String required(HeaderIndex h, TableRow r, String column) {
      String v = h.cell(r, column);
      if (v.isEmpty()) {
        add(column, column + " is empty");
      }
      return v;
    }

    double number(HeaderIndex h, TableRow r, String column, boolean required) {
      String v = h.cell(r, column);
      if (v.isEmpty()) {
        if (required) {
          add(column, column + " is empty");
        }
        return Double.NaN;
      }
      try {
        double d = Double.parseDouble(v);
        if (!Double.isFinite(d)) {
          add(column, column + " '" + v + "' is not a finite number");
        }
        return d;
      } catch (NumberFormatException e) {
        add(column, column + " '" + v + "' is not a number");
        return Double.NaN;
      }
    }

    LocalDate date(HeaderIndex h, TableRow r, String column, boolean start) {
      String v = required(h, r, column);
      if (v.isEmpty()) {
        return null;
      }
      try {
        LocalDate d;
        if (v.matches("\\d{4}")) {
          int y = Integer.parseInt(v);
          d = start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
        } else {
          d = LocalDate.parse(v);
        }
        if (!AcceptedDates.contains(d)) {
          add(column, AcceptedDates.refusal(column, v));
          return null;
        }
        return d;
      } catch (DateTimeParseException e) {
        add(column, column + " '" + v + "' is not a date (YYYY-MM-DD) or a year (YYYY)");
        return null;
      }
    }

    <T> T parse(
        HeaderIndex h,
        TableRow r,
        String column,
        boolean required,
        java.util.function.Function<String, T> parser,
        String expected) {
      String v = h.cell(r, column);
      if (v.isEmpty()) {
        if (required) {
          add(column, column + " is empty");
        }
        return null;
      }
      try {
        return parser.apply(v);
      } catch (IllegalArgumentException e) {
        add(column, column + " '" + v + "' is not " + expected);
        return null;
      }
    }
  }
}
