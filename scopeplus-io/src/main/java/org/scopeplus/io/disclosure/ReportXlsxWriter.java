package org.scopeplus.io.disclosure;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.scopeplus.core.baseyear.Restatement;
import org.scopeplus.core.disclosure.AnnualReport;
import org.scopeplus.core.disclosure.ComposingReport;
import org.scopeplus.core.disclosure.DisclosedFigure;
import org.scopeplus.core.disclosure.LedgerEntry;
import org.scopeplus.core.disclosure.LineGroup;
import org.scopeplus.core.disclosure.ReportLine;
import org.scopeplus.core.supplier.EngagementYear;
import org.scopeplus.core.uncertainty.Interval;

/**
 * The annual report as an XLSX data pack. The {@code Lines} sheet lists the run's calculated lines
 * one by one (record, factor and its source, grams) when the run has at most {@link
 * ComposingReport#DETAIL_LIMIT} lines, and its line groups (exact sums of lines, in grams) above
 * that, saying so in the sheet; every inventory figure on the other sheets is a formula over it
 * (SUMIFS by slot, category, gas, business unit), or over those figures, so a reader can follow any
 * number back to its lines. The uncertainty, base year, trend and ledgers are inputs beside the run
 * and are written as values on their own sheets. The workbook is streamed (rows leave memory as
 * they are written).
 */
public final class ReportXlsxWriter {

  private static final String LINES = "Lines";
  private static final String GRAMS = LINES + "!$K:$K";
  private static final String SLOT = LINES + "!$D:$D";
  private static final String GAS_MASS = LINES + "!$N:$N";

  /** Writes {@code report} in {@code language} to {@code out} (left open). */
  public void write(AnnualReport report, ReportLanguage language, OutputStream out)
      throws IOException {
    ReportLanguage.Words w = language.words();
    SXSSFWorkbook wb = new SXSSFWorkbook(200);
    try (wb) {
      CellStyle bold = wb.createCellStyle();
      Font f = wb.createFont();
      f.setBold(true);
      bold.setFont(f);
      CellStyle tonnes = wb.createCellStyle();
      tonnes.setDataFormat(wb.createDataFormat().getFormat("#,##0.000"));
      Map<String, String> refs = new HashMap<>();
      summary(wb.createSheet("Summary"), report, w, bold, tonnes, refs);
      scope3(wb.createSheet("Scope3"), report, w, bold, tonnes, refs);
      gases(wb.createSheet("Gases"), report, w, bold, tonnes);
      units(wb.createSheet("BusinessUnits"), report, w, bold, tonnes);
      disclosures(wb.createSheet("Disclosures"), report, w, bold, tonnes, refs);
      context(wb.createSheet("Context"), report, w, bold, tonnes);
      if (report.context().supplierEngagement() != null) {
        // only with a supplier register: without one there is nothing measured to show
        suppliers(wb.createSheet("Suppliers"), report, w, bold, tonnes);
      }
      lines(wb.createSheet(LINES), report, w, bold);
      wb.write(out);
    } finally {
      wb.dispose(); // the streamed rows' temporary files
    }
  }

