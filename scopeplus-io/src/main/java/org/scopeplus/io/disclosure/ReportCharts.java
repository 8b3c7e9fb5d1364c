package org.scopeplus.io.disclosure;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.disclosure.AnnualReport;
import org.scopeplus.core.inventory.Totals;

/**
 * The report's charts, drawn as vector graphics with OpenPDF's content stream: the scope split, the
 * business units, the trend against the base year and the target pathway, Scope 2 by both methods
 * and the Scope 3 categories. Bars are proportional to tonnes; every bar carries its value.
 */
final class ReportCharts {

  private static final Color[] SCOPES = {
    new Color(0x1F, 0x4E, 0x79), new Color(0x2E, 0x86, 0xC1), new Color(0x85, 0xC1, 0xE9)
  };
  private static final Color BAR = new Color(0x2E, 0x86, 0xC1);
  private static final Color PATHWAY = new Color(0xC0, 0x39, 0x2B);
  private static final Color GREY = new Color(0x99, 0x99, 0x99);

  private ReportCharts() {}

  static void add(
      Document doc, PdfWriter writer, AnnualReport r, ReportLanguage.Words w, BaseFont font) {
    float width = doc.right() - doc.left();
    Totals t = r.totals();
    doc.add(split(writer, width, font, w, t));
    List<String> units = new ArrayList<>();
    List<Long> unitGrams = new ArrayList<>();
    for (AnnualReport.UnitFigure u : r.businessUnits()) {
      units.add(u.unit());
      unitGrams.add(u.totals().totalMarket());
    }
    doc.add(bars(writer, width, font, w.get("chart.units"), units, unitGrams, BAR));
    if (!r.context().trend().isEmpty()) {
      doc.add(trend(writer, width, font, w, r));
    }
    doc.add(
        bars(
            writer,
            width,
            font,
            w.get("chart.scope2"),
            List.of(w.get("col.location"), w.get("col.market")),
            List.of(t.scope2Location(), t.scope2Market()),
            SCOPES[1]));
    List<String> cats = new ArrayList<>();
    List<Long> catGrams = new ArrayList<>();
    for (AnnualReport.CategoryFigure c : r.scope3()) {
      cats.add(ReportFigures.category(c.category(), w));
      catGrams.add(c.grams());
    }
    doc.add(bars(writer, width, font, w.get("chart.scope3"), cats, catGrams, SCOPES[2]));
  }

  /** One bar split into Scope 1, Scope 2 market-based and Scope 3, with a legend of shares. */
  private static Image split(
      PdfWriter writer, float width, BaseFont font, ReportLanguage.Words w, Totals t) {
    float height = 95;
    PdfTemplate tp = writer.getDirectContent().createTemplate(width, height);
    title(tp, font, w.get("chart.split"), height);
    long[] parts = {
      Math.max(0, t.scope1()), Math.max(0, t.scope2Market()), Math.max(0, t.scope3())
    };
    String[] names = {w.get("col.scope1"), w.get("col.scope2m"), w.get("col.scope3")};
    double sum = parts[0] + (double) parts[1] + parts[2];
    float x = 0;
    float y = height - 45;
    for (int i = 0; i < 3; i++) {
      float len = sum == 0 ? 0 : (float) (parts[i] / sum * width);
      tp.setColorFill(SCOPES[i]);
      tp.rectangle(x, y, len, 20);
      tp.fill();
      x += len;
    }
    float lx = 0;
    for (int i = 0; i < 3; i++) {
      tp.setColorFill(SCOPES[i]);
      tp.rectangle(lx, y - 22, 9, 9);
      tp.fill();
      String share = sum == 0 ? "0.0%" : ReportFigures.percent(parts[i] / sum * 100);
      text(
          tp,
          font,
          8,
          names[i] + " " + ReportFigures.tonnes(parts[i]) + " t (" + share + ")",
          lx + 12,
          y - 21,
          Color.BLACK);
      lx += width / 3;
    }
    return image(tp);
  }

  /** Horizontal bars, one per label, the value written after each bar. */
  private static Image bars(
      PdfWriter writer,
      float width,
      BaseFont font,
      String title,
      List<String> labels,
      List<Long> grams,
      Color color) {
    float row = 15;
    float height = 30 + row * labels.size();
    PdfTemplate tp = writer.getDirectContent().createTemplate(width, height);
    title(tp, font, title, height);
    float labelWidth = width * 0.38f;
    float valueWidth = 70;
    float barSpace = width - labelWidth - valueWidth;
    long max = 1;
    for (long g : grams) {
      max = Math.max(max, Math.abs(g));
    }
    for (int i = 0; i < labels.size(); i++) {
      float y = height - 30 - row * (i + 1) + 3;
      text(tp, font, 7.5f, fit(font, labels.get(i), 7.5f, labelWidth - 4), 0, y + 2, Color.BLACK);
      float len = (float) (Math.abs(grams.get(i)) / (double) max * barSpace);
      tp.setColorFill(color);
      tp.rectangle(labelWidth, y, len, row - 5);
      tp.fill();
      text(
          tp,
          font,
          7.5f,
          ReportFigures.tonnes(grams.get(i)),
          labelWidth + len + 3,
          y + 2,
          Color.DARK_GRAY);
    }
    return image(tp);
  }

