package org.scopeplus.cli.management;

import picocli.CommandLine.Command;

/** {@code scopeplus targets}: targets and their progress. */
@Command(
    name = "targets",
    mixinStandardHelpOptions = true,
    description = "Targets and pathways: progress year by year, projection, on or off track.",
    subcommands = {TargetsProgressCommand.class})
public final class TargetsCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