  private static void summary(
      Sheet s,
      AnnualReport r,
      ReportLanguage.Words w,
      CellStyle bold,
      CellStyle tonnes,
      Map<String, String> refs) {
    header(s, bold, w.get("col.item"), w.get("col.tonnes"));
    String[] slots = LineGroup.SLOT_NAMES;
    int row = 1;
    for (int i = 0; i < 4; i++) {
      formula(s, row++, w.get("row." + slots[i]), sumifs(SLOT, q(slots[i])), tonnes);
      refs.put(slots[i], "Summary!$B$" + row);
    }
    formula(s, row++, w.get("row.total-location"), "B2+B3+B5", tonnes);
    refs.put("total-location", "Summary!$B$" + row);
    formula(s, row++, w.get("row.total-market"), "B2+B4+B5", tonnes);
    refs.put("total-market", "Summary!$B$" + row);
    for (int i = 4; i < 6; i++) {
      formula(s, row++, w.get("row." + slots[i]), sumifs(SLOT, q(slots[i])), tonnes);
      refs.put(slots[i], "Summary!$B$" + row);
    }
    row++;
    text(s, row++, w.get("subject.organisation"), r.subject().organisation());
    text(s, row++, w.get("subject.responsible"), r.subject().responsiblePerson());
    text(
        s,
        row++,
        w.get("subject.period"),
        r.subject().year() + "-01-01 / " + r.subject().year() + "-12-31");
    text(s, row++, w.get("subject.consolidation"), ReportFigures.consolidation(r, w));
    text(s, row++, w.get("subject.gwp"), r.subject().gwpSet());
    text(s, row++, w.get("subject.run"), r.subject().runId() + " " + r.subject().runHash());
    s.setColumnWidth(0, 60 * 256);
    s.setColumnWidth(1, 20 * 256);
  }

  private static void scope3(
      Sheet s,
      AnnualReport r,
      ReportLanguage.Words w,
      CellStyle bold,
      CellStyle tonnes,
      Map<String, String> refs) {
    header(
        s,
        bold,
        w.get("col.category"),
        w.get("col.item"),
        w.get("col.tonnes"),
        w.get("col.primary") + " (t)",
        w.get("col.primary") + " (%)",
        w.get("col.method"),
        w.get("col.lines"));
    int row = 1;
    for (AnnualReport.CategoryFigure c : r.scope3()) {
      Row x = s.createRow(row);
      int excel = row + 1;
      x.createCell(0).setCellValue(c.category());
      x.createCell(1).setCellValue(w.get("cat." + c.category()));
      String where = SLOT + "," + q("scope-3") + "," + LINES + "!$E:$E,A" + excel;
      Cell t = x.createCell(2);
      t.setCellFormula("SUMIFS(" + GRAMS + "," + where + ")/1000000");
      t.setCellStyle(tonnes);
      Cell p = x.createCell(3);
      p.setCellFormula("SUMIFS(" + GRAMS + "," + where + "," + LINES + "!$G:$G,1)/1000000");
      p.setCellStyle(tonnes);
      x.createCell(4).setCellFormula("IF(C" + excel + "=0,0,D" + excel + "/C" + excel + "*100)");
      x.createCell(5).setCellValue(ReportFigures.methods(c.methods(), w));
      x.createCell(6).setCellFormula("SUMIFS(" + LINES + "!$M:$M," + where + ")");
      refs.put("category-" + c.category(), "Scope3!$C$" + excel);
      row++;
    }
    Row total = s.createRow(row);
    total.createCell(1).setCellValue(w.get("col.total"));
    Cell t = total.createCell(2);
    t.setCellFormula("SUM(C2:C16)");
    t.setCellStyle(tonnes);
    s.setColumnWidth(1, 50 * 256);
    s.setColumnWidth(2, 18 * 256);
    s.setColumnWidth(5, 30 * 256);
  }

  private static void suppliers(
      Sheet s, AnnualReport r, ReportLanguage.Words w, CellStyle bold, CellStyle tonnes) {
    header(
        s,
        bold,
        w.get("col.year"),
        w.get("col.suppliers.scope3"),
        w.get("col.suppliers.validated"),
        w.get("col.suppliers.validatedPercent"),
        w.get("col.suppliers.specific"),
        w.get("col.suppliers.specificPercent"),
        w.get("col.suppliers.noRegistered"));
    int row = 1;
    for (EngagementYear e : r.context().supplierEngagement().values()) {
      Row x = s.createRow(row++);
      x.createCell(0).setCellValue(e.year());
      tonnes(x, 1, e.scope3Grams(), tonnes);
      tonnes(x, 2, e.validatedGrams(), tonnes);
      tonnes(x, 4, e.supplierSpecificGrams(), tonnes);
      tonnes(x, 6, e.noRegisteredSupplierGrams(), tonnes);
      int excel = row;
      // the shares as formulas of the tonnes beside them, blank when there is no Scope 3
      x.createCell(3).setCellFormula("IF(B" + excel + "=0,\"\",C" + excel + "/B" + excel + "*100)");
      x.createCell(5).setCellFormula("IF(B" + excel + "=0,\"\",E" + excel + "/B" + excel + "*100)");
    }
  }

