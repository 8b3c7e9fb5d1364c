package org.scopeplus.cli.scope3plus;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.Parameter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ecosystem methodologies}: each methodology with its parameters and their sources. */
@Command(
    name = "methodologies",
    mixinStandardHelpOptions = true,
    description = "List methodologies, their parameters, sources, weak values and missing values.")
final class MethodologiesCommand implements Callable<Integer> {

  @Mixin StateOptions options;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    MethodologyCatalog c = options.catalog();
    out.println("catalog " + c.version());
    for (Methodology m : c.methodologies()) {
      String state =
          !m.usable()
              ? "NEEDS CONFIGURATION " + m.missing()
              : m.weak() ? "usable, flagged weak" : "usable";
      out.printf("%s@%s  %s  [%s]%n", m.action(), m.version(), m.kind(), state);
      out.printf("  baseline: %s%n", m.baselineNote());
      out.printf(
          "  contribution: %s; attribution share %s%n",
          m.claiming().contribution().isEmpty() ? "(not stated)" : m.claiming().contribution(),
          m.claiming().attributionShare());
      out.printf("  counts in: %s%n", String.join(", ", m.validity().regions()));
      m.validity()
          .businessAsUsual()
          .forEach((region, why) -> out.printf("  business as usual in %s: %s%n", region, why));
      m.validity()
          .transfers()
          .forEach((key, why) -> out.printf("  used outside its region: %s: %s%n", key, why));
      m.parameters()
          .forEach(
              (role, p) ->
                  out.printf(
                      "  %-24s %-14s %-22s %s%n",
                      role,
                      p.found() ? String.valueOf(p.value()) : "(not found)",
                      p.unit(),
                      describe(p)));
      m.vintages()
          .forEach(
              (role, others) ->
                  others.forEach(
                      p ->
                          out.printf(
                              "  %-24s %-14s %-22s %s%n",
                              role + " (other vintage)",
                              String.valueOf(p.value()),
                              p.unit(),
                              describe(p))));
      if (m.firstYear() != Integer.MIN_VALUE) {
        out.printf(
            "  counts events from %d (the latest first vintage of its parameters); each"
                + " parameter of the event's year, else of the nearest earlier%n",
            m.firstYear());
      }
    }
    c.changes()
        .values()
        .forEach(
            x ->
                out.printf(
                    "changed %s from %s in %s (a restatement of a ledger that counted %s): %s%n",
                    x.action(), x.from(), x.changedIn(), x.from(), x.reason()));
    c.retired()
        .values()
        .forEach(
            r ->
                out.printf(
                    "retired %s@%s in %s: %s%n",
                    r.action(), r.version(), r.retiredIn(), r.reason()));
    out.flush();
    return 0;
  }

  private static String describe(Parameter p) {
    String where =
        (p.region().isEmpty() ? "" : " [" + p.region() + "]")
            + (p.vintage().isEmpty() ? "" : " [vintage " + p.vintage() + "]");
    String what =
        p.found() || p.citation().notes().isEmpty()
            ? ""
            : " -- to configure: " + p.citation().notes();
    return p.key() + where + ": " + p.citation().shortText() + what;
  }
}
