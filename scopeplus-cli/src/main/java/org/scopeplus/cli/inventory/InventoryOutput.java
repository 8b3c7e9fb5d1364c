package org.scopeplus.cli.inventory;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.io.report.InventoryCsvWriter;
import org.scopeplus.io.report.InventoryJsonWriter;
import org.scopeplus.io.report.InventoryTableWriter;
import tools.jackson.databind.json.JsonMapper;

/** Writes an inventory in the chosen format; shared by every command that prints one. */
public final class InventoryOutput {
  private InventoryOutput() {}

  /** Writes the inventory, with the trace lines when not null. */
  public static void write(
      Inventory inv, List<ResultLine> trace, OutputFormat format, OutputStream os)
      throws java.io.IOException {
    write(inv, trace, format, os, false);
  }

  /**
   * Writes the inventory as JSON with one more member at its end, {@code name}: {@code value} (e.g.
   * the operational indicators of the metrics file beside the inventory).
   */
  public static void writeJson(Inventory inv, String name, Object value, OutputStream os)
      throws java.io.IOException {
    String json = new InventoryJsonWriter().toJson(inv, null).strip();
    int end = json.lastIndexOf('}');
    if (end < 0) {
      throw new IllegalStateException("the inventory JSON is not an object");
    }
    JsonMapper mapper = JsonMapper.builder().build();
    Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
    w.write(json, 0, end);
    w.write(",\"" + name + "\":");
    w.write(mapper.writeValueAsString(value));
    w.write("}");
    w.write(System.lineSeparator());
    w.flush();
  }

  /**
   * Writes as above; the table lists every value to verify with its source when {@code sources}.
   */
  public static void write(
      Inventory inv, List<ResultLine> trace, OutputFormat format, OutputStream os, boolean sources)
      throws java.io.IOException {
    Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
    switch (format) {
      case JSON -> {
        w.write(new InventoryJsonWriter().toJson(inv, trace));
        w.write(System.lineSeparator());
      }
      case CSV -> {
        if (trace != null) {
          new InventoryCsvWriter().writeTrace(trace, w);
        } else {
          new InventoryCsvWriter().write(inv, w);
        }
      }
      case TABLE -> new InventoryTableWriter(sources).write(inv, trace, new PrintWriter(w));
    }
    w.flush();
  }
}