  private static void tonnes(Row x, int column, long grams, CellStyle style) {
    Cell c = x.createCell(column);
    c.setCellValue(grams / 1e6);
    c.setCellStyle(style);
  }

  private static void gases(
      Sheet s, AnnualReport r, ReportLanguage.Words w, CellStyle bold, CellStyle tonnes) {
    header(
        s,
        bold,
        w.get("col.gas"),
        w.get("col.location"),
        w.get("col.market"),
        w.get("col.massLocation"),
        w.get("col.massMarket"));
    int row = 1;
    for (AnnualReport.GasFigure g : r.gases()) {
      Row x = s.createRow(row);
      int excel = row + 1;
      x.createCell(0).setCellValue(g.gas());
      String gas = LINES + "!$F:$F,A" + excel;
      Cell l = x.createCell(1);
      l.setCellFormula(
          "("
              + sumifs(SLOT, q("scope-1"), gas)
              + "+"
              + sumifs(SLOT, q("scope-2-location"), gas)
              + "+"
              + sumifs(SLOT, q("scope-3"), gas)
              + ")");
      l.setCellStyle(tonnes);
      Cell m = x.createCell(2);
      m.setCellFormula(
          "("
              + sumifs(SLOT, q("scope-1"), gas)
              + "+"
              + sumifs(SLOT, q("scope-2-market"), gas)
              + "+"
              + sumifs(SLOT, q("scope-3"), gas)
              + ")");
      m.setCellStyle(tonnes);
      // the mass of the gas itself, summed over the lines' grams of gas (column N)
      for (int i = 0; i < 2; i++) {
        String scope2 = i == 0 ? "scope-2-location" : "scope-2-market";
        Cell mass = x.createCell(3 + i);
        mass.setCellFormula(
            "("
                + sumifsOf(GAS_MASS, SLOT, q("scope-1"), gas)
                + "+"
                + sumifsOf(GAS_MASS, SLOT, q(scope2), gas)
                + "+"
                + sumifsOf(GAS_MASS, SLOT, q("scope-3"), gas)
                + ")");
        mass.setCellStyle(tonnes);
      }
      row++;
    }
  }

  private static void units(
      Sheet s, AnnualReport r, ReportLanguage.Words w, CellStyle bold, CellStyle tonnes) {
    header(
        s,
        bold,
        w.get("col.unit"),
        w.get("col.scope1"),
        w.get("col.scope2l"),
        w.get("col.scope2m"),
        w.get("col.scope3"),
        w.get("row.total-market"));
    int row = 1;
    for (AnnualReport.UnitFigure u : r.businessUnits()) {
      Row x = s.createRow(row);
      int excel = row + 1;
      x.createCell(0).setCellValue(u.unit());
      for (int i = 0; i < 4; i++) {
        Cell c = x.createCell(1 + i);
        c.setCellFormula(sumifs(SLOT, q(LineGroup.SLOT_NAMES[i]), LINES + "!$A:$A,A" + excel));
        c.setCellStyle(tonnes);
      }
      Cell t = x.createCell(5);
      t.setCellFormula("B" + excel + "+D" + excel + "+E" + excel);
      t.setCellStyle(tonnes);
      row++;
    }
    s.setColumnWidth(0, 40 * 256);
  }

