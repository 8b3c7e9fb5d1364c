package org.scopeplus.io.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.scopeplus.core.disclosure.AnnualReport;
import org.scopeplus.core.disclosure.DisclosedFigure;
import org.scopeplus.core.disclosure.LedgerEntry;
import org.scopeplus.io.report.Tonnes;

/** How the report's figures are written: tonnes with three decimals, percentages with one. */
final class ReportFigures {
  private ReportFigures() {}

  /** Tonnes CO2e, three decimals, thousands separators: {@code 1,234.568}. */
  static String tonnes(long grams) {
    return Tonnes.formatted(grams);
  }

  static String percent(double p) {
    return String.format(Locale.ROOT, "%.1f%%", p);
  }

  static String intensity(double v) {
    return new BigDecimal(v)
        .round(new java.math.MathContext(6, RoundingMode.HALF_EVEN))
        .stripTrailingZeros()
        .toPlainString();
  }

  /** A disclosed figure's value as text in {@code words}' language. */
  static String value(DisclosedFigure.Value v, ReportLanguage.Words words) {
    if (v instanceof DisclosedFigure.Grams g) {
      return tonnes(g.grams());
    }
    if (v instanceof DisclosedFigure.Percent p) {
      return percent(p.percent());
    }
    if (v instanceof DisclosedFigure.Intensity i) {
      return intensity(i.tonnesPerUnit()) + " t CO2e / " + unit(i.denominatorUnit(), words);
    }
    if (v instanceof DisclosedFigure.Text t) {
      return t.text().isEmpty() ? words.get("none") : t.text();
    }
    DisclosedFigure.NotAvailable n = (DisclosedFigure.NotAvailable) v;
    return words.get("not.available")
        + " ("
        + words.getOr("reason." + n.reason(), n.reason())
        + ")";
  }

  /** A disclosed figure's label in {@code words}' language. */
  static String label(DisclosedFigure f, ReportLanguage.Words words) {
    String prefix = "esrs-e1-6-gross-scope-3-category-";
    if (f.id().startsWith(prefix)) {
      return words.get("fig.esrs-e1-6-gross-scope-3-category", f.id().substring(prefix.length()));
    }
    return words.getOr("fig." + f.id(), f.id());
  }

  /** The category's name, e.g. {@code 6 Business travel}. */
  static String category(int c, ReportLanguage.Words words) {
    return c + " " + words.get("cat." + c);
  }

  /** The consolidation approach in words. */
  static String consolidation(AnnualReport r, ReportLanguage.Words words) {
    return words.getOr(
        "consolidation." + r.subject().consolidation().toLowerCase(Locale.ROOT),
        r.subject().consolidation());
  }

  /**
   * Calculation methods ({@code average-data, spend-based}, the catalog's keys) in {@code words}'
   * language; a method the report has no words for stays as it is.
   */
  static String methods(String methods, ReportLanguage.Words words) {
    if (methods.isEmpty()) {
      return methods;
    }
    StringBuilder b = new StringBuilder();
    for (String m : methods.split(",")) {
      if (b.length() > 0) {
        b.append(words.get("list.separator"));
      }
      String key = m.strip();
      b.append(words.getOr("method." + key, key));
    }
    return b.toString();
  }

  /** A unit of a denominator ({@code million CNY}) in {@code words}' language, else as given. */
  static String unit(String unit, ReportLanguage.Words words) {
    return words.getOr("unit." + unit.strip().replace(' ', '_'), unit);
  }

  /** A ledger figure's label in {@code words}' language, or the user's words it was given in. */
  static String ledgerLabel(LedgerEntry e, ReportLanguage.Words words) {
    if (e.labelKey().isEmpty()) {
      return e.label();
    }
    String key = "ledger.label." + e.labelKey();
    return words.getOr(key, null) == null
        ? e.label()
        : words.get(key, e.labelArgs().toArray(Object[]::new));
  }

  /** A disclosure's reference (a paragraph of a standard) in {@code words}' language. */
  static String reference(DisclosedFigure f, ReportLanguage.Words words) {
    return f.id().startsWith("cn-exchanges-") ? words.get("ref.cn-exchanges") : f.reference();
  }
}
