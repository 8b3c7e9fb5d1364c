package org.scopeplus.io.disclosure;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.baseyear.Restatement;
import org.scopeplus.core.disclosure.AnnualReport;
import org.scopeplus.core.disclosure.DisclosedFigure;
import org.scopeplus.core.disclosure.LedgerEntry;
import org.scopeplus.core.disclosure.VerificationStatement;
import org.scopeplus.core.spend.PricedCurrency;
import org.scopeplus.core.supplier.EngagementYear;
import org.scopeplus.core.uncertainty.Interval;

/**
 * The annual report as a PDF (A4) in English or Simplified Chinese: a title page with the table of
 * contents, numbered sections, tables of tonnes CO2e with three decimals, charts drawn as vectors,
 * and the page number on every page. The Chinese report embeds a subset of a CJK font ({@link
 * CjkFont}), and so does the English report when its data has characters the standard font lacks
 * (Chinese names). The document is laid out twice: the first pass finds the page of each section,
 * the second writes those pages into the table of contents.
 */
public final class ReportPdfWriter {

  /** Writes {@code report} in {@code language} to {@code out} (left open). */
  public void write(AnnualReport report, ReportLanguage language, OutputStream out)
      throws IOException {
    BaseFont base = font(language, language == ReportLanguage.EN && beyondWinAnsi(report));
    Map<String, Integer> pages = new LinkedHashMap<>();
    layout(report, language, base, new ByteArrayOutputStream(), pages);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    layout(report, language, base, second, new LinkedHashMap<>(pages));
    second.writeTo(out);
  }

  /**
   * Whether any text of the report's data (names of the organisation, units, activity types,
   * sources, findings ...) has a character the standard font's WinAnsi encoding lacks, such as
   * Chinese: the English report then embeds the CJK font too, which has Latin letters, rather than
   * drop those characters.
   */
  static boolean beyondWinAnsi(AnnualReport report) {
    java.nio.charset.CharsetEncoder winAnsi =
        java.nio.charset.Charset.forName("windows-1252").newEncoder();
    java.util.ArrayDeque<Object> todo = new java.util.ArrayDeque<>();
    todo.add(new ReportJsonWriter().tree(report));
    while (!todo.isEmpty()) {
      Object o = todo.pop();
      if (o instanceof String s) {
        if (!winAnsi.canEncode(s)) {
          return true;
        }
      } else if (o instanceof Map<?, ?> m) {
        m.values().forEach(v -> todo.push(v == null ? "" : v));
      } else if (o instanceof java.util.Collection<?> c) {
        c.forEach(v -> todo.push(v == null ? "" : v));
      }
    }
    return false;
  }

  private static BaseFont font(ReportLanguage language, boolean cjkData) {
    try {
      if (language == ReportLanguage.EN && !cjkData) {
        return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
      }
      String file =
          CjkFont.locate()
              .orElseThrow(
                  () ->
                      new ReportRefused(language.words().get("fonts.missing", CjkFont.DEBIAN_WQY)));
      return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    } catch (IOException | DocumentException e) {
      throw new ReportRefused("The report's font cannot be read: " + e.getMessage());
    }
  }

