package org.scopeplus.cli;

import org.scopeplus.cli.inventory.InventoryCommand;
import org.scopeplus.cli.scope3plus.EcosystemCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code scopeplus} command and its subcommands. */
@Command(
    name = "scopeplus",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Carbon accounting: greenhouse-gas inventories under ISO 14064-1 and the GHG Protocol.",
    subcommands = {
      InventoryCommand.class,
      org.scopeplus.cli.inventory.UncertaintyCommand.class,
      CatalogCommand.class,
      FactorsCommand.class,
      org.scopeplus.cli.demo.DemoCommand.class,
      org.scopeplus.cli.demo.GenerateCommand.class,
      org.scopeplus.cli.service.ServeCommand.class,
      org.scopeplus.cli.service.UserCommand.class,
      org.scopeplus.cli.service.AuditCommand.class,
      EcosystemCommand.class,
      org.scopeplus.cli.management.TargetsCommand.class,
      org.scopeplus.cli.management.CreditsCommand.class,
      org.scopeplus.cli.management.InstrumentsCommand.class,
      org.scopeplus.cli.management.IndicatorsCommand.class,
      org.scopeplus.cli.management.SuppliersCommand.class,
      org.scopeplus.cli.energy.EnergyCommand.class,
      org.scopeplus.cli.disclosure.ReportCommand.class,
      org.scopeplus.cli.exchange.PactCommand.class,
      org.scopeplus.cli.city.CityCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ScopePlusCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with ScopePlus's conventions (case-insensitive enum values). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new ScopePlusCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
