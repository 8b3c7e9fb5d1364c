package org.scopeplus.cli.management;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.scopeplus.core.indicator.IndicatorValue;
import org.scopeplus.core.indicator.Metric;
import org.scopeplus.core.supplier.DataMaturity;
import org.scopeplus.core.supplier.LabelTier;
import org.scopeplus.core.supplier.Supplier;
import org.scopeplus.core.supplier.TargetStatus;
import org.scopeplus.core.targets.Coverage;
import org.scopeplus.core.targets.Pathway;
import org.scopeplus.core.targets.ShareBasis;
import org.scopeplus.core.targets.Target;
import org.scopeplus.core.targets.TargetKind;
import org.scopeplus.io.table.CsvFormat;

/**
 * A folder of one's own management data, laid out as docs/management.md describes: {@code
 * targets.csv}, {@code indicators.csv} (optional), and the inventory inputs {@code activity.csv},
 * {@code org.csv} and {@code metrics.csv} (optional) in the formats {@code scopeplus inventory}
 * reads. A refused cell is reported with its file, row and column.
 */
public final class ManagementFolder {

  static final String TARGETS = "targets.csv";
  static final String INDICATORS = "indicators.csv";
  static final String ACTIVITY = "activity.csv";
  static final String ORG = "org.csv";
  static final String METRICS = "metrics.csv";
  static final String SUPPLIERS = "suppliers.csv";
  static final String TIERS = "supplier-tiers.csv";
  static final String FOOTPRINTS = "footprints.json";
  static final String HOURLY = "hourly.csv";

  private ManagementFolder() {}

