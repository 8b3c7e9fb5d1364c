package org.scopeplus.cli.scope3plus;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.scope3plus.PointsRates;
import org.scopeplus.io.scope3plus.IngestReport;
import org.scopeplus.io.scope3plus.StateStore;
import org.scopeplus.io.table.TableProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ecosystem ingest FILES...}: counts NDJSON or CSV events into the state directory. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Count events from NDJSON (.ndjson, .jsonl) or CSV files, each refusal with its reason.",
      "A file read before resumes where its last commit left it."
    })
final class IngestCommand implements Callable<Integer> {

  @Mixin StateOptions options;

  @Parameters(arity = "1..*", paramLabel = "FILES", description = "Event files.")
  List<Path> files;

  @Option(
      names = "--batch",
      defaultValue = "1000000",
      description = "Lines between durable commits (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(
      names = "--configuration",
      paramLabel = "CSV",
      description =
          "Configured methodology values (key,value,unit,source), stored in the state directory.")
  Path configuration;

  @Option(
      names = "--points-rate",
      paramLabel = "PROGRAMME=POINTS_PER_KG",
      description = "Points per kg CO2e avoided for a programme, for events counted from now on.")
  Map<String, Double> pointsRates;

  @Option(
      names = "--default-points-rate",
      paramLabel = "POINTS_PER_KG",
      description = "Points per kg CO2e for programmes without their own rate.")
  Double defaultPointsRate;

  @Option(
      names = "--expected-events",
      defaultValue = "1048576",
      description = "Sizing hint for the in-memory event-id set (default: ${DEFAULT-VALUE}).")
  int expectedEvents;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Why a rate given is not a points rate (0 to 10,000, at most three decimals), or null. */
  private String rateProblem() {
    if (defaultPointsRate != null) {
      String p = PointsRates.problem("--default-points-rate", defaultPointsRate);
      if (p != null) {
        return p;
      }
    }
    if (pointsRates != null) {
      for (Map.Entry<String, Double> e : pointsRates.entrySet()) {
        String p = PointsRates.problem("--points-rate " + e.getKey(), e.getValue());
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String rateProblem = rateProblem();
    if (rateProblem != null) {
      spec.commandLine().getErr().println(rateProblem + "; nothing was counted");
      spec.commandLine().getErr().flush();
      return 2;
    }
    Files.createDirectories(options.state);
    if (configuration != null) {
      try (var r =
          Files.newBufferedReader(configuration, java.nio.charset.StandardCharsets.UTF_8)) {
        org.scopeplus.io.scope3plus.MethodologyLibrary.builtIn(
            org.scopeplus.io.scope3plus.MethodologyLibrary.configuration(r));
      } catch (org.scopeplus.io.scope3plus.ConfigurationRefused refused) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(
            configuration + ": the configuration was refused; nothing was stored or counted:");
        refused.problems().forEach(p -> err.println("  " + p));
        err.flush();
        return 1;
      }
      Files.copy(
          configuration,
          options.state.resolve(StateOptions.CONFIGURATION),
          StandardCopyOption.REPLACE_EXISTING);
    }
    StateStore store = options.open(null, expectedEvents);
    if (pointsRates != null || defaultPointsRate != null) {
      PointsRates current = store.pointsRates();
      Map<String, Double> per = new java.util.LinkedHashMap<>(current.perKilogram());
      if (pointsRates != null) {
        per.putAll(pointsRates);
      }
      store.changePointsRates(
          new PointsRates(
              per, defaultPointsRate != null ? defaultPointsRate : current.defaultPerKilogram()));
    }
    long accepted = 0;
    long rejected = 0;
    for (Path f : files) {
      IngestReport r;
      try {
        r = store.ingest(f, batch);
      } catch (TableProblem e) {
        // what was committed before the row stays counted; the file resumes from there when fixed
        spec.commandLine().getErr().println(e.problem());
        spec.commandLine().getErr().flush();
        return 1;
      }
      accepted += r.accepted();
      rejected += r.rejectedTotal();
      out.printf(
          "%s: %d counted, %d refused%s%n",
          f,
          r.accepted(),
          r.rejectedTotal(),
          r.resumedAt() > 0 ? " (resumed at " + r.resumedAt() + ")" : "");
      r.rejected().forEach((reason, n) -> out.printf("  %-28s %d%n", reason, n));
      for (Problem p : r.problems().subList(0, Math.min(10, r.problems().size()))) {
        out.println("  " + p);
      }
      if (r.problems().size() > 10) {
        out.printf("  ... %d more refusals listed in the counts above%n", r.rejectedTotal() - 10);
      }
    }
    out.printf("total: %d counted, %d refused%n", accepted, rejected);
    out.flush();
    return 0;
  }
}
