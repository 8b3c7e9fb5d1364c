package org.scopeplus.io.disclosure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scopeplus.io.report.Tonnes;

/**
 * The one-page low-carbon certificate ({@link EnergyCertificate}) as an A4 PDF in English or
 * Simplified Chinese, with the fonts of the annual report: Helvetica for English, the embedded CJK
 * font ({@link CjkFont}) for Chinese and for English whose data has characters Helvetica lacks.
 * Tonnes CO2e are written with six decimals, the exact grams the run summed.
 */
public final class EnergyCertificatePdfWriter {

  /** The most factor sources listed; the rest are counted. */
  static final int FACTORS_LISTED = 6;

  /** Writes {@code certificate} in {@code language} to {@code out} (left open). */
  public void write(EnergyCertificate certificate, ReportLanguage language, OutputStream out)
      throws IOException {
    ReportLanguage.Words w = language.words();
    ReportPdfWriter.Fonts f =
        new ReportPdfWriter.Fonts(
            font(language, language == ReportLanguage.EN && beyondWinAnsi(certificate), w));
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 50, 50, 36, 30);
    PdfWriter.getInstance(doc, pdf);
    doc.addTitle(w.get("certificate.title"));
    doc.addAuthor(certificate.organisation());
    doc.addCreator("ScopePlus");
    doc.open();
    try {
      layout(doc, certificate, w, f);
    } catch (DocumentException e) {
      throw new IllegalStateException("the certificate cannot be laid out", e);
    }
    doc.close();
    pdf.writeTo(out);
  }

  private static void layout(
      Document doc, EnergyCertificate c, ReportLanguage.Words w, ReportPdfWriter.Fonts f)
      throws DocumentException {
    Paragraph title = new Paragraph(w.get("certificate.title"), f.title);
    title.setAlignment(Element.ALIGN_CENTER);
    doc.add(title);
    Paragraph sub = new Paragraph(w.get("certificate.subtitle"), f.small);
    sub.setAlignment(Element.ALIGN_CENTER);
    sub.setSpacingAfter(10);
    doc.add(sub);

    PdfPTable who = table();
    row(who, f, w.get("certificate.organisation"), c.organisation());
    row(who, f, w.get("certificate.sites"), c.sites());
    row(who, f, w.get("certificate.year"), Integer.toString(c.year()));
    doc.add(who);

    heading(doc, f, w.get("certificate.emissions"));
    PdfPTable t = table();
    row(t, f, w.get("certificate.scope1"), tonnes(c.scope1Grams(), w));
    row(t, f, w.get("certificate.scope2Location"), tonnes(c.scope2LocationGrams(), w));
    row(t, f, w.get("certificate.scope2Market"), tonnes(c.scope2MarketGrams(), w));
    doc.add(t);

    heading(doc, f, w.get("certificate.energy"));
    EnergyCertificate.Energy e = c.energy();
    PdfPTable en = table();
    row(en, f, w.get("certificate.consumption"), kwh(e.consumptionKwh(), w));
    row(en, f, w.get("certificate.pvSelf"), kwh(e.pvSelfConsumedKwh(), w));
    row(en, f, w.get("certificate.pvExported"), kwh(e.pvExportedKwh(), w));
    row(en, f, w.get("certificate.purchased"), kwh(e.purchasedKwh(), w));
    if (e.certificateKwh() > 0) {
      row(en, f, w.get("certificate.certificates"), kwh(e.certificateKwh(), w));
    }
    if (e.gas() > 0) {
      row(
          en,
          f,
          w.get("certificate.gas"),
          number(e.gas(), 1)
              + " "
              + (e.gasUnit().equals("kWh") ? w.get("certificate.kwh") : w.get("certificate.m3")));
    }
    EnergyCertificate.Heat h = c.heat();
    if (h != null) {
      // two rows in the energy table, so the certificate stays on one page
      row(
          en,
          f,
          w.get("certificate.heat"),
          w.get("certificate.heatValue", kwh(h.kwh(), w), tonnes(h.co2eGrams(), w)));
      row(
          en,
          f,
          w.get("certificate.heatFactor"),
          h.factor()
              + " ("
              + (h.factorId().isEmpty() ? h.citation() : h.factorId() + ": " + h.citation())
              + ")");
    }
    row(en, f, w.get("certificate.renewableShare"), number(e.renewableShare() * 100, 1) + " %");
    doc.add(en);

    EnergyCertificate.Savings s = c.savings();
    if (s != null) {
      heading(doc, f, w.get("certificate.savings"));
      PdfPTable sv = table();
      row(sv, f, w.get("certificate.baseline"), s.baseline());
      row(sv, f, w.get("certificate.reporting"), s.reporting());
      row(
          sv,
          f,
          w.get("certificate.savedKwh"),
          number(s.kwh(), 1)
              + " ± "
              + number(s.uncertaintyKwh(), 1)
              + " "
              + w.get("certificate.kwh"));
      if (s.pricePerKwh() != null) {
        row(
            sv,
            f,
            w.get("certificate.savedCost"),
            number(s.kwh() * s.pricePerKwh(), 2)
                + " ± "
                + number(s.uncertaintyKwh() * s.pricePerKwh(), 2)
                + " "
                + w.get("certificate.cny"));
      }
      row(
          sv,
          f,
          w.get("certificate.savedCo2e"),
          Tonnes.of(s.co2eGrams()).toPlainString()
              + " ± "
              + Tonnes.of(s.co2eUncertaintyGrams()).toPlainString()
              + " "
              + w.get("unit.t"));
      double fsu = s.fractionalUncertainty();
      row(
          sv,
          f,
          w.get("certificate.fsu"),
          w.get(
              "certificate.fsuValue",
              Double.isFinite(fsu) ? number(fsu * 100, 1) : "∞",
              number(s.confidence() * 100, 0)));
      doc.add(sv);
    }

    heading(doc, f, w.get("certificate.factors"));
    List<EnergyCertificate.FactorSource> listed =
        c.factors().subList(0, Math.min(FACTORS_LISTED, c.factors().size()));
    for (EnergyCertificate.FactorSource s2 : listed) {
      doc.add(new Paragraph(s2.factorId() + ": " + s2.citation(), f.small));
    }
    if (c.factors().size() > listed.size()) {
      doc.add(
          new Paragraph(
              w.get("certificate.moreFactors", c.factors().size() - listed.size()), f.small));
    }

    heading(doc, f, w.get("certificate.run"));
    PdfPTable run = table();
    row(
        run,
        f,
        w.get("certificate.runId"),
        c.runId().isEmpty() ? w.get("certificate.fileRun") : c.runId());
    doc.add(run);
    // the hash on a line of its own, never wrapped, so it can be read and compared whole
    Paragraph hash = new Paragraph(w.get("certificate.runHash"), f.normal);
    hash.setSpacingBefore(4);
    doc.add(hash);
    doc.add(new Paragraph(c.runHash(), f.bold));
    Paragraph how =
        new Paragraph(
            c.check() == EnergyCertificate.HashCheck.SERVICE_RUN
                ? w.get("certificate.verifyService", c.runId())
                : w.get("certificate.verifyFiles"),
            f.small);
    how.setSpacingBefore(4);
    doc.add(how);
    Paragraph issued =
        new Paragraph(w.get("certificate.issued") + " " + c.issued().toString(), f.bold);
    issued.setSpacingBefore(6);
    issued.setAlignment(Element.ALIGN_RIGHT);
    doc.add(issued);
  }

  private static PdfPTable table() {
    PdfPTable t = new PdfPTable(new float[] {5, 6});
    t.setWidthPercentage(100);
    return t;
  }

  private static void row(PdfPTable t, ReportPdfWriter.Fonts f, String label, String value) {
    t.addCell(cell(label, f.normal, Element.ALIGN_LEFT));
    t.addCell(cell(value, f.bold, Element.ALIGN_RIGHT));
  }

  private static PdfPCell cell(String text, com.lowagie.text.Font font, int align) {
    PdfPCell c = new PdfPCell(new Phrase(text, font));
    c.setHorizontalAlignment(align);
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderColor(new java.awt.Color(0xDD, 0xDD, 0xDD));
    c.setPaddingBottom(3);
    return c;
  }

  private static void heading(Document doc, ReportPdfWriter.Fonts f, String text)
      throws DocumentException {
    Paragraph p = new Paragraph(text, f.heading);
    p.setSpacingBefore(8);
    p.setSpacingAfter(3);
    doc.add(p);
  }

  private static String tonnes(long grams, ReportLanguage.Words w) {
    return Tonnes.of(grams).toPlainString() + " " + w.get("unit.t");
  }

  private static String kwh(double kwh, ReportLanguage.Words w) {
    return number(kwh, 1) + " " + w.get("certificate.kwh");
  }

  private static String number(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /** Whether any text of the certificate's data has a character WinAnsi lacks (Chinese names). */
  static boolean beyondWinAnsi(EnergyCertificate c) {
    CharsetEncoder winAnsi = Charset.forName("windows-1252").newEncoder();
    List<String> texts = new ArrayList<>(List.of(c.organisation(), c.sites(), c.runId()));
    for (EnergyCertificate.FactorSource s : c.factors()) {
      texts.add(s.factorId());
      texts.add(s.citation());
    }
    if (c.heat() != null) {
      texts.add(c.heat().factorId());
      texts.add(c.heat().citation());
    }
    for (String t : texts) {
      if (t != null && !winAnsi.canEncode(t)) {
        return true;
      }
    }
    return false;
  }

  private static BaseFont font(ReportLanguage language, boolean cjkData, ReportLanguage.Words w) {
    try {
      if (language == ReportLanguage.EN && !cjkData) {
        return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
      }
      String file =
          CjkFont.locate()
              .orElseThrow(() -> new ReportRefused(w.get("fonts.missing", CjkFont.DEBIAN_WQY)));
      return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    } catch (IOException | DocumentException e) {
      throw new ReportRefused("The certificate's font cannot be read: " + e.getMessage());
    }
  }
}
