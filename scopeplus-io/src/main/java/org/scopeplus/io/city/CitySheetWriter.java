package org.scopeplus.io.city;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.city.GpcEntry;
import org.scopeplus.core.city.GpcFramework;
import org.scopeplus.core.city.GpcLine;
import org.scopeplus.core.city.IpccCategory;
import org.scopeplus.core.city.IpccMapping;
import org.scopeplus.core.gas.GasGroup;
import org.scopeplus.io.report.CsvCells;
import org.scopeplus.io.report.Tonnes;

/**
 * Writes city inventories as CSV: in the reporting-sheet layout {@link CitySheetReader} reads (so a
 * sheet read and written back holds the same inventories), or as one row per IPCC 2006 category.
 * Every cell goes through {@link CsvCells}, so no cell runs as a spreadsheet formula.
 */
public final class CitySheetWriter {

  /** The columns of the IPCC export. */
  public static final List<String> IPCC_HEADER =
      List.of("city", "year", "ipcc_code", "ipcc_category", "gpc_references", "t_co2e");

  /** Writes the inventories in the reporting-sheet layout. */
  public void write(List<CityInventory> inventories, Writer out) {
    Map<GpcLine, Set<GasGroup>> gases = new LinkedHashMap<>();
    for (CityInventory inv : inventories) {
      for (GpcEntry e : inv.entries().values()) {
        if (e instanceof GpcEntry.Estimated est && !est.gases().isEmpty()) {
          gases
              .computeIfAbsent(e.line(), l -> EnumSet.noneOf(GasGroup.class))
              .addAll(est.gases().keySet());
        }
      }
    }
    List<String> header = new ArrayList<>(List.of(CitySheetColumns.CITY, CitySheetColumns.YEAR));
    for (GpcLine l : GpcFramework.lines()) {
      header.add(l.reference());
      header.add(CitySheetColumns.explanation(l));
      for (GasGroup g : CitySheetColumns.GASES) {
        if (gases.getOrDefault(l, Set.of()).contains(g)) {
          header.add(CitySheetColumns.gas(l, g));
        }
      }
    }
    CsvWriter csv = CsvWriter.builder().build(out);
    csv.writeRecord(CsvCells.neutralised(header.toArray(String[]::new)));
    for (CityInventory inv : inventories) {
      List<String> row = new ArrayList<>(List.of(inv.city(), Integer.toString(inv.year())));
      for (GpcLine l : GpcFramework.lines()) {
        GpcEntry e = inv.entries().get(l.reference());
        Map<GasGroup, Long> split = Map.of();
        if (e == null) {
          row.add("");
          row.add("");
        } else if (e instanceof GpcEntry.Estimated est) {
          row.add(tonnes(est.co2eGrams()));
          row.add("");
          split = est.gases();
        } else if (e instanceof GpcEntry.Keyed k) {
          row.add(k.key().name());
          row.add(k.explanation());
        }
        for (GasGroup g : CitySheetColumns.GASES) {
          if (gases.getOrDefault(l, Set.of()).contains(g)) {
            Long grams = split.get(g);
            row.add(grams == null ? "" : tonnes(grams));
          }
        }
      }
      csv.writeRecord(CsvCells.neutralised(row.toArray(String[]::new)));
    }
    flush(csv);
  }

  /**
   * Writes one row per inventory and IPCC 2006 category; the rows add up to the territorial total.
   */
  public void writeIpcc(List<CityInventory> inventories, Writer out) {
    CsvWriter csv = CsvWriter.builder().build(out);
    csv.writeRecord(IPCC_HEADER);
    for (CityInventory inv : inventories) {
      for (Map.Entry<IpccCategory, Long> e : IpccMapping.totals(inv).entrySet()) {
        csv.writeRecord(
            CsvCells.neutralised(
                inv.city(),
                Integer.toString(inv.year()),
                e.getKey().code(),
                e.getKey().title(),
                String.join(" ", e.getKey().references()),
                tonnes(e.getValue())));
      }
    }
    flush(csv);
  }

  /** Exact tonnes without trailing zeros, e.g. {@code 1234.5}. */
  static String tonnes(long grams) {
    return Tonnes.of(grams).stripTrailingZeros().toPlainString();
  }

  private static void flush(CsvWriter csv) {
    try {
      csv.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
