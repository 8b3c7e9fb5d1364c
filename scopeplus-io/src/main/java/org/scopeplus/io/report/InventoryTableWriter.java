package org.scopeplus.io.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.gas.GasGroup;
import org.scopeplus.core.inventory.FactorYearUse;
import org.scopeplus.core.inventory.GasTotal;
import org.scopeplus.core.inventory.InputDigest;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.core.inventory.LibraryDigest;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.core.inventory.WeakFactorUse;

/**
 * Writes an inventory as a plain-text report for a terminal: the months it covers in the heading,
 * tonnes CO2e with one decimal (the JSON and CSV outputs keep the exact grams), both Scope 2
 * methods and both totals per org unit and facility, columns aligned for names in Chinese, Japanese
 * or Korean too (a wide character takes two columns), and the values to verify summed up with the
 * largest few unless every one is asked for.
 */
public final class InventoryTableWriter {

  /** How many of the factors resting on values to verify are named when not all are asked for. */
  public static final int SOURCES_SHOWN = 3;

  private final boolean allSources;

  /** A writer that names the few largest values to verify. */
  public InventoryTableWriter() {
    this(false);
  }

  /** A writer that names every value to verify with its citation when {@code allSources}. */
  public InventoryTableWriter(boolean allSources) {
    this.allSources = allSources;
  }

  private static final String[] CATEGORY_NAMES = {
    "",
    "Purchased goods and services",
    "Capital goods",
    "Fuel- and energy-related activities",
    "Upstream transportation and distribution",
    "Waste generated in operations",
    "Business travel",
    "Employee commuting",
    "Upstream leased assets",
    "Downstream transportation and distribution",
    "Processing of sold products",
    "Use of sold products",
    "End-of-life treatment of sold products",
    "Downstream leased assets",
    "Franchises",
    "Investments"
  };

  /** The name of a Scope 3 category (1-15) as the GHG Protocol writes it. */
  public static String categoryName(int category) {
    return CATEGORY_NAMES[category];
  }

  public void write(Inventory inv, List<ResultLine> trace, PrintWriter out) {
    Totals t = inv.totals();
    out.printf(
        "GHG inventory%s (t CO2e, GWP %s, %s)%n",
        covered(inv),
        inv.manifest().gwpSet(),
        inv.manifest().consolidation().label().replace('_', ' '));
    out.println();
    line(out, "Scope 1", t.scope1());
    line(out, "Scope 2 (location-based)", t.scope2Location());
    line(out, "Scope 2 (market-based)", t.scope2Market());
    line(out, "Scope 3", t.scope3());
    line(out, "Total (location-based)", t.totalLocation());
    line(out, "Total (market-based)", t.totalMarket());
    line(out, "Biogenic CO2 (outside scopes)", t.biogenicCo2());
    if (t.montrealMemo() != 0) {
      line(out, "Montreal Protocol gases (memo)", t.montrealMemo());
    }
    out.println();
    out.println("Scope 3 by category");
    inv.scope3Categories()
        .forEach((c, g) -> line(out, String.format("  %2d %s", c, CATEGORY_NAMES[c]), g));
    for (int c : new int[] {1, 2}) {
      if (inv.scope3Categories().get(c) != 0) {
        out.println(
            String.format(
                "  share of category %d from supplier data: %s",
                c, SupplierDataShare.percent(inv, c)));
      }
    }
    out.println();
    out.println("By gas (location-based)");
    for (GasGroup g : GasGroup.values()) {
      GasTotal gt = inv.byGas().get(g);
      if (gt.co2eLocation() != 0 || gt.co2eMarket() != 0) {
        line(out, "  " + g.key(), gt.co2eLocation());
      }
    }
    section(out, "By org unit", inv.byOrgUnit());
    section(out, "By facility", inv.byFacility());
    if (!inv.intensityDenominators().isEmpty()) {
      out.println();
      out.println("Intensity");
      for (var d : inv.intensityDenominators()) {
        out.printf(
            java.util.Locale.ROOT,
            "  per %s %s (%d): total %.4f (location) / %.4f (market); Scope 3 %.4f t CO2e%n",
            d.unit(),
            d.metric(),
            d.year(),
            Tonnes.of(t.totalLocation()).doubleValue() / d.value(),
            Tonnes.of(t.totalMarket()).doubleValue() / d.value(),
            Tonnes.of(t.scope3()).doubleValue() / d.value());
      }
    }
    if (!inv.weakFactors().isEmpty()) {
      weak(inv.weakFactors(), out);
    }
    if (!inv.factorYears().isEmpty()) {
      factorYears(inv.factorYears(), out);
    }
    out.println();
    out.printf(
        "%d records, %d result lines; engine %s%n",
        inv.records(), inv.lines(), inv.manifest().engineVersion());
    for (InputDigest d : inv.manifest().inputs()) {
      out.printf("  input %s sha256 %s (%d records)%n", d.name(), d.sha256(), d.records());
    }
    for (LibraryDigest d : inv.manifest().libraries()) {
      out.printf("  factors %s %s sha256 %s%n", d.name(), d.version(), d.sha256());
    }
    if (trace != null) {
      out.println();
      out.println("Trace");
      for (ResultLine l : trace) {
        writeTraceLine(l, out);
      }
    }
    out.flush();
  }

