package org.scopeplus.cli.inventory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scopeplus.core.activity.AcceptedDates;
import org.scopeplus.io.run.InventoryRequest;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The activity files a command calculates and the options that choose what of them counts (the
 * year, the user's factor libraries, the org structure): one definition for {@code inventory} and
 * {@code uncertainty}, so both read the same inputs the same way.
 */
final class ActivityInputs {

  @Parameters(
      arity = "1..*",
      paramLabel = "FILES",
      description = "Activity data files (.csv or .xlsx); see docs/input-format.md.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--year", description = "Only records whose period starts in this year.")
  Integer year;

  @Option(
      names = "--factors",
      paramLabel = "FILE",
      description = "A factor library of your own, tried before the built-in one (repeatable).")
  List<Path> factors = new ArrayList<>();

  @Option(
      names = "--org",
      paramLabel = "FILE",
      description = "Org structure: ownership shares and control per org unit.")
  Path org;

  /**
   * True, with the refusal on standard error, when {@code --year} is outside the accepted dates.
   */
  boolean refusesYear() {
    if (year != null && !AcceptedDates.containsYear(year)) {
      System.err.println(AcceptedDates.refusal("--year", year));
      return true;
    }
    return false;
  }

  /**
   * The request for these inputs with {@code calculation}'s options and {@code metrics}, if any.
   */
  InventoryRequest request(CalculationOptions calculation, Path metrics) {
    return calculation.request(files, factors, org, metrics, year);
  }
}