  private void layout(
      AnnualReport r,
      ReportLanguage language,
      BaseFont base,
      OutputStream out,
      Map<String, Integer> pages) {
    ReportLanguage.Words w = language.words();
    Document doc = new Document(PageSize.A4, 50, 50, 60, 60);
    Fonts f = new Fonts(base);
    Map<String, Integer> found = new LinkedHashMap<>();
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    writer.setPageEvent(
        new PdfPageEventHelper() {
          @Override
          public void onEndPage(PdfWriter wr, Document d) {
            ColumnText.showTextAligned(
                wr.getDirectContent(),
                Element.ALIGN_CENTER,
                new Phrase(w.get("page", Integer.toString(wr.getPageNumber())), f.small),
                (d.left() + d.right()) / 2,
                d.bottom() - 25,
                0);
            ColumnText.showTextAligned(
                wr.getDirectContent(),
                Element.ALIGN_LEFT,
                new Phrase(r.subject().organisation() + " · " + r.subject().year(), f.small),
                d.left(),
                d.top() + 20,
                0);
          }

          @Override
          public void onGenericTag(PdfWriter wr, Document d, Rectangle rect, String tag) {
            found.putIfAbsent(tag, wr.getPageNumber());
          }
        });
    doc.addTitle(w.get("title", Integer.toString(r.subject().year())));
    doc.addAuthor(r.subject().organisation());
    doc.addCreator("ScopePlus");
    doc.open();
    List<String> sections = sections(r);
    doc.add(new Paragraph(w.get("title", Integer.toString(r.subject().year())), f.title));
    doc.add(new Paragraph(r.subject().organisation(), f.heading));
    doc.add(new Paragraph(w.get("subtitle"), f.normal));
    doc.add(new Paragraph(" ", f.normal));
    doc.add(new Paragraph(w.get("contents"), f.heading));
    PdfPTable toc = new PdfPTable(new float[] {8, 1});
    toc.setWidthPercentage(100);
    int n = 1;
    for (String key : sections) {
      toc.addCell(plain(n++ + "  " + w.get(key), f.normal, Element.ALIGN_LEFT));
      Integer page = pages.get(key);
      toc.addCell(plain(page == null ? "" : page.toString(), f.normal, Element.ALIGN_RIGHT));
    }
    doc.add(toc);
    doc.newPage();
    n = 1;
    for (String key : sections) {
      Chunk heading = new Chunk(n++ + "  " + w.get(key), f.heading);
      heading.setGenericTag(key);
      Paragraph p = new Paragraph(heading);
      p.setSpacingBefore(12);
      p.setSpacingAfter(6);
      doc.add(p);
      section(doc, writer, key, r, w, f);
    }
    doc.close();
    pages.clear();
    pages.putAll(found);
  }

  private static List<String> sections(AnnualReport r) {
    List<String> out =
        new ArrayList<>(
            List.of(
                "s.subject",
                "s.totals",
                "s.gases",
                "s.scope3",
                "s.units",
                "s.charts",
                "s.esrs",
                "s.ifrs",
                "s.cn",
                "s.uncertainty",
                "s.baseyear",
                "s.methods",
                "s.exclusions",
                "s.verification",
                "s.management",
                "s.avoided"));
    if (r.context().supplierEngagement() != null) {
      out.add(out.indexOf("s.management") + 1, "s.suppliers");
    }
    return out;
  }

