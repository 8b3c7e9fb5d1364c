package org.scopeplus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scopeplus.cli.inventory.InventoryCommand;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.FactorLibrary;
import org.scopeplus.core.factor.GasRate;
import org.scopeplus.core.text.Decimals;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.factor.FactorLibraryReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scopeplus factors [--search TEXT]}: the emission factors with their sources. */
@Command(
    name = "factors",
    mixinStandardHelpOptions = true,
    description = "List emission factors with region, validity, value and source.")
public final class FactorsCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--search",
      paramLabel = "TEXT",
      description = "Only factors whose id, key, region or source contains TEXT.")
  String search;

  @Option(
      names = "--factors",
      paramLabel = "FILE",
      description = "Also list (and check) a factor library of your own.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws java.io.IOException {
    PrintWriter out = spec.commandLine().getOut();
    ReferenceData data = BuiltInReferenceData.load();
    List<FactorLibrary> libraries = new ArrayList<>();
    for (Path p : files) {
      ReadResult<FactorLibrary> r = new FactorLibraryReader(data.gwps()).read(p);
      if (!r.ok()) {
        PrintWriter err = spec.commandLine().getErr();
        r.problems().forEach(err::println);
        err.flush();
        return InventoryCommand.EXIT_PROBLEMS;
      }
      libraries.add(r.value());
    }
    libraries.addAll(data.libraries());
    int shown = 0;
    for (FactorLibrary l : libraries) {
      for (EmissionFactor f : l.factors()) {
        String text =
            (f.id() + " " + f.activityKey() + " " + f.region() + " " + f.citation().shortText())
                .toLowerCase(Locale.ROOT);
        if (search != null && !text.contains(search.toLowerCase(Locale.ROOT))) {
          continue;
        }
        List<String> rates = new ArrayList<>();
        for (GasRate r : f.rates()) {
          rates.add(
              r.gasId() + " " + Decimals.plain(r.kgPerUnit()) + " kg/" + f.perUnit().symbol());
        }
        out.printf(
            "%s  [%s, %s, %s to %s, %s]%n    %s%n    %s%s%n",
            f.id(),
            f.activityKey(),
            f.region(),
            f.validFrom(),
            f.validTo(),
            f.type().label(),
            String.join("; ", rates),
            f.citation().shortText(),
            f.citation().url().isEmpty() ? "" : " " + f.citation().url());
        shown++;
      }
    }
    out.printf("%d factors.%n", shown);
    out.flush();
    return 0;
  }
}
