package org.scopeplus.cli.scope3plus;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code scopeplus ecosystem}: the Scope 3+ ledger of emissions avoided by the platform's users,
 * kept apart from the inventory and from carbon credits.
 */
@Command(
    name = "ecosystem",
    mixinStandardHelpOptions = true,
    description = {
      "Scope 3+: emissions avoided by users' actions, counted once each, baseline minus project.",
      "A separate ledger: never netted against Scopes 1-3 or carbon credits."
    },
    subcommands = {
      IngestCommand.class,
      TotalsCommand.class,
      AccountCommand.class,
      StatementCommand.class,
      LeaderboardCommand.class,
      EraseCommand.class,
      ReverseCommand.class,
      DeductCommand.class,
      MethodologiesCommand.class
    })
public final class EcosystemCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