  private static void disclosures(
      Sheet s,
      AnnualReport r,
      ReportLanguage.Words w,
      CellStyle bold,
      CellStyle tonnes,
      Map<String, String> refs) {
    header(
        s,
        bold,
        "id",
        w.get("col.reference"),
        w.get("col.item"),
        w.get("col.value"),
        w.get("col.unitOf"));
    Row rev = s.createRow(1);
    rev.createCell(0).setCellValue("net-revenue");
    rev.createCell(2).setCellValue("net revenue (input)");
    if (r.context().revenue() != null) {
      rev.createCell(3).setCellValue(r.context().revenue().value());
      rev.createCell(4).setCellValue(r.context().revenue().unit());
    }
    int row = 2;
    for (DisclosedFigure f : r.disclosures()) {
      Row x = s.createRow(row++);
      x.createCell(0).setCellValue(f.id());
      x.createCell(1).setCellValue(ReportFigures.reference(f, w));
      x.createCell(2).setCellValue(ReportFigures.label(f, w));
      Cell v = x.createCell(3);
      DisclosedFigure.Value value = f.value();
      if (value instanceof DisclosedFigure.Grams) {
        v.setCellFormula(formulaOf(f, refs));
        v.setCellStyle(tonnes);
        x.createCell(4).setCellValue("t CO2e");
      } else if (value instanceof DisclosedFigure.Percent) {
        v.setCellFormula(formulaOf(f, refs));
        x.createCell(4).setCellValue("%");
      } else if (value instanceof DisclosedFigure.Intensity i) {
        v.setCellFormula(formulaOf(f, refs));
        x.createCell(4).setCellValue("t CO2e / " + ReportFigures.unit(i.denominatorUnit(), w));
      } else if (value instanceof DisclosedFigure.Text t) {
        v.setCellValue(t.text());
      } else if (value instanceof DisclosedFigure.NotAvailable n) {
        v.setCellValue(
            w.get("not.available") + " (" + w.getOr("reason." + n.reason(), n.reason()) + ")");
      }
    }
    s.setColumnWidth(0, 42 * 256);
    s.setColumnWidth(1, 22 * 256);
    s.setColumnWidth(2, 60 * 256);
    s.setColumnWidth(3, 18 * 256);
  }

  /** The formula of a disclosed figure over the Summary and Scope3 sheets, or the Lines sheet. */
  private static String formulaOf(DisclosedFigure f, Map<String, String> refs) {
    String id = f.id();
    String cat = "esrs-e1-6-gross-scope-3-category-";
    if (id.startsWith(cat)) {
      return refs.get("category-" + id.substring(cat.length()));
    }
    if (id.endsWith("-scope-1-2-market")) {
      return refs.get("scope-1") + "+" + refs.get("scope-2-market");
    }
    if (id.endsWith("scope-3-primary-data-percent")) {
      return sumifs(SLOT, q("scope-3"), LINES + "!$G:$G,1") + "/" + refs.get("scope-3") + "*100";
    }
    if (id.endsWith("regulated-ets-percent")) {
      return sumifs(SLOT, q("scope-1"), LINES + "!$H:$H,1") + "/" + refs.get("scope-1") + "*100";
    }
    if (id.contains("intensity")) {
      String total =
          id.endsWith("location") ? refs.get("total-location") : refs.get("total-market");
      return total + "/Disclosures!$D$2";
    }
    if (id.endsWith("total-location")) {
      return refs.get("total-location");
    }
    if (id.endsWith("total-market")) {
      return refs.get("total-market");
    }
    if (id.endsWith("scope-2-location")) {
      return refs.get("scope-2-location");
    }
    if (id.endsWith("scope-2-market")) {
      return refs.get("scope-2-market");
    }
    if (id.endsWith("scope-1")) {
      return refs.get("scope-1");
    }
    if (id.endsWith("scope-3")) {
      return refs.get("scope-3");
    }
    throw new IllegalStateException("no formula for " + id);
  }

