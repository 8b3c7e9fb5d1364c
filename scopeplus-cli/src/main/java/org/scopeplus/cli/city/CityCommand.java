package org.scopeplus.cli.city;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.scopeplus.cli.inventory.InventoryCommand;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.city.CitySheetReader;
import org.scopeplus.io.table.TableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code scopeplus city}: city GHG inventories by the GPC (docs/city.md). */
@Command(
    name = "city",
    mixinStandardHelpOptions = true,
    description =
        "City greenhouse-gas inventories by the GPC v1.1 and the city emissions-trading registry (Carbon Eye).",
    subcommands = {
      CityInventoryCommand.class,
      CityExportCommand.class,
      CityTargetsCommand.class,
      CityEtsCommand.class
    })
public final class CityCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads a reporting sheet; prints its problems to stderr and returns null when it has any. */
  static List<CityInventory> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      System.err.println(file + ": no such file");
      return null;
    }
    ReadResult<List<CityInventory>> r;
    try (TableReader t = TableReader.open(file)) {
      r = new CitySheetReader().read(t);
    }
    if (r.ok()) {
      return r.value();
    }
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    err.printf(
        "The sheet was not read: %d problem%s.%n",
        r.problemCount(), r.problemCount() == 1 ? "" : "s");
    for (Problem p : r.problems()) {
      err.println(p);
    }
    if (r.problemCount() > r.problems().size()) {
      err.printf("... and %d more.%n", r.problemCount() - r.problems().size());
    }
    return null;
  }

  static final int EXIT_PROBLEMS = InventoryCommand.EXIT_PROBLEMS;
}