  /**
   * Vertical bars of each year's market-based total, the target pathway as a line, the base year
   * dashed.
   */
  private static Image trend(
      PdfWriter writer, float width, BaseFont font, ReportLanguage.Words w, AnnualReport r) {
    float height = 200;
    PdfTemplate tp = writer.getDirectContent().createTemplate(width, height);
    title(tp, font, w.get("chart.trend." + r.context().trendMeasure()), height);
    Map<Integer, Totals> trend = r.context().trend();
    Map<Integer, Long> pathway = r.context().pathway();
    java.util.SortedSet<Integer> years = new java.util.TreeSet<>(trend.keySet());
    years.addAll(pathway.keySet());
    long max = 1;
    for (Totals t : trend.values()) {
      max = Math.max(max, r.context().trendValue(t));
    }
    for (long p : pathway.values()) {
      max = Math.max(max, p);
    }
    Totals base = r.context().baseYearTotals();
    if (base != null) {
      max = Math.max(max, r.context().trendValue(base));
    }
    float left = 10;
    float bottom = 30;
    float plot = height - 60;
    float slot = (width - left) / Math.max(1, years.size());
    float prevX = -1;
    float prevY = -1;
    int i = 0;
    for (int year : years) {
      float cx = left + slot * i + slot / 2;
      Totals t = trend.get(year);
      if (t != null) {
        long v = r.context().trendValue(t);
        float h = (float) (v / (double) max * plot);
        tp.setColorFill(year == r.subject().year() ? SCOPES[0] : BAR);
        tp.rectangle(cx - slot * 0.3f, bottom, slot * 0.6f, h);
        tp.fill();
        text(
            tp,
            font,
            6.5f,
            ReportFigures.tonnes(v),
            cx - slot * 0.45f,
            bottom + h + 2,
            Color.DARK_GRAY);
      }
      Long p = pathway.get(year);
      if (p != null) {
        float py = bottom + (float) (p / (double) max * plot);
        tp.setColorFill(PATHWAY);
        tp.circle(cx, py, 2);
        tp.fill();
        if (prevX >= 0) {
          tp.setColorStroke(PATHWAY);
          tp.setLineWidth(1.2f);
          tp.moveTo(prevX, prevY);
          tp.lineTo(cx, py);
          tp.stroke();
        }
        prevX = cx;
        prevY = py;
      }
      text(tp, font, 7.5f, Integer.toString(year), cx - 9, bottom - 12, Color.BLACK);
      i++;
    }
    if (base != null) {
      float by = bottom + (float) (r.context().trendValue(base) / (double) max * plot);
      tp.setColorStroke(GREY);
      tp.setLineWidth(0.8f);
      tp.setLineDash(4, 3, 0);
      tp.moveTo(left, by);
      tp.lineTo(width, by);
      tp.stroke();
      tp.setLineDash(0);
    }
    float ly = 6;
    tp.setColorFill(BAR);
    tp.rectangle(left, ly, 9, 9);
    tp.fill();
    text(tp, font, 8, w.get("chart.actual"), left + 12, ly + 1, Color.BLACK);
    tp.setColorFill(PATHWAY);
    tp.rectangle(left + 110, ly, 9, 9);
    tp.fill();
    String label =
        w.get("chart.pathway")
            + (r.context().pathwayLabel().isEmpty() ? "" : ": " + r.context().pathwayLabel());
    text(tp, font, 8, fit(font, label, 8, 220), left + 122, ly + 1, Color.BLACK);
    if (base != null) {
      tp.setColorStroke(GREY);
      tp.setLineDash(4, 3, 0);
      tp.moveTo(left + 360, ly + 4);
      tp.lineTo(left + 380, ly + 4);
      tp.stroke();
      tp.setLineDash(0);
      text(
          tp,
          font,
          8,
          w.get("chart.base") + " " + r.context().baseYear(),
          left + 384,
          ly + 1,
          Color.BLACK);
    }
    return image(tp);
  }

  private static void title(PdfTemplate tp, BaseFont font, String title, float height) {
    text(tp, font, 10, title, 0, height - 14, new Color(0x1F, 0x4E, 0x79));
  }

  private static void text(
      PdfContentByte cb, BaseFont font, float size, String s, float x, float y, Color c) {
    cb.beginText();
    cb.setColorFill(c);
    cb.setFontAndSize(font, size);
    cb.setTextMatrix(x, y);
    cb.showText(s);
    cb.endText();
  }

  /** The text cut with an ellipsis to fit {@code max} points. */
  private static String fit(BaseFont font, String s, float size, float max) {
    if (font.getWidthPoint(s, size) <= max) {
      return s;
    }
    String t = s;
    while (t.length() > 1 && font.getWidthPoint(t + "…", size) > max) {
      t = t.substring(0, t.length() - 1);
    }
    return t + "…";
  }

  private static Image image(PdfTemplate tp) {
    try {
      Image img = Image.getInstance(tp);
      img.setSpacingBefore(6);
      img.setSpacingAfter(10);
      return img;
    } catch (com.lowagie.text.BadElementException e) {
      throw new IllegalStateException("chart template refused", e);
    }
  }
}
