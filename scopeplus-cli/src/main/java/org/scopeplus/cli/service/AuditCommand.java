package org.scopeplus.cli.service;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scopeplus audit}: the service's audit trail. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Check the service's tamper-evident audit trail.",
    subcommands = {AuditVerifyCommand.class})
public final class AuditCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
