package org.scopeplus.cli.exchange;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scopeplus pact}: PACT clients of a running service. */
@Command(
    name = "pact",
    mixinStandardHelpOptions = true,
    description = "Product footprints over PACT v3: register the clients of a running service.",
    subcommands = {PactClientAddCommand.class})
public final class PactCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
