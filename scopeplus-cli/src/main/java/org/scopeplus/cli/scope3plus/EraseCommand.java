package org.scopeplus.cli.scope3plus;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ecosystem erase ACTOR}: a deletion request; programme totals stay as they were. */
@Command(
    name = "erase",
    mixinStandardHelpOptions = true,
    description = {
      "Erase an actor's account and history (deletion request).",
      "The events stay counted in programme totals without the actor id."
    })
final class EraseCommand implements Callable<Integer> {

  @Mixin StateOptions options;

  @Parameters(paramLabel = "ACTOR", description = "Pseudonymous actor id.")
  String actor;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!options.open().erase(actor)) {
      return StateOptions.noAccount(spec, actor);
    }
    spec.commandLine().getOut().println("Erased the account and history of " + actor + ".");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
