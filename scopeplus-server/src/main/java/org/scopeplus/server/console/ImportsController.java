package org.scopeplus.server.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.activity.ActivityColumns;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.server.api.ReceivingUpload;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.activity.ImportOutcome;
import org.scopeplus.store.activity.ImportStore;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.org.ReportingPeriod;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports: the tenant's imports by period, an upload (all or nothing, through the API's {@link
 * ReceivingUpload}) whose refusal shows each located problem beside its row, and an XLSX template
 * whose activity-type column offers the catalog's types as a drop-down.
 */
@ConsoleController
class ImportsController {

  /** Rows of a refused file shown beside their problems. */
  static final int ROWS_SHOWN = 200;

  /** Rows of the template that carry the activity-type drop-down. */
  static final int TEMPLATE_ROWS = 5000;

  /** A row of a refused file with its problems. */
  record ShownRow(String number, List<String> cells, List<Problem> problems) {}

  private final Database db;
  private final ReceivingUpload receiving;
  private final ReferenceData reference;
  private final ImportStore imports = new ImportStore();
  private final PeriodStore periods = new PeriodStore();

  ImportsController(Database db, ReceivingUpload receiving, ReferenceData reference) {
    this.db = db;
    this.receiving = receiving;
    this.reference = reference;
  }

  @GetMapping("/imports")
  String imports(@AuthenticationPrincipal Caller caller, Model model) {
    list(caller, model);
    return "console/imports";
  }

  @PostMapping("/imports")
  String upload(
      @AuthenticationPrincipal Caller caller,
      @RequestParam String period,
      @RequestParam("file") MultipartFile file,
      Model model) {
    ConsoleAccess.writer(caller);
    ReceivingUpload.Outcome outcome = receiving.upload(caller, period, file, null, ROWS_SHOWN);
    if (outcome instanceof ReceivingUpload.Outcome.Busy busy) {
      model.addAttribute("busy", busy.retryAfterSeconds());
    } else {
      ReceivingUpload.Outcome.Imported imported = (ReceivingUpload.Outcome.Imported) outcome;
      model.addAttribute("fileName", imported.fileName());
      ImportOutcome o = imported.outcome();
      if (o instanceof ImportOutcome.Stored s) {
        model.addAttribute("stored", s.stored());
      } else if (o instanceof ImportOutcome.AlreadyStored a) {
        model.addAttribute("already", a.existing());
      } else if (o instanceof ImportOutcome.NotFound) {
        throw PageRefused.notFound("refused.notFound");
      } else if (o instanceof ImportOutcome.Rejected r) {
        refused(model, r.problems(), r.problemCount(), imported.firstRows(), "imports.rejected");
      } else if (o instanceof ImportOutcome.OutsideUnits u) {
        refused(model, u.problems(), u.problemCount(), imported.firstRows(), "imports.outside");
      }
    }
    list(caller, model);
    return "console/imports";
  }

  /** The problems beside the rows they name, and those that name no shown row. */
  private static void refused(
      Model model, List<Problem> problems, long count, List<List<String>> rows, String why) {
    model.addAttribute("refusedWhy", why);
    model.addAttribute("problemCount", count);
    Map<Long, List<Problem>> byRow = new HashMap<>();
    for (Problem p : problems) {
      byRow.computeIfAbsent(p.row(), k -> new ArrayList<>()).add(p);
    }
    List<ShownRow> shown = new ArrayList<>();
    List<String> header = rows.isEmpty() ? List.of() : rows.get(0);
    for (List<String> r : rows.subList(Math.min(1, rows.size()), rows.size())) {
      long number = Long.parseLong(r.get(0));
      shown.add(
          new ShownRow(r.get(0), r.subList(1, r.size()), byRow.getOrDefault(number, List.of())));
      byRow.remove(number);
    }
    List<Problem> elsewhere = new ArrayList<>();
    byRow.values().forEach(elsewhere::addAll);
    elsewhere.sort(java.util.Comparator.comparingLong(Problem::row));
    model.addAttribute("header", header);
    model.addAttribute("rows", shown);
    model.addAttribute("elsewhere", elsewhere);
  }

  private void list(Caller caller, Model model) {
    db.inTransaction(
        c -> {
          List<ReportingPeriod> ps =
              periods.list(c, caller.tenantId(), new PageRequest(0, PageRequest.MAX_SIZE)).items();
          Map<String, String> names = new LinkedHashMap<>();
          ps.stream()
              .sorted(java.util.Comparator.comparing(ReportingPeriod::start).reversed())
              .forEach(p -> names.put(p.id(), p.name()));
          model.addAttribute("periodNames", names);
          model.addAttribute(
              "imports", imports.list(c, caller.tenantId(), null, new PageRequest(0, 200)).items());
          model.addAttribute("mayWrite", caller.writes());
          return null;
        });
  }

  /** An XLSX file with the activity columns and the catalog's activity types as a drop-down. */
  @GetMapping("/imports/template.xlsx")
  ResponseEntity<byte[]> template() {
    List<String> columns = new ArrayList<>(ActivityColumns.REQUIRED);
    columns.addAll(ActivityColumns.OPTIONAL);
    List<String> types =
        reference.catalog().types().stream().map(ActivityType::key).sorted().toList();
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet data = book.createSheet("activity");
      Row head = data.createRow(0);
      for (int i = 0; i < columns.size(); i++) {
        head.createCell(i).setCellValue(columns.get(i));
        data.setColumnWidth(i, 20 * 256);
      }
      Sheet list = book.createSheet("activity_types");
      for (int i = 0; i < types.size(); i++) {
        list.createRow(i).createCell(0).setCellValue(types.get(i));
      }
      book.setSheetHidden(book.getSheetIndex(list), true);
      DataValidationHelper helper = data.getDataValidationHelper();
      int typeColumn = columns.indexOf(ActivityColumns.ACTIVITY_TYPE);
      DataValidation v =
          helper.createValidation(
              helper.createFormulaListConstraint("activity_types!$A$1:$A$" + types.size()),
              new CellRangeAddressList(1, TEMPLATE_ROWS, typeColumn, typeColumn));
      v.setShowErrorBox(true);
      data.addValidationData(v);
      data.createFreezePane(0, 1);
      book.write(out);
      return ResponseEntity.ok()
          .contentType(
              MediaType.parseMediaType(
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment()
                  .filename("scopeplus-activity-template.xlsx")
                  .build()
                  .toString())
          .body(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
