package org.scopeplus.io.org;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scopeplus.core.org.OrgPath;
import org.scopeplus.core.org.OrgStructure;
import org.scopeplus.core.org.OrgUnit;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.problem.ProblemTally;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.table.HeaderIndex;
import org.scopeplus.io.table.TableProblem;
import org.scopeplus.io.table.TableReader;

/**
 * Reads the org structure: {@code org_unit, equity_share, operational_control, financial_control}.
 * Equity share is a fraction (0.6) or a percentage (60%); control is yes/no.
 */
public final class OrgStructureReader {

  private static final List<String> REQUIRED =
      List.of("org_unit", "equity_share", "operational_control", "financial_control");
  private static final List<String> OPTIONAL = List.of("name", "notes");

  public ReadResult<OrgStructure> read(Path path) throws IOException {
    try (TableReader t = TableReader.open(path)) {
      return read(t);
    } catch (TableProblem e) {
      return ReadResult.failed(e.problem());
    }
  }

  private ReadResult<OrgStructure> read(TableReader t) throws IOException {
    String file = t.name();
    HeaderIndex h = HeaderIndex.of(file, t.header(), REQUIRED, OPTIONAL);
    if (!h.problems().isEmpty()) {
      return ReadResult.failed(h.tally());
    }
    ProblemTally problems = new ProblemTally();
    List<OrgUnit> units = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    try {
      t.forEachRow(
          row -> {
            String path0 = OrgStructure.normalise(h.cell(row, "org_unit"));
            if (path0.isEmpty()) {
              problems.add(new Problem(file, row.number(), "org_unit", "org_unit is empty"));
              return;
            }
            String pathProblem = OrgPath.problem(h.cell(row, "org_unit"));
            if (pathProblem != null) {
              problems.add(new Problem(file, row.number(), "org_unit", pathProblem));
              return;
            }
            Long other = seen.putIfAbsent(path0, row.number());
            if (other != null) {
              problems.add(
                  new Problem(
                      file,
                      row.number(),
                      "org_unit",
                      "org unit '" + path0 + "' is already described at row " + other));
            }
            double share = share(h.cell(row, "equity_share"));
            if (Double.isNaN(share)) {
              problems.add(
                  new Problem(
                      file,
                      row.number(),
                      "equity_share",
                      "equity_share '"
                          + h.cell(row, "equity_share")
                          + "' is not a fraction between 0 and 1 or a percentage between 0% and 100%"));
            }
            Boolean op = yesNo(h.cell(row, "operational_control"));
            Boolean fin = yesNo(h.cell(row, "financial_control"));
            if (op == null) {
              problems.add(
                  new Problem(
                      file,
                      row.number(),
                      "operational_control",
                      "operational_control must be yes or no"));
            }
            if (fin == null) {
              problems.add(
                  new Problem(
                      file,
                      row.number(),
                      "financial_control",
                      "financial_control must be yes or no"));
            }
            if (!Double.isNaN(share) && op != null && fin != null) {
              units.add(new OrgUnit(path0, share, op, fin));
            }
          });
    } catch (TableProblem e) {
      problems.add(e.problem());
    }
    return problems.isEmpty() ? ReadResult.of(OrgStructure.of(units)) : ReadResult.failed(problems);
  }

  static double share(String text) {
    try {
      String t = text.strip();
      double v =
          t.endsWith("%")
              ? Double.parseDouble(t.substring(0, t.length() - 1).strip()) / 100.0
              : Double.parseDouble(t);
      return v >= 0 && v <= 1 ? v : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  static Boolean yesNo(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true", "1" -> Boolean.TRUE;
      case "no", "n", "false", "0" -> Boolean.FALSE;
      default -> null;
    };
  }
}
