package org.scopeplus.cli.scope3plus;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.scopeplus.core.scope3plus.Account;
import org.scopeplus.core.scope3plus.Points;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ecosystem leaderboard}: the actors with the most grams avoided. */
@Command(
    name = "leaderboard",
    mixinStandardHelpOptions = true,
    description = "Actors ranked by grams avoided (pseudonymous ids only).")
final class LeaderboardCommand implements Callable<Integer> {

  @Mixin StateOptions options;

  @Option(
      names = "--limit",
      defaultValue = "10",
      description = "How many (default: ${DEFAULT-VALUE}).")
  int limit;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try {
      return shown();
    } catch (org.scopeplus.core.scope3plus.LedgerOutOfRange e) {
      return StateOptions.outOfRange(spec, e);
    }
  }

  private Integer shown() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Account> top = options.open().ledger().leaderboard(limit);
    int rank = 1;
    for (Account a : top) {
      out.printf(
          "%3d  %-24s %12d g  %8s points%n", rank++, a.actor(), a.grams(), Points.text(a.points()));
    }
    out.flush();
    return 0;
  }
}