  private void section(
      Document doc, PdfWriter writer, String key, AnnualReport r, ReportLanguage.Words w, Fonts f) {
    switch (key) {
      case "s.subject" -> subject(doc, r, w, f);
      case "s.totals" -> totals(doc, r, w, f);
      case "s.gases" -> {
        PdfPTable t =
            table(
                f,
                new float[] {2, 2, 2, 2, 2},
                w.get("col.gas"),
                w.get("col.location"),
                w.get("col.market"),
                w.get("col.massLocation"),
                w.get("col.massMarket"));
        for (AnnualReport.GasFigure g : r.gases()) {
          t.addCell(plain(g.gas(), f.normal, Element.ALIGN_LEFT));
          t.addCell(num(ReportFigures.tonnes(g.locationGrams()), f));
          t.addCell(num(ReportFigures.tonnes(g.marketGrams()), f));
          t.addCell(num(ReportFigures.tonnes(g.locationMassGrams()), f));
          t.addCell(num(ReportFigures.tonnes(g.marketMassGrams()), f));
        }
        doc.add(t);
      }
      case "s.scope3" -> {
        PdfPTable t =
            table(
                f,
                new float[] {5, 2.2f, 1.4f, 2.6f},
                w.get("col.category"),
                w.get("col.tonnes"),
                w.get("col.primary"),
                w.get("col.method"));
        for (AnnualReport.CategoryFigure c : r.scope3()) {
          t.addCell(plain(ReportFigures.category(c.category(), w), f.normal, Element.ALIGN_LEFT));
          t.addCell(num(ReportFigures.tonnes(c.grams()), f));
          t.addCell(num(c.reported() ? ReportFigures.percent(c.primaryPercent()) : "", f));
          t.addCell(plain(ReportFigures.methods(c.methods(), w), f.small, Element.ALIGN_LEFT));
        }
        t.addCell(plain(w.get("row.scope-3"), f.bold, Element.ALIGN_LEFT));
        t.addCell(num(ReportFigures.tonnes(r.totals().scope3()), f));
        t.addCell(plain("", f.normal, Element.ALIGN_LEFT));
        t.addCell(plain("", f.normal, Element.ALIGN_LEFT));
        doc.add(t);
      }
      case "s.units" -> {
        PdfPTable t =
            table(
                f,
                new float[] {4, 2, 2, 2, 2},
                w.get("col.unit"),
                w.get("col.scope1"),
                w.get("col.scope2m"),
                w.get("col.scope3"),
                w.get("row.total-market"));
        for (AnnualReport.UnitFigure u : r.businessUnits()) {
          t.addCell(plain(u.unit(), f.normal, Element.ALIGN_LEFT));
          t.addCell(num(ReportFigures.tonnes(u.totals().scope1()), f));
          t.addCell(num(ReportFigures.tonnes(u.totals().scope2Market()), f));
          t.addCell(num(ReportFigures.tonnes(u.totals().scope3()), f));
          t.addCell(num(ReportFigures.tonnes(u.totals().totalMarket()), f));
        }
        doc.add(t);
      }
      case "s.charts" -> ReportCharts.add(doc, writer, r, w, f.base);
      case "s.esrs" -> disclosures(doc, r.esrsE16(), w, f);
      case "s.ifrs" -> disclosures(doc, r.ifrsS2(), w, f);
      case "s.cn" -> disclosures(doc, r.chinaExchanges(), w, f);
      case "s.uncertainty" -> uncertainty(doc, r, w, f);
      case "s.baseyear" -> baseYear(doc, r, w, f);
      case "s.methods" -> {
        doc.add(new Paragraph(w.get("methods.text"), f.normal));
        PdfPTable t =
            table(
                f,
                new float[] {3, 5, 2},
                w.get("col.factor"),
                w.get("col.source"),
                w.get("col.tonnes"));
        for (AnnualReport.FactorFigure x : r.factors()) {
          t.addCell(
              plain(x.factorId().isEmpty() ? "—" : x.factorId(), f.small, Element.ALIGN_LEFT));
          t.addCell(
              plain(
                  x.factorId().isEmpty() ? w.get("factor.supplied") : x.source(),
                  f.small,
                  Element.ALIGN_LEFT));
          t.addCell(num(ReportFigures.tonnes(x.grams()), f));
        }
        doc.add(t);
      }
      case "s.exclusions" -> {
        List<String> excluded = new ArrayList<>();
        for (AnnualReport.CategoryFigure c : r.scope3()) {
          if (!c.reported()) {
            excluded.add(ReportFigures.category(c.category(), w));
          }
        }
        doc.add(
            new Paragraph(
                excluded.isEmpty()
                    ? w.get("exclusions.none")
                    : w.get("exclusions.text", String.join("; ", excluded)),
                f.normal));
      }
      case "s.verification" -> verification(doc, r.context().verification(), w, f);
      case "s.management" -> ledger(doc, r.context().management(), "management.none", w, f);
      case "s.avoided" -> ledger(doc, r.context().avoided(), "avoided.none", w, f);
      case "s.suppliers" -> suppliers(doc, r, w, f);
      default -> throw new IllegalStateException(key);
    }
  }

