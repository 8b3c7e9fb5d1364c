package org.scopeplus.cli.service;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scopeplus user}: local users of the service. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Manage the service's local users.",
    subcommands = {UserAddCommand.class})
public final class UserCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
