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
      m.parameters()
          .forEach(
              (role, p) ->
                  out.printf(
                      "  %-24s %-14s %-22s %s%n",
                      role,
                      p.found() ? String.valueOf(p.value()) : "(not found)",
                      p.unit(),
                      describe(p)));
    }
    out.flush();
    return 0;
  }

  private static String describe(Parameter p) {
    return p.key() + ": " + p.citation().shortText();
  }
}
