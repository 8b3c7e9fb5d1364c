package org.scopeplus.cli.city;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.io.city.CitySheetWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code scopeplus city export [FILE] [--activity FILE]...}: a reporting sheet, with lines
 * calculated from city activity data, in the GPC layout or by IPCC category.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the inventories of a GPC reporting sheet as CSV: in the same layout (--layout gpc)"
          + " or one row per IPCC 2006 category of the scope 1 lines (--layout ipcc; the rows add"
          + " up to the territorial total). Mapping: docs/city.md.",
      "Lines may be calculated from city activity files (--activity), as for city inventory:"
          + " merged with the sheet's lines, or alone with --city and --year."
    })
public final class CityExportCommand implements Callable<Integer> {

  @Mixin CityInventorySources sources;

  @Option(names = "--layout", defaultValue = "ipcc", description = "ipcc (default) or gpc.")
  String layout;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  Path outFile;

  @Override
  public Integer call() throws IOException {
    if (!layout.equals("ipcc") && !layout.equals("gpc")) {
      System.err.println("--layout is ipcc or gpc, not " + layout);
      return 2;
    }
    String wrong = sources.refusal();
    if (wrong != null) {
      System.err.println(wrong);
      return 2;
    }
    List<CityInventory> inventories = sources.inventories(new LinkedHashMap<>());
    if (inventories == null) {
      return CityCommand.EXIT_PROBLEMS;
    }
    Writer w =
        outFile == null
            ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
            : Files.newBufferedWriter(outFile, StandardCharsets.UTF_8);
    try {
      if (layout.equals("ipcc")) {
        new CitySheetWriter().writeIpcc(inventories, w);
      } else {
        new CitySheetWriter().write(inventories, w);
      }
      w.flush();
    } finally {
      if (outFile != null) {
        w.close();
      }
    }
    return 0;
  }
}
