package org.scopeplus.cli.scope3plus;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.scopeplus.core.scope3plus.Account;
import org.scopeplus.core.scope3plus.AccountEntry;
import org.scopeplus.core.scope3plus.Points;
import org.scopeplus.io.scope3plus.StateStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ecosystem account ACTOR}: a personal carbon account's balance, points and history. */
@Command(
    name = "account",
    mixinStandardHelpOptions = true,
    description = "A pseudonymous actor's balance of grams avoided, points and history.")
final class AccountCommand implements Callable<Integer> {

  @Mixin StateOptions options;

  @Parameters(paramLabel = "ACTOR", description = "Pseudonymous actor id.")
  String actor;

  @Option(names = "--history", description = "List every counted event.")
  boolean history;

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
    StateStore store = options.open();
    Account a = store.ledger().account(actor);
    if (a == null) {
      return StateOptions.noAccount(spec, actor);
    }
    out.printf(
        "%s: %d g CO2e avoided, %s points, %d events%n",
        a.actor(), a.grams(), Points.text(a.points()), a.events());
    if (history) {
      for (AccountEntry e : store.history(actor)) {
        out.printf(
            "  %s  %s  %s  %s  %s  %d g  %s points%n",
            LocalDate.ofEpochDay(e.epochDay()),
            e.eventId(),
            e.programme(),
            e.action(),
            e.region(),
            e.grams(),
            Points.text(e.points()));
      }
    }
    out.flush();
    return 0;
  }
}
