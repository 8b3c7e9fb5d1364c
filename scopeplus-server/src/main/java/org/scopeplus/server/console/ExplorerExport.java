package org.scopeplus.server.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.ResultRow;
import org.scopeplus.store.run.RunCells;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The explorer's tables as shown, as a CSV or XLSX file: at the org tree, its units and facilities;
 * at a facility, its activity types; at an activity type, its months. Amounts are tonnes CO2e,
 * exact to the gram (six decimals), so the file adds up as the run does.
 */
@ConsoleController
class ExplorerExport {

  static final List<String> HEADER =
      List.of(
          "table",
          "item",
          "scope1_t",
          "scope2_location_t",
          "scope2_market_t",
          "scope3_t",
          "total_location_t",
          "total_market_t");

  private final Database db;
  private final TenantInventory inventory = new TenantInventory();
  private final RunCells cells = new RunCells();

  ExplorerExport(Database db) {
    this.db = db;
  }

  @GetMapping("/explorer/export.csv")
  ResponseEntity<byte[]> csv(@AuthenticationPrincipal Caller caller, ExplorerQuery q) {
    StringBuilder b = new StringBuilder();
    b.append(String.join(",", HEADER)).append("\r\n");
    for (List<String> row : rows(caller, q)) {
      List<String> quoted = new ArrayList<>();
      for (String cell : row) {
        quoted.add(csvCell(cell));
      }
      b.append(String.join(",", quoted)).append("\r\n");
    }
    return file(
        b.toString().getBytes(StandardCharsets.UTF_8),
        "inventory.csv",
        new MediaType("text", "csv", StandardCharsets.UTF_8));
  }

  @GetMapping("/explorer/export.xlsx")
  ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal Caller caller, ExplorerQuery q) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("inventory");
      Row head = sheet.createRow(0);
      for (int i = 0; i < HEADER.size(); i++) {
        head.createCell(i).setCellValue(HEADER.get(i));
      }
      int r = 1;
      for (List<String> row : rows(caller, q)) {
        Row x = sheet.createRow(r++);
        x.createCell(0).setCellValue(row.get(0));
        x.createCell(1).setCellValue(row.get(1));
        for (int i = 2; i < row.size(); i++) {
          x.createCell(i).setCellValue(new BigDecimal(row.get(i)).doubleValue());
        }
      }
      book.write(out);
      return file(
          out.toByteArray(),
          "inventory.xlsx",
          MediaType.parseMediaType(
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of the tables the explorer shows at the query. */
  private List<List<String>> rows(Caller caller, ExplorerQuery q) {
    return db.inTransaction(
        c -> {
          List<TenantInventory.PeriodRun> periods = inventory.periods(c, caller.tenantId());
          Optional<TenantInventory.PeriodRun> chosen = TenantInventory.chosen(periods, q.period());
          if (chosen.isEmpty() || chosen.get().run().isEmpty()) {
            throw PageRefused.notFound("refused.notFound");
          }
          CalculationRun run = chosen.get().run().get();
          RunCells.Filter filter = q.filter();
          List<List<String>> out = new ArrayList<>();
          if (q.facility() == null) {
            add(
                out,
                "org-unit",
                ExplorerController.childUnits(
                    cells.sums(c, run, q.unitsFilter(), RunCells.By.ORG_UNIT), q));
            add(
                out,
                "facility",
                ExplorerController.largestFirst(cells.sums(c, run, filter, RunCells.By.FACILITY)));
          } else if (q.type() == null) {
            add(
                out,
                "activity-type",
                ExplorerController.largestFirst(
                    cells.sums(c, run, filter, RunCells.By.ACTIVITY_TYPE)));
          } else {
            add(out, "month", cells.sums(c, run, filter, RunCells.By.MONTH));
          }
          return out;
        });
  }

  private static void add(List<List<String>> out, String table, List<ResultRow> rows) {
    for (ResultRow r : rows) {
      Totals t = r.totals();
      out.add(
          List.of(
              table,
              r.item(),
              tonnes(t.scope1()),
              tonnes(t.scope2Location()),
              tonnes(t.scope2Market()),
              tonnes(t.scope3()),
              tonnes(t.totalLocation()),
              tonnes(t.totalMarket())));
    }
  }

  /** Grams as tonnes with six decimals: exact. */
  static String tonnes(long grams) {
    return BigDecimal.valueOf(grams, 6).toPlainString();
  }

  /**
   * A CSV cell (RFC 4180), quoted when it needs it; a text starting with =, +, - or @ is prefixed
   * with an apostrophe so a spreadsheet does not run it as a formula (CWE-1236).
   */
  static String csvCell(String s) {
    String v = s;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+")) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }
}
