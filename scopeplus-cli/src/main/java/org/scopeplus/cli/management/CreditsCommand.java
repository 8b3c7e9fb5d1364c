package org.scopeplus.cli.management;

import picocli.CommandLine.Command;

/** {@code scopeplus credits}: carbon credit lots, retirements and the neutrality claim. */
@Command(
    name = "credits",
    mixinStandardHelpOptions = true,
    description = "Carbon credits: lots held and retired, and the neutrality claim of a year.",
    subcommands = {CreditsLotsCommand.class, CreditsClaimCommand.class})
public final class CreditsCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