  /** Writes one result line of the trace as {@link #write} does after its "Trace" heading. */
  public void writeTraceLine(ResultLine l, PrintWriter out) {
    out.printf(
        "  %s (%s) %s %s %s: %s%n      factor %s: %s%n      %s%n",
        l.record().id(),
        l.record().source(),
        l.type().key(),
        l.method() == org.scopeplus.core.calculation.Scope2Method.NOT_APPLICABLE
            ? ""
            : l.method().name().toLowerCase(java.util.Locale.ROOT),
        l.gas().id(),
        l.formula(),
        l.factor() == null ? "supplied" : l.factor().id(),
        l.factor() == null ? "" : l.factor().citation().shortText(),
        l.factorNote());
  }

  private static void factorYears(List<FactorYearUse> uses, PrintWriter out) {
    out.println();
    out.printf(
        "! %d factor%s used for a year %s not describe (year rule: the activity's year, else the"
            + " nearest earlier year)%n",
        uses.size(), uses.size() == 1 ? "" : "s", uses.size() == 1 ? "it does" : "they do");
    for (FactorYearUse u : uses) {
      out.printf(
          "  %s %14s t (location) %14s t (market)%n    %s%n",
          TextWidth.padRight(u.factor().id() + " for " + u.activityYear(), 60),
          Tonnes.table(u.emissions().totalLocation()),
          Tonnes.table(u.emissions().totalMarket()),
          u.sentence());
    }
  }

  private void weak(List<WeakFactorUse> uses, PrintWriter out) {
    List<WeakFactorUse> largest = new ArrayList<>(uses);
    largest.sort(
        Comparator.comparingLong((WeakFactorUse w) -> Math.abs(w.emissions().totalLocation()))
            .reversed()
            .thenComparing(w -> w.factor().id()));
    long location = 0;
    long market = 0;
    for (WeakFactorUse w : uses) {
      location = Math.addExact(location, w.emissions().totalLocation());
      market = Math.addExact(market, w.emissions().totalMarket());
    }
    out.println();
    out.printf(
        "! %s t (location) and %s t (market) rest on %d factor%s to verify (secondary source or"
            + " unchecked transcription)%n",
        Tonnes.table(location), Tonnes.table(market), uses.size(), uses.size() == 1 ? "" : "s");
    List<WeakFactorUse> shown =
        allSources ? largest : largest.subList(0, Math.min(SOURCES_SHOWN, largest.size()));
    for (WeakFactorUse w : shown) {
      out.printf(
          "  %s %14s t (location) %14s t (market)%n",
          TextWidth.padRight(w.factor().id(), 60),
          Tonnes.table(w.emissions().totalLocation()),
          Tonnes.table(w.emissions().totalMarket()));
      if (allSources) {
        out.printf("    %s%n", w.factor().citation().shortText());
      }
    }
    if (!allSources) {
      out.printf(
          "  %s; --sources lists every one with its source%n",
          largest.size() > shown.size()
              ? "... and " + (largest.size() - shown.size()) + " more"
              : "the largest shown");
    }
  }

  /** The calendar months the inventory covers, from its month breakdown: " 2024-01 to 2024-12". */
  private static String covered(Inventory inv) {
    if (inv.byMonth().isEmpty()) {
      return "";
    }
    String first = inv.byMonth().firstKey();
    String last = inv.byMonth().lastKey();
    return first.equals(last) ? " " + first : " " + first + " to " + last;
  }

  private static final String[] BREAKDOWN_HEADINGS = {
    "Scope 1", "Scope 2 loc.", "Scope 2 mkt.", "Scope 3", "Total loc.", "Total mkt."
  };

  private static void section(PrintWriter out, String title, Map<String, Totals> map) {
    if (map.isEmpty()) {
      return;
    }
    out.println();
    StringBuilder heading = new StringBuilder(TextWidth.padRight(title, 42));
    for (String h : BREAKDOWN_HEADINGS) {
      heading.append(' ').append(TextWidth.padLeft(h, 13));
    }
    out.println(heading);
    map.forEach(
        (k, v) -> {
          StringBuilder row =
              new StringBuilder("  ").append(TextWidth.padRight(TextWidth.tail(k, 40), 40));
          for (long g :
              new long[] {
                v.scope1(),
                v.scope2Location(),
                v.scope2Market(),
                v.scope3(),
                v.totalLocation(),
                v.totalMarket()
              }) {
            row.append(' ').append(TextWidth.padLeft(Tonnes.table(g), 13));
          }
          out.println(row);
        });
  }

  private static void line(PrintWriter out, String label, long grams) {
    out.printf("%s %18s%n", TextWidth.padRight(label, 50), Tonnes.table(grams));
  }
}