  /**
   * The supplier engagement figures of each year: Scope 3 from suppliers with validated targets and
   * from supplier-specific data (tonnes and per cent of Scope 3), and the purchase spend with those
   * suppliers per currency when it was kept.
   */
  private static void suppliers(Document doc, AnnualReport r, ReportLanguage.Words w, Fonts f) {
    var years = r.context().supplierEngagement();
    doc.add(new Paragraph(w.get("suppliers.text"), f.normal));
    if (years.isEmpty()) {
      doc.add(new Paragraph(w.get("suppliers.none"), f.normal));
      return;
    }
    PdfPTable t =
        table(
            f,
            new float[] {1.1f, 2, 2.2f, 1.8f, 2.2f, 1.8f, 2.2f},
            w.get("col.year"),
            w.get("col.suppliers.scope3"),
            w.get("col.suppliers.validated"),
            w.get("col.suppliers.validatedPercent"),
            w.get("col.suppliers.specific"),
            w.get("col.suppliers.specificPercent"),
            w.get("col.suppliers.noRegistered"));
    boolean spend = false;
    for (EngagementYear e : years.values()) {
      t.addCell(plain(Integer.toString(e.year()), f.normal, Element.ALIGN_LEFT));
      t.addCell(num(ReportFigures.tonnes(e.scope3Grams()), f));
      t.addCell(num(ReportFigures.tonnes(e.validatedGrams()), f));
      t.addCell(num(share(e.validatedShareOfScope3()), f));
      t.addCell(num(ReportFigures.tonnes(e.supplierSpecificGrams()), f));
      t.addCell(num(share(e.supplierSpecificShareOfScope3()), f));
      t.addCell(num(ReportFigures.tonnes(e.noRegisteredSupplierGrams()), f));
      spend |= !e.spend().isEmpty();
    }
    doc.add(t);
    if (!spend) {
      return;
    }
    doc.add(new Paragraph(" ", f.small));
    PdfPTable s =
        table(
            f,
            new float[] {1.1f, 1.4f, 2.6f, 2.4f, 2.4f},
            w.get("col.year"),
            w.get("col.suppliers.currency"),
            w.get("col.suppliers.spend"),
            w.get("col.suppliers.validatedSpendPercent"),
            w.get("col.suppliers.specificSpendPercent"));
    for (EngagementYear e : years.values()) {
      for (var m : e.spend().entrySet()) {
        s.addCell(plain(Integer.toString(e.year()), f.normal, Element.ALIGN_LEFT));
        s.addCell(plain(pricedCurrency(w, m.getKey()), f.normal, Element.ALIGN_LEFT));
        s.addCell(
            num(
                new java.math.BigDecimal(m.getValue().total())
                    .setScale(2, java.math.RoundingMode.HALF_EVEN)
                    .toPlainString(),
                f));
        s.addCell(num(share(m.getValue().validatedShare()), f));
        s.addCell(num(share(m.getValue().supplierSpecificShare()), f));
      }
    }
    doc.add(s);
    for (EngagementYear e : years.values()) {
      if (!e.currenciesInSeveralPriceYears().isEmpty()) {
        doc.add(
            new Paragraph(
                w.get(
                    "suppliers.spendNotAdded",
                    Integer.toString(e.year()),
                    String.join(", ", e.currenciesInSeveralPriceYears())),
                f.small));
      }
    }
  }

  /** Spend's currency and price year in the report's language: "USD (2018 prices)". */
  private static String pricedCurrency(ReportLanguage.Words w, String key) {
    PricedCurrency p = PricedCurrency.parse(key).orElse(new PricedCurrency(key, 0));
    return p.priceYearKnown()
        ? w.get("suppliers.pricedCurrency", p.currency(), Integer.toString(p.priceYear()))
        : w.get("suppliers.priceYearUnknown", p.currency());
  }

  /** A share (0 to 1) as per cent with one decimal, or a dash when there is nothing to divide. */
  private static String share(double share) {
    return Double.isFinite(share) ? ReportFigures.percent(share * 100) : "—";
  }

  private static void subject(Document doc, AnnualReport r, ReportLanguage.Words w, Fonts f) {
    PdfPTable t = new PdfPTable(new float[] {3, 6});
    t.setWidthPercentage(100);
    String[][] rows = {
      {w.get("subject.organisation"), r.subject().organisation()},
      {w.get("subject.responsible"), r.subject().responsiblePerson()},
      {w.get("subject.period"), r.subject().year() + "-01-01 – " + r.subject().year() + "-12-31"},
      {w.get("subject.consolidation"), ReportFigures.consolidation(r, w)},
      {
        w.get("subject.orgBoundary"),
        String.join(", ", r.businessUnits().stream().map(AnnualReport.UnitFigure::unit).toList())
      },
      {
        w.get("subject.reportingBoundary"),
        w.get("subject.reportingBoundaryText", r.includedCategories())
      },
      {w.get("subject.gwp"), r.subject().gwpSet()},
      {w.get("subject.run"), (r.subject().runId() + " " + r.subject().runHash()).strip()},
      {w.get("subject.engine"), r.subject().engineVersion()}
    };
    for (String[] row : rows) {
      t.addCell(plain(row[0], f.bold, Element.ALIGN_LEFT));
      t.addCell(plain(row[1], f.normal, Element.ALIGN_LEFT));
    }
    doc.add(t);
  }