  private static void context(
      Sheet s, AnnualReport r, ReportLanguage.Words w, CellStyle bold, CellStyle tonnes) {
    int row = 0;
    row = title(s, row, w.get("s.uncertainty"), bold);
    header(s, row++, bold, "cell", w.get("col.tonnes"), w.get("col.lower"), w.get("col.upper"));
    for (Interval i : r.context().uncertainty()) {
      Row x = s.createRow(row++);
      x.createCell(0).setCellValue(i.cell());
      x.createCell(1).setCellValue(i.centralGrams() / 1e6);
      x.createCell(2).setCellValue(i.lowerGrams() / 1e6);
      x.createCell(3).setCellValue(i.upperGrams() / 1e6);
    }
    row++;
    row = title(s, row, w.get("s.baseyear"), bold);
    if (r.context().baseYearTotals() != null) {
      Row x = s.createRow(row++);
      x.createCell(0).setCellValue(r.context().baseYear());
      x.createCell(1).setCellValue(r.context().baseYearTotals().totalMarket() / 1e6);
      x.createCell(2).setCellValue(r.context().baseYearTotals().totalLocation() / 1e6);
    }
    for (Restatement x : r.context().restatements()) {
      Row y = s.createRow(row++);
      y.createCell(0).setCellValue(x.trigger().name());
      y.createCell(1).setCellValue(x.previousGrams() / 1e6);
      y.createCell(2).setCellValue(x.newGrams() / 1e6);
      y.createCell(3).setCellValue(x.reason());
    }
    row++;
    row = title(s, row, w.get("chart.trend." + r.context().trendMeasure()), bold);
    header(
        s,
        row++,
        bold,
        w.get("col.year"),
        w.get("col.market"),
        w.get("col.location"),
        w.get("chart.pathway"));
    for (var e : r.context().trend().entrySet()) {
      Row x = s.createRow(row++);
      x.createCell(0).setCellValue(e.getKey());
      x.createCell(1).setCellValue(e.getValue().totalMarket() / 1e6);
      x.createCell(2).setCellValue(e.getValue().totalLocation() / 1e6);
      Long p = r.context().pathway().get(e.getKey());
      if (p != null) {
        x.createCell(3).setCellValue(p / 1e6);
      }
    }
    row++;
    row = title(s, row, w.get("s.management"), bold);
    row = ledger(s, row, r.context().management(), w);
    row++;
    row = title(s, row, w.get("s.avoided"), bold);
    ledger(s, row, r.context().avoided(), w);
    s.setColumnWidth(0, 40 * 256);
  }

  private static int ledger(Sheet s, int row, List<LedgerEntry> entries, ReportLanguage.Words w) {
    for (LedgerEntry e : entries) {
      Row x = s.createRow(row++);
      x.createCell(0).setCellValue(w.getOr("ledger." + e.ledger(), e.ledger()));
      x.createCell(1).setCellValue(ReportFigures.ledgerLabel(e, w));
      x.createCell(2).setCellValue(e.value());
      x.createCell(3).setCellValue(e.unit());
    }
    return row;
  }

