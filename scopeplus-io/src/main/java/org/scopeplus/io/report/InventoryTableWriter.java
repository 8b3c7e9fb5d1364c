package org.scopeplus.io.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.gas.GasGroup;
import org.scopeplus.core.inventory.GasTotal;
import org.scopeplus.core.inventory.InputDigest;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.core.inventory.LibraryDigest;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.core.inventory.WeakFactorUse;

/** Writes an inventory as a plain-text report for a terminal, tonnes CO2e with three decimals. */
public final class InventoryTableWriter {

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
        "GHG inventory (t CO2e, GWP %s, %s)%n",
        inv.manifest().gwpSet(), inv.manifest().consolidation().label().replace('_', ' '));
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
      out.println();
      out.println(
          "! Results resting on values to verify (secondary source or unchecked transcription):");
      for (WeakFactorUse w : inv.weakFactors()) {
        out.printf(
            "  %-60s %14s t (location) %14s t (market)%n    %s%n",
            w.factor().id(),
            Tonnes.formatted(w.emissions().totalLocation()),
            Tonnes.formatted(w.emissions().totalMarket()),
            w.factor().citation().shortText());
      }
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

  private static void section(PrintWriter out, String title, Map<String, Totals> map) {
    if (map.isEmpty()) {
      return;
    }
    out.println();
    out.printf("%s%54s %14s %14s%n", title, "Scope 1", "Scope 2 (loc)", "Scope 3");
    map.forEach(
        (k, v) ->
            out.printf(
                "  %-50s %14s %14s %14s%n",
                k.length() > 50 ? "..." + k.substring(k.length() - 47) : k,
                Tonnes.formatted(v.scope1()),
                Tonnes.formatted(v.scope2Location()),
                Tonnes.formatted(v.scope3())));
  }

  private static void line(PrintWriter out, String label, long grams) {
    out.printf("%-50s %18s%n", label, Tonnes.formatted(grams));
  }
}