  private static void totals(Document doc, AnnualReport r, ReportLanguage.Words w, Fonts f) {
    PdfPTable t = table(f, new float[] {6, 3}, w.get("col.item"), w.get("col.tonnes"));
    var x = r.totals();
    Object[][] rows = {
      {"row.scope-1", x.scope1()},
      {"row.scope-2-location", x.scope2Location()},
      {"row.scope-2-market", x.scope2Market()},
      {"row.scope-3", x.scope3()},
      {"row.total-location", x.totalLocation()},
      {"row.total-market", x.totalMarket()},
      {"row.biogenic-co2", x.biogenicCo2()},
      {"row.montreal-memo", x.montrealMemo()}
    };
    for (Object[] row : rows) {
      boolean total = ((String) row[0]).startsWith("row.total");
      t.addCell(plain(w.get((String) row[0]), total ? f.bold : f.normal, Element.ALIGN_LEFT));
      t.addCell(num(ReportFigures.tonnes((Long) row[1]), f));
    }
    doc.add(t);
  }

  private static void disclosures(
      Document doc, List<DisclosedFigure> figures, ReportLanguage.Words w, Fonts f) {
    PdfPTable t =
        table(
            f,
            new float[] {2.4f, 5, 2.6f},
            w.get("col.reference"),
            w.get("col.item"),
            w.get("col.value"));
    for (DisclosedFigure x : figures) {
      t.addCell(plain(ReportFigures.reference(x, w), f.small, Element.ALIGN_LEFT));
      t.addCell(plain(ReportFigures.label(x, w), f.normal, Element.ALIGN_LEFT));
      t.addCell(num(ReportFigures.value(x.value(), w), f));
    }
    doc.add(t);
  }

  private static void uncertainty(Document doc, AnnualReport r, ReportLanguage.Words w, Fonts f) {
    if (r.context().uncertainty().isEmpty()) {
      doc.add(new Paragraph(w.get("uncertainty.none"), f.normal));
      return;
    }
    doc.add(
        new Paragraph(w.get("uncertainty.approach", r.context().uncertaintyApproach()), f.normal));
    PdfPTable t =
        table(
            f,
            new float[] {4, 2, 2, 2, 1.6f},
            w.get("col.item"),
            w.get("col.tonnes"),
            w.get("col.lower"),
            w.get("col.upper"),
            w.get("col.uncertainty"));
    for (Interval i : r.context().uncertainty()) {
      if (i.cell().startsWith("scope-3-category") && i.centralGrams() == 0) {
        continue;
      }
      t.addCell(plain(cellLabel(i.cell(), w), f.normal, Element.ALIGN_LEFT));
      t.addCell(num(ReportFigures.tonnes(i.centralGrams()), f));
      t.addCell(num(ReportFigures.tonnes(Math.round(i.lowerGrams())), f));
      t.addCell(num(ReportFigures.tonnes(Math.round(i.upperGrams())), f));
      t.addCell(
          num(
              "-"
                  + ReportFigures.percent(i.minusPercent())
                  + " / +"
                  + ReportFigures.percent(i.plusPercent()),
              f));
    }
    doc.add(t);
  }

  private static String cellLabel(String cell, ReportLanguage.Words w) {
    String prefix = "scope-3-category-";
    if (cell.startsWith(prefix)) {
      return ReportFigures.category(Integer.parseInt(cell.substring(prefix.length())), w);
    }
    String key =
        switch (cell) {
          case "total-location-based" -> "row.total-location";
          case "total-market-based" -> "row.total-market";
          case "scope-2-location-based" -> "row.scope-2-location";
          case "scope-2-market-based" -> "row.scope-2-market";
          default -> "row." + cell;
        };
    return w.getOr(key, cell);
  }

