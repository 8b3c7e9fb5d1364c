package org.scopeplus.cli.management;

import java.util.concurrent.Callable;
import org.scopeplus.core.credit.CreditLedger;
import org.scopeplus.core.credit.CreditLot;
import org.scopeplus.core.credit.Movement;
import org.scopeplus.io.demo.DemoCompany;
import org.scopeplus.io.demo.DemoManagement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code scopeplus credits lots --demo}: each lot with what it holds, and every movement. */
@Command(
    name = "lots",
    mixinStandardHelpOptions = true,
    description = "Each credit lot: registry, project, kind, serials, held and retired tonnes.")
public final class CreditsLotsCommand implements Callable<Integer> {

  @Option(
      names = "--demo",
      required = true,
      description = "The demo company, " + DemoCompany.NAME + ".")
  boolean demo;

  @Override
  public Integer call() {
    CreditLedger ledger = DemoManagement.credits();
    System.out.printf(
        "%-6s %-14s %-22s %-34s %7s %10s %10s  %s%n",
        "lot", "registry", "kind", "serials", "vintage", "held t", "retired t", "project");
    for (CreditLot l : ledger.lots()) {
      System.out.printf(
          "%-6s %-14s %-22s %-34s %7d %,10d %,10d  %s%s%n",
          l.id(),
          l.registry(),
          l.kind().label(),
          l.serials().toString(),
          l.vintage(),
          ledger.held(l.id()),
          ledger.retired(l.id()),
          l.project(),
          l.labels().isEmpty() ? "" : " [" + String.join(", ", l.labels()) + "]");
    }
    System.out.println();
    for (Movement m : ledger.movements()) {
      System.out.printf(
          "%s %s of %,d t from %s (%s)%s: %s%n",
          m.id(),
          m.kind().label(),
          m.quantity(),
          m.lotId(),
          m.serials(),
          m.kind() == Movement.Kind.RETIREMENT ? " for " + m.reportingYear() : "",
          m.purpose());
    }
    return 0;
  }
}
