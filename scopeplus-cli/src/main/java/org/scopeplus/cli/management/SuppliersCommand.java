package org.scopeplus.cli.management;

import picocli.CommandLine.Command;

/** {@code scopeplus suppliers}: the supplier register and its engagement. */
@Command(
    name = "suppliers",
    mixinStandardHelpOptions = true,
    description = "Supplier engagement: science-based targets, data maturity, green label tiers.",
    subcommands = {SuppliersEngagementCommand.class})
public final class SuppliersCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
