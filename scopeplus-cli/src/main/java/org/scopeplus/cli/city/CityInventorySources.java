package org.scopeplus.cli.city;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.city.activity.CalculatedLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What a city command reads its inventories from, as the same options everywhere: a reporting
 * sheet, city activity files whose lines are calculated and merged with the sheet's, or activity
 * files alone for the {@code --city} and {@code --year} they name.
 */
final class CityInventorySources {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The reporting sheet (optional when --activity is given).")
  Path file;

  @Option(
      names = "--activity",
      paramLabel = "FILE",
      description =
          "A city activity file (CSV or XLSX, docs/city.md): lines calculated from activity data"
              + " (repeatable).")
  List<Path> activity = new ArrayList<>();

  @Option(
      names = "--city",
      description = "The city of a calculated-only inventory (without a sheet).")
  String city;

  @Option(
      names = "--year",
      description = "The year of a calculated-only inventory (without a sheet).")
  Integer year;

  /** What is wrong with the sheet, activity files, city and year given together, or null. */
  String refusal() {
    if (file == null && activity.isEmpty()) {
      return "give a reporting sheet FILE, one or more --activity FILE, or both";
    }
    if (file != null && (city != null || year != null)) {
      return "--city and --year name a calculated-only inventory; with a sheet, its rows name the"
          + " city and year";
    }
    if (file == null) {
      if (city == null || year == null) {
        return "without a reporting sheet, give the inventory's --city and --year";
      }
      return CityInventory.cityRefusal(city).or(() -> CityInventory.yearRefusal(year)).orElse(null);
    }
    return null;
  }

  /**
   * The inventories of the sheet (or the one named by {@code --city} and {@code --year}) with the
   * lines calculated from the activity files merged in, each inventory's calculated lines put in
   * {@code calculated}; null when the sheet or an activity file was refused (its problems printed).
   * Call after {@link #refusal()} found nothing wrong.
   */
  List<CityInventory> inventories(Map<CityInventory, List<CalculatedLine>> calculated)
      throws java.io.IOException {
    List<CityInventory> inventories =
        file != null ? CityCommand.read(file) : List.of(CityInventory.of(city, year, List.of()));
    if (inventories == null || activity.isEmpty()) {
      return inventories;
    }
    return ActivityLines.merge(file, inventories, activity, calculated);
  }
}
