package org.scopeplus.cli.scope3plus;

import java.util.concurrent.Callable;
import org.scopeplus.core.scope3plus.CreditDeduction;
import org.scopeplus.core.scope3plus.UtcCalendar;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ecosystem deduct}: credits sold out of a programme's activity leave the Scope 3+ claim.
 */
@Command(
    name = "deduct",
    mixinStandardHelpOptions = true,
    description = {
      "Deduct credits sold out of a programme's activity from its Scope 3+ claim.",
      "Each registry serial range or trade reference is deducted once."
    })
final class DeductCommand implements Callable<Integer> {

  @Mixin StateOptions options;

  @Option(names = "--programme", required = true, description = "The programme.")
  String programme;

  @Option(names = "--tonnes", required = true, description = "Whole tonnes CO2e sold.")
  long tonnes;

  @Option(names = "--month", required = true, paramLabel = "yyyy-MM", description = "Month.")
  String month;

  @Option(names = "--reference", required = true, description = "Registry serial range.")
  String reference;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    CreditDeduction d =
        new CreditDeduction(
            programme,
            UtcCalendar.parseMonth(month),
            Math.multiplyExact(tonnes, 1_000_000L),
            reference);
    try {
      var store = options.open();
      String beyond = store.ledger().deductionBeyondCounted(d);
      if (beyond != null) {
        spec.commandLine().getErr().println("Refused: " + beyond + "; nothing was deducted.");
        return 1;
      }
      if (!store.deduct(d)) {
        spec.commandLine().getErr().println("Reference " + reference + " was already deducted.");
        return 1;
      }
    } catch (org.scopeplus.core.scope3plus.LedgerOutOfRange e) {
      return StateOptions.outOfRange(spec, e);
    }
    spec.commandLine()
        .getOut()
        .printf("Deducted %d t from %s (%s).%n", tonnes, programme, reference);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
