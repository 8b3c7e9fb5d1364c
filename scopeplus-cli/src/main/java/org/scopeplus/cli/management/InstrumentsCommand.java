package org.scopeplus.cli.management;

import picocli.CommandLine.Command;

/** {@code scopeplus instruments}: contractual instruments for Scope 2 and the renewable share. */
@Command(
    name = "instruments",
    mixinStandardHelpOptions = true,
    description = "Green-power instruments: the renewable-electricity share by month (RE100).",
    subcommands = {InstrumentsShareCommand.class})
public final class InstrumentsCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
