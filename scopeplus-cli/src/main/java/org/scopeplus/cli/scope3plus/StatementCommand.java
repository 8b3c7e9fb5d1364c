package org.scopeplus.cli.scope3plus;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.scopeplus.core.scope3plus.AccountEntry;
import org.scopeplus.core.scope3plus.MonthlyStatement;
import org.scopeplus.core.scope3plus.Points;
import org.scopeplus.core.scope3plus.UtcCalendar;
import org.scopeplus.io.scope3plus.StateStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ecosystem statement ACTOR --month yyyy-MM}: a personal account's monthly statement. */
@Command(
    name = "statement",
    mixinStandardHelpOptions = true,
    description = "A personal carbon account's statement for one month.")
final class StatementCommand implements Callable<Integer> {

  @Mixin StateOptions options;

  @Parameters(paramLabel = "ACTOR", description = "Pseudonymous actor id.")
  String actor;

  @Option(names = "--month", required = true, paramLabel = "yyyy-MM", description = "The month.")
  String month;

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
    if (store.ledger().account(actor) == null) {
      return StateOptions.noAccount(spec, actor);
    }
    MonthlyStatement s =
        MonthlyStatement.of(actor, UtcCalendar.parseMonth(month), store.history(actor));
    out.printf("Statement %s for %s%n", s.month(), s.actor());
    out.printf("opening balance: %d g CO2e%n", s.openingGrams());
    for (AccountEntry e : s.entries()) {
      out.printf(
          "  %s  %-32s %-16s %8d g  %6s points%n",
          LocalDate.ofEpochDay(e.epochDay()),
          e.action(),
          e.programme(),
          e.grams(),
          Points.text(e.points()));
    }
    s.gramsByAction().forEach((a, g) -> out.printf("  total %-26s %8d g%n", a, g));
    out.printf("this month: %d g CO2e, %s points%n", s.grams(), Points.text(s.points()));
    out.printf("closing balance: %d g CO2e%n", s.closingGrams());
    out.flush();
    return 0;
  }
}
