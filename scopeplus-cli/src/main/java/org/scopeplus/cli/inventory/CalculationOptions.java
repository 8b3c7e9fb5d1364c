package org.scopeplus.cli.inventory;

import java.nio.file.Path;
import java.util.List;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.io.run.InventoryRequest;
import picocli.CommandLine.Option;

/**
 * How an inventory is calculated and printed: GWP set, consolidation approach and output format;
 * the options {@code scopeplus inventory} and {@code scopeplus demo} share.
 */
public final class CalculationOptions {

  @Option(
      names = "--gwp",
      description = "GWP set: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "AR5")
  GwpSet gwp;

  @Option(
      names = "--consolidation",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "OPERATIONAL_CONTROL")
  ConsolidationApproach consolidation;

  @Option(
      names = "--format",
      description = "table, json or csv (default: ${DEFAULT-VALUE}).",
      defaultValue = "TABLE")
  OutputFormat format;

  @Option(
      names = "--sources",
      description =
          "In the table, list every factor whose value is still to verify, with its source"
              + " (default: the total and the largest three).")
  boolean sources;

  /** Whether the table lists every value to verify with its source. */
  public boolean sources() {
    return sources;
  }

  /** The output format asked for. */
  public OutputFormat format() {
    return format;
  }

  /**
   * The request for these files with these options, for {@code year} (null: every year); it keeps
   * no lines, as {@link InventoryCommand#calculate} streams the trace.
   */
  public InventoryRequest request(
      List<Path> activity, List<Path> factors, Path org, Path metrics, Integer year) {
    return new InventoryRequest(
        activity, factors, org, metrics, gwp, consolidation, year == null ? 0 : year, false);
  }
}