  /**
   * The Lines sheet: columns A to N are what the formulas read (the same in both forms), O to Q say
   * which record a line is of; S1 says whether a row is a line or a group of lines.
   */
  private static void lines(Sheet s, AnnualReport r, ReportLanguage.Words w, CellStyle bold) {
    header(
        s,
        bold,
        "business_unit",
        "activity_type",
        "method",
        "slot",
        "category",
        "gas",
        "primary",
        "ets",
        "factor_id",
        "factor_source",
        "grams_co2e",
        "tonnes_co2e",
        "lines",
        "grams_gas",
        "record_id",
        "org_unit",
        "facility");
    Cell note = s.getRow(0).createCell(18);
    note.setCellValue(
        r.detailed()
            ? w.get("xlsx.lines.each", r.lines())
            : w.get(
                "xlsx.lines.grouped", r.lines(), r.groups().size(), ComposingReport.DETAIL_LIMIT));
    int row = 1;
    if (r.detailed()) {
      for (ReportLine l : r.detail()) {
        Row x = s.createRow(row);
        row(
            x,
            row,
            ComposingReport.businessUnit(l.orgUnit()),
            l.activityType(),
            l.method(),
            l.slot(),
            l.category(),
            l.gas(),
            l.primary(),
            r.subject().etsCovered(l.facility()),
            l.factorId(),
            l.factorSource(),
            l.co2eGrams(),
            1,
            l.gasGrams());
        x.createCell(14).setCellValue(l.recordId());
        x.createCell(15).setCellValue(l.orgUnit());
        x.createCell(16).setCellValue(l.facility());
        row++;
      }
      return;
    }
    for (LineGroup g : r.groups()) {
      row(
          s.createRow(row),
          row,
          g.businessUnit(),
          g.activityType(),
          g.method(),
          g.slot(),
          g.category(),
          g.gas(),
          g.primary(),
          g.ets(),
          g.factorId(),
          g.factorSource(),
          g.grams(),
          g.lines(),
          g.gasGrams());
      row++;
    }
  }

  private static void row(
      Row x,
      int row,
      String businessUnit,
      String activityType,
      String method,
      int slot,
      int category,
      String gas,
      boolean primary,
      boolean ets,
      String factorId,
      String factorSource,
      long grams,
      long lines,
      long gasGrams) {
    x.createCell(0).setCellValue(businessUnit);
    x.createCell(1).setCellValue(activityType);
    x.createCell(2).setCellValue(method);
    x.createCell(3).setCellValue(LineGroup.SLOT_NAMES[slot]);
    x.createCell(4).setCellValue(category);
    x.createCell(5).setCellValue(gas);
    x.createCell(6).setCellValue(primary ? 1 : 0);
    x.createCell(7).setCellValue(ets ? 1 : 0);
    x.createCell(8).setCellValue(factorId);
    x.createCell(9).setCellValue(factorSource);
    x.createCell(10).setCellValue(grams);
    x.createCell(11).setCellFormula("K" + (row + 1) + "/1000000");
    x.createCell(12).setCellValue(lines);
    x.createCell(13).setCellValue(gasGrams);
  }

  private static String sumifs(String range, String criterion, String... more) {
    return sumifsOf(GRAMS, range, criterion, more);
  }

  /** Tonnes: the SUMIFS of the grams in {@code summed} where the criteria hold, over a million. */
  private static String sumifsOf(String summed, String range, String criterion, String... more) {
    StringBuilder b = new StringBuilder("SUMIFS(" + summed + "," + range + "," + criterion);
    for (String m : more) {
      b.append(',').append(m);
    }
    return b.append(")/1000000").toString();
  }

  private static String q(String s) {
    return "\"" + s + "\"";
  }

  private static void header(Sheet s, CellStyle bold, String... names) {
    header(s, 0, bold, names);
  }

  private static void header(Sheet s, int row, CellStyle bold, String... names) {
    Row h = s.createRow(row);
    for (int i = 0; i < names.length; i++) {
      Cell c = h.createCell(i);
      c.setCellValue(names[i]);
      c.setCellStyle(bold);
    }
  }

  private static int title(Sheet s, int row, String text, CellStyle bold) {
    Cell c = s.createRow(row).createCell(0);
    c.setCellValue(text);
    c.setCellStyle(bold);
    return row + 1;
  }

  private static void formula(Sheet s, int row, String label, String formula, CellStyle style) {
    Row x = s.createRow(row);
    x.createCell(0).setCellValue(label);
    Cell c = x.createCell(1);
    c.setCellFormula(formula);
    c.setCellStyle(style);
  }

  private static void text(Sheet s, int row, String label, String value) {
    Row x = s.createRow(row);
    x.createCell(0).setCellValue(label);
    x.createCell(1).setCellValue(value);
  }
}