  /** A refusal naming file, row and column. */
  static final class Refused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Refused(String file, long row, String column, String why) {
      super(file + ", row " + row + ", " + column + ": " + why);
    }
  }

  /** The targets of {@code DIR/targets.csv}. */
  static List<Target> targets(Path dir) throws IOException {
    List<Target> out = new ArrayList<>();
    for (Row r : rows(dir, TARGETS, true)) {
      TargetKind kind =
          TargetKind.parse(r.cell("kind"))
              .orElseThrow(
                  () ->
                      r.refused(
                          "kind",
                          "is absolute, intensity, cumulative, renewable-share or"
                              + " fleet-electrification"));
      Coverage coverage = null;
      if (kind == TargetKind.ABSOLUTE || kind == TargetKind.INTENSITY) {
        coverage =
            Coverage.parse(r.cell("scopes"), r.cell("scope2"))
                .orElseThrow(
                    () -> r.refused("scopes", "is e.g. 1+2 or 3, and scope2 market or location"));
      }
      Pathway pathway =
          r.cell("pathway").isEmpty()
              ? Pathway.LINEAR
              : Pathway.parse(r.cell("pathway"))
                  .orElseThrow(() -> r.refused("pathway", "is linear, aca-1.5c or aca-wb2c"));
      String denominator = r.cell("denominator").isEmpty() ? null : r.cell("denominator");
      Target t =
          new Target(
              r.cell("id").isEmpty() ? "T" + r.row : r.cell("id"),
              r.cell("name"),
              kind,
              r.cell("org_unit"),
              coverage,
              denominator,
              r.year("base_year"),
              r.year("target_year"),
              r.number("target_value"),
              pathway,
              r.cell("criteria"),
              r.cell("basis").isEmpty()
                  ? ShareBasis.ANNUAL
                  : ShareBasis.parse(r.cell("basis"))
                      .orElseThrow(() -> r.refused("basis", "is annual or hourly")));
      Optional<String> why = t.refusal();
      if (why.isPresent()) {
        throw r.refused("target", why.get());
      }
      out.add(t);
    }
    if (out.isEmpty()) {
      throw new Refused(TARGETS, 1, "header", "the file holds no target");
    }
    return out;
  }

  /** The indicator values of {@code DIR/indicators.csv}, or none when there is no such file. */
  static List<IndicatorValue> indicators(Path dir) throws IOException {
    List<IndicatorValue> out = new ArrayList<>();
    for (Row r : rows(dir, INDICATORS, false)) {
      Metric metric =
          Metric.parse(r.cell("metric"))
              .orElseThrow(() -> r.refused("metric", "is not an indicator ScopePlus knows"));
      String month = r.cell("month");
      IndicatorValue v =
          new IndicatorValue(
              r.cell("org_unit"),
              r.cell("facility"),
              r.year("year"),
              month.isEmpty() ? 0 : (int) r.whole("month"),
              metric,
              r.number("value"));
      Optional<String> why = v.refusal();
      if (why.isPresent()) {
        throw r.refused("value", why.get());
      }
      out.add(v);
    }
    return out;
  }

  /**
   * The operational indicator values of the folder: {@code indicators.csv} and the operational rows
   * of {@code metrics.csv} (IT and facility energy, water, vehicles by powertrain, recovered heat),
   * the first problem of metrics.csv refused with its row and column.
   */
  static List<IndicatorValue> allIndicators(Path dir) throws IOException {
    List<IndicatorValue> out = new ArrayList<>(indicators(dir));
    Path metrics = dir.resolve(METRICS);
    if (Files.isRegularFile(metrics)) {
      var read = new org.scopeplus.io.org.MetricsReader().readAll(metrics);
      if (!read.ok()) {
        var p = read.problems().get(0);
        throw new Refused(METRICS, p.row(), p.column(), p.message());
      }
      out.addAll(read.value().indicators());
    }
    return out;
  }

  /** The supplier register of {@code DIR/suppliers.csv}. */
  static List<Supplier> suppliers(Path dir) throws IOException {
    return suppliers(dir, SUPPLIERS);
  }

  /**
   * The supplier register of a file in the format of {@code suppliers.csv}, wherever it lies and
   * however it is named; a refused cell is named by the file's name, row and column.
   *
   * @throws IllegalArgumentException naming file, row and column when the register is refused
   */
  public static List<Supplier> supplierRegister(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    return suppliers(dir, file.getFileName().toString());
  }

  /**
   * The label tiers of a file in the format of {@code supplier-tiers.csv}, best first.
   *
   * @throws IllegalArgumentException naming file, row and column when a tier is refused
   */
  public static List<LabelTier> supplierTiers(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new Refused(file.getFileName().toString(), 0, "file", "missing");
    }
    return tiers(file.toAbsolutePath().getParent(), file.getFileName().toString());
  }

  private static List<Supplier> suppliers(Path dir, String name) throws IOException {
    List<Supplier> out = new ArrayList<>();
    Map<String, Long> rowOf = new HashMap<>();
    for (Row r : rows(dir, name, true)) {
      TargetStatus status =
          r.cell("target_status").isEmpty()
              ? TargetStatus.NONE
              : TargetStatus.parse(r.cell("target_status"))
                  .orElseThrow(() -> r.refused("target_status", "is none, committed or validated"));
      int year = 0;
      if (!r.cell("target_year").isEmpty()) {
        long y = r.whole("target_year");
        if (y < Supplier.FIRST_YEAR || y > Supplier.LAST_YEAR) {
          throw r.refused(
              "target_year",
              y + " is not a year between " + Supplier.FIRST_YEAR + " and " + Supplier.LAST_YEAR);
        }
        year = (int) y;
      }
      String verified = r.cell("pact_verified").toLowerCase(Locale.ROOT);
      if (!List.of("", "yes", "no", "true", "false").contains(verified)) {
        throw r.refused("pact_verified", "is yes or no");
      }
      Supplier s =
          new Supplier(
              r.cell("supplier_id"),
              r.cell("name"),
              status,
              year,
              r.cell("ambition"),
              verified.equals("yes") || verified.equals("true"));
      Optional<String> why = s.refusal();
      if (why.isPresent()) {
        throw r.refused("supplier", why.get());
      }
      for (String key : List.of(s.id(), s.name())) {
        Long before = rowOf.putIfAbsent(key.toLowerCase(Locale.ROOT), r.row);
        if (before != null) {
          throw r.refused("supplier", "'" + key + "' already names the supplier of row " + before);
        }
      }
      out.add(s);
    }
    if (out.isEmpty()) {
      throw new Refused(name, 1, "header", "the file holds no supplier");
    }
    return out;
  }

  /** The label tiers of {@code DIR/supplier-tiers.csv}, best first, or the defaults. */
  static List<LabelTier> tiers(Path dir) throws IOException {
    return tiers(dir, TIERS);
  }

  private static List<LabelTier> tiers(Path dir, String name) throws IOException {
    List<LabelTier> out = new ArrayList<>();
    for (Row r : rows(dir, name, false)) {
      LabelTier t =
          new LabelTier(
              r.cell("tier"),
              TargetStatus.parse(r.cell("min_target_status"))
                  .orElseThrow(
                      () -> r.refused("min_target_status", "is none, committed or validated")),
              DataMaturity.parse(r.cell("min_data_maturity"))
                  .orElseThrow(
                      () ->
                          r.refused(
                              "min_data_maturity",
                              "is spend-based, average, supplier-specific or pact-verified")));
      Optional<String> why = t.refusal();
      if (why.isPresent()) {
        throw r.refused("tier", why.get());
      }
      out.add(t);
    }
    return out.isEmpty() ? LabelTier.DEFAULTS : out;
  }

  /** One data row with its header; row numbers count the header as row 1. */
  private record Row(String file, long row, Map<String, Integer> header, CsvRecord record) {

    String cell(String column) {
      Integer i = header.get(column);
      if (i == null || i >= record.getFieldCount()) {
        return "";
      }
      return record.getField(i).strip();
    }

    Refused refused(String column, String why) {
      return new Refused(file, row, column, why);
    }

    double number(String column) {
      String c = cell(column);
      try {
        double d = Double.parseDouble(c);
        if (!Double.isFinite(d) || Math.abs(d) > 1e15) {
          throw refused(column, c + " is not a number within 1e15");
        }
        return d;
      } catch (NumberFormatException e) {
        throw refused(column, "'" + c + "' is not a number");
      }
    }

    long whole(String column) {
      String c = cell(column);
      try {
        return Long.parseLong(c);
      } catch (NumberFormatException e) {
        throw refused(column, "'" + c + "' is not a whole number");
      }
    }

    int year(String column) {
      long y = whole(column);
      if (y < Target.FIRST_YEAR || y > Target.LAST_YEAR) {
        throw refused(
            column, y + " is not a year between " + Target.FIRST_YEAR + " and " + Target.LAST_YEAR);
      }
      return (int) y;
    }
  }

  private static List<Row> rows(Path dir, String name, boolean required) throws IOException {
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) {
      if (required) {
        throw new Refused(name, 0, "file", "missing in " + dir);
      }
      return List.of();
    }
    List<Row> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        CsvReader<CsvRecord> reader = CsvFormat.reader(name, in)) {
      Map<String, Integer> header = null;
      List<String> headerCells = List.of();
      long row = 0;
      for (CsvRecord rec : reader) {
        row++;
        if (header == null) {
          header = new HashMap<>();
          headerCells = rec.getFields();
          for (int i = 0; i < rec.getFieldCount(); i++) {
            header.put(rec.getField(i).strip().toLowerCase(Locale.ROOT), i);
          }
          continue;
        }
        var problem = CsvFormat.cellProblem(name, row, headerCells, rec);
        if (problem != null) {
          throw new Refused(name, row, problem.column(), problem.message());
        }
        if (rec.getFieldCount() == 1 && rec.getField(0).isBlank()) {
          continue;
        }
        out.add(new Row(name, row, header, rec));
      }
    }
    return out;
  }
}