  private static void baseYear(Document doc, AnnualReport r, ReportLanguage.Words w, Fonts f) {
    var c = r.context();
    if (c.baseYearTotals() == null) {
      doc.add(new Paragraph(w.get("baseyear.none"), f.normal));
      return;
    }
    doc.add(
        new Paragraph(
            w.get(
                "baseyear.text",
                Integer.toString(c.baseYear()),
                ReportFigures.tonnes(c.baseYearTotals().totalMarket()),
                ReportFigures.tonnes(c.baseYearTotals().totalLocation())),
            f.normal));
    if (c.restatements().isEmpty()) {
      doc.add(new Paragraph(w.get("baseyear.norestatement"), f.normal));
      return;
    }
    PdfPTable t =
        table(
            f,
            new float[] {2, 2, 2, 4},
            w.get("col.trigger"),
            w.get("col.before"),
            w.get("col.after"),
            w.get("col.reason"));
    for (Restatement x : c.restatements()) {
      t.addCell(
          plain(
              x.trigger().name().toLowerCase(java.util.Locale.ROOT), f.small, Element.ALIGN_LEFT));
      t.addCell(num(ReportFigures.tonnes(x.previousGrams()), f));
      t.addCell(num(ReportFigures.tonnes(x.newGrams()), f));
      t.addCell(plain(x.reason(), f.small, Element.ALIGN_LEFT));
    }
    doc.add(t);
  }

  private static void verification(
      Document doc, VerificationStatement v, ReportLanguage.Words w, Fonts f) {
    if (v == null) {
      doc.add(new Paragraph(w.get("verification.none"), f.normal));
      return;
    }
    doc.add(
        new Paragraph(
            w.get(
                "verification.text",
                w.get("assurance." + v.assurance().label()),
                v.verifier(),
                ReportFigures.intensity(v.materialityThreshold() * 100),
                v.runHash(),
                v.recordedAt()),
            f.normal));
    doc.add(new Paragraph(v.opinion(), f.normal));
    if (!v.findings().isEmpty()) {
      doc.add(new Paragraph(w.get("verification.findings"), f.bold));
      for (String finding : v.findings()) {
        doc.add(new Paragraph("• " + finding, f.small));
      }
    }
  }

  private static void ledger(
      Document doc, List<LedgerEntry> entries, String none, ReportLanguage.Words w, Fonts f) {
    if (entries.isEmpty()) {
      doc.add(new Paragraph(w.get(none), f.normal));
      return;
    }
    PdfPTable t =
        table(
            f,
            new float[] {2.5f, 5, 2, 1.5f},
            w.get("col.ledger"),
            w.get("col.label"),
            w.get("col.value"),
            w.get("col.unitOf"));
    for (LedgerEntry e : entries) {
      t.addCell(plain(w.getOr("ledger." + e.ledger(), e.ledger()), f.small, Element.ALIGN_LEFT));
      t.addCell(plain(ReportFigures.ledgerLabel(e, w), f.normal, Element.ALIGN_LEFT));
      t.addCell(num(ReportFigures.intensity(e.value()), f));
      t.addCell(plain(e.unit(), f.small, Element.ALIGN_LEFT));
    }
    doc.add(t);
  }

  private static PdfPTable table(Fonts f, float[] widths, String... headers) {
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setHeaderRows(1);
    t.setSpacingBefore(4);
    t.setSpacingAfter(8);
    for (String h : headers) {
      PdfPCell c = new PdfPCell(new Phrase(h, f.bold));
      c.setBackgroundColor(new java.awt.Color(0xE8, 0xEE, 0xF4));
      c.setPadding(4);
      t.addCell(c);
    }
    return t;
  }

  private static PdfPCell plain(String text, Font font, int align) {
    PdfPCell c = new PdfPCell(new Phrase(text, font));
    c.setHorizontalAlignment(align);
    c.setPadding(3);
    c.setBorderColor(new java.awt.Color(0xCC, 0xCC, 0xCC));
    return c;
  }

  private static PdfPCell num(String text, Fonts f) {
    return plain(text, f.normal, Element.ALIGN_RIGHT);
  }

  /** The fonts of one document, all from one base font. */
  static final class Fonts {
    final BaseFont base;
    final Font title;
    final Font heading;
    final Font normal;
    final Font bold;
    final Font small;

    Fonts(BaseFont base) {
      this.base = base;
      this.title = new Font(base, 22, Font.BOLD);
      this.heading = new Font(base, 14, Font.BOLD, new java.awt.Color(0x1F, 0x4E, 0x79));
      this.normal = new Font(base, 9.5f);
      this.bold = new Font(base, 9.5f, Font.BOLD);
      this.small = new Font(base, 8);
    }
  }
}
