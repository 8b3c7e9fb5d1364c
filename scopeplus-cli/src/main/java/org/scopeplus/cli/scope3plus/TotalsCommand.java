package org.scopeplus.cli.scope3plus;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scopeplus.cli.options.TableOrJson;
import org.scopeplus.core.scope3plus.AggregateRow;
import org.scopeplus.core.scope3plus.LedgerTotals;
import org.scopeplus.core.scope3plus.Progress;
import org.scopeplus.core.scope3plus.RejectionReason;
import org.scopeplus.core.scope3plus.Restatement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code ecosystem totals}: the aggregates, refusals, deductions and progress to 1.5 Gt. */
@Command(
    name = "totals",
    mixinStandardHelpOptions = true,
    description = "Scope 3+ totals per programme, action, region and month, and progress.")
final class TotalsCommand implements Callable<Integer> {

  @Mixin StateOptions options;

  @Option(names = "--format", defaultValue = "table", description = "table or json.")
  TableOrJson format;

  @Option(names = "--rows", description = "Also list every programme/action/region/month cell.")
  boolean rows;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try {
      return shown();
    } catch (org.scopeplus.core.scope3plus.LedgerOutOfRange e) {
      return StateOptions.outOfRange(spec, e);
    }
  }

  private Integer shown() throws Exception {
    org.scopeplus.io.scope3plus.StateStore store = options.open();
    LedgerTotals t = store.ledger().totals();
    java.util.List<Restatement> restatements = store.restatements();
    PrintWriter out = spec.commandLine().getOut();
    if (format == TableOrJson.json) {
      ObjectMapper json = JsonMapper.builder().build();
      ObjectNode root = toJson(json, t);
      ArrayNode rs = root.putArray("restatements");
      for (Restatement x : restatements) {
        rs.addObject()
            .put("kind", x.withdrawn() ? "withdrawn" : "version change")
            .put("action", x.action())
            .put("fromCatalog", x.fromCatalog())
            .put("toCatalog", x.toCatalog())
            .put("version", x.version())
            .put("newVersion", x.newVersion())
            .put("events", x.events())
            .put("grams", x.grams())
            .put("reason", x.reason());
      }
      out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    } else {
      table(out, t);
      restatements(out, restatements);
    }
    out.flush();
    return 0;
  }

  private ObjectNode toJson(ObjectMapper json, LedgerTotals t) {
    ObjectNode root = json.createObjectNode();
    root.put("ledger", "scope3plus-avoided-emissions");
    root.put(
        "note",
        "Avoided emissions: a separate ledger, not netted against Scopes 1-3 or carbon credits.");
    root.put("methodologies", t.catalogVersion());
    root.put("acceptedEvents", t.acceptedEvents());
    root.put("rejectedEvents", t.rejectedEvents());
    ObjectNode rej = root.putObject("rejections");
    t.rejections().forEach((r, n) -> rej.put(r.name(), n));
    root.put("grossGrams", t.grossGrams());
    root.put("weakGrams", t.weakGrams());
    root.put("attributedGrams", t.attributedGrams());
    root.put("unattributedGrams", t.grossGrams());
    root.put("deductedGrams", t.deductedGrams());
    root.put("netGrams", t.netGrams());
    map(root.putObject("byProgramme"), t.byProgramme());
    map(root.putObject("deductedByProgramme"), t.deductedByProgramme());
    map(root.putObject("byAction"), t.byAction());
    map(root.putObject("attributedByAction"), t.attributedByAction());
    map(root.putObject("byRegion"), t.byRegion());
    map(root.putObject("byMonth"), t.byMonth());
    ObjectNode p = root.putObject("progress");
    p.put("targetGrams", t.progress().targetGrams());
    p.put("cumulativeGrams", t.progress().cumulativeGrams());
    ArrayNode years = p.putArray("years");
    for (Progress.Year y : t.progress().years()) {
      years
          .addObject()
          .put("year", y.year())
          .put("grams", y.grams())
          .put("cumulativeGrams", y.cumulativeGrams())
          .put("pathwayGrams", y.pathwayGrams());
    }
    if (rows) {
      ArrayNode cells = root.putArray("rows");
      for (AggregateRow r : t.rows()) {
        cells
            .addObject()
            .put("programme", r.programme())
            .put("action", r.action())
            .put("region", r.region())
            .put("month", r.month())
            .put("events", r.events())
            .put("grams", r.grams())
            .put("weakGrams", r.weakGrams());
      }
    }
    return root;
  }

  private static void map(ObjectNode node, Map<String, Long> m) {
    m.forEach(node::put);
  }

  private void table(PrintWriter out, LedgerTotals t) {
    out.println(
        "Scope 3+ avoided emissions (separate ledger; not netted against Scopes 1-3 or credits)");
    out.printf("methodologies: %s%n", t.catalogVersion());
    out.printf("events counted: %d, refused: %d%n", t.acceptedEvents(), t.rejectedEvents());
    for (Map.Entry<RejectionReason, Long> e : t.rejections().entrySet()) {
      if (e.getValue() > 0) {
        out.printf("  %-28s %d%n", e.getKey(), e.getValue());
      }
    }
    out.printf("gross avoided:        %s%n", tonnes(t.grossGrams()));
    out.printf("  resting on weak values: %s%n", tonnes(t.weakGrams()));
    out.printf(
        "  attributed (attribution shares): %s, unattributed %s%n",
        tonnes(t.attributedGrams()), tonnes(t.grossGrams()));
    out.printf("credits sold deducted: %s%n", tonnes(t.deductedGrams()));
    out.printf("net Scope 3+ claim:   %s%n", tonnes(t.netGrams()));
    section(out, "programme", t.byProgramme());
    section(out, "action", t.byAction());
    section(out, "region", t.byRegion());
    section(out, "month", t.byMonth());
    out.printf(
        "progress 2021-2035: %s of %s (%.6f%%)%n",
        tonnes(t.progress().cumulativeGrams()),
        tonnes(t.progress().targetGrams()),
        t.progress().fraction() * 100);
    for (Progress.Year y : t.progress().years()) {
      if (y.grams() != 0) {
        out.printf(
            "  %d  %s  cumulative %s  pathway %s%n",
            y.year(), tonnes(y.grams()), tonnes(y.cumulativeGrams()), tonnes(y.pathwayGrams()));
      }
    }
    if (rows) {
      for (AggregateRow r : t.rows()) {
        out.printf(
            "  %s | %s | %s | %s | %d events | %d g%s%n",
            r.programme(),
            r.action(),
            r.region(),
            r.month(),
            r.events(),
            r.grams(),
            r.weakGrams() > 0 ? " [weak values]" : "");
      }
    }
  }

  /** The restatements of the ledger, each with its kind, its versions and its reason. */
  private static void restatements(PrintWriter out, java.util.List<Restatement> restatements) {
    if (restatements.isEmpty()) {
      return;
    }
    out.println("restatements:");
    for (Restatement x : restatements) {
      if (x.withdrawn()) {
        out.printf(
            "  %s %s withdrawn in %s: %d events, %s no longer counted; %s%n",
            x.action(), x.version(), x.toCatalog(), x.events(), tonnes(x.grams()), x.reason());
      } else {
        out.printf(
            "  %s %s -> %s in %s: %d events, %s counted under %s keep their grams; %s%n",
            x.action(),
            x.version(),
            x.newVersion(),
            x.toCatalog(),
            x.events(),
            tonnes(x.grams()),
            x.version(),
            x.reason());
      }
    }
  }

  private static void section(PrintWriter out, String name, Map<String, Long> m) {
    out.println("by " + name + ":");
    m.forEach((k, v) -> out.printf("  %-36s %s%n", k.isEmpty() ? "(none)" : k, tonnes(v)));
  }

  static String tonnes(long grams) {
    return String.format("%,.6f t CO2e", grams / 1_000_000.0);
  }
}
