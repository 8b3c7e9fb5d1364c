package org.scopeplus.cli.management;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scopeplus.core.targets.ProgressOutcome;
import org.scopeplus.core.targets.Target;
import org.scopeplus.core.targets.TargetProgress;
import org.scopeplus.core.targets.YearProgress;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Prints targets' progress as a table for people or as JSON ({@code scopeplus.targets/1}). */
final class ProgressReport {

  private ProgressReport() {}

  static void table(
      List<ProgressOutcome> outcomes, List<Target> targets, int upTo, PrintStream out) {
    out.printf("Targets: progress with the actual years up to %d%n", upTo);
    for (int i = 0; i < outcomes.size(); i++) {
      Target t = targets.get(i);
      out.println();
      out.printf("%s  %s%n", t.id(), t.name());
      if (outcomes.get(i) instanceof ProgressOutcome.Refused r) {
        out.printf("  not measured: %s%n", r.reason());
        continue;
      }
      TargetProgress p = ((ProgressOutcome.Measured) outcomes.get(i)).progress();
      out.printf(
          "  %s target on %s: %s, %d to %d; target value %s%s%n",
          t.kind().label(),
          t.orgUnit(),
          t.measure(),
          t.baseYear(),
          t.targetYear(),
          TargetProgress.format(p.targetLevel(), p.unit()),
          t.criteria().isEmpty() ? "" : " (" + t.criteria() + " criteria)");
      out.printf("  pathway: %s%n", t.pathway().description());
      out.printf("  %s%n", p.baselineNote());
      out.printf("  %-6s %18s %18s %18s  %s%n", "year", "pathway", "actual", "gap", "status");
      for (YearProgress y : p.years()) {
        out.printf(
            "  %-6d %18s %18s %18s  %s%n",
            y.year(),
            number(y.pathway(), p.unit()),
            y.actual() == null ? "" : number(y.actual(), p.unit()),
            y.gap() == null ? "" : number(y.gap(), p.unit()),
            y.actual() == null ? "" : y.status().label());
      }
      out.printf("  unit: %s%n", p.unit());
      if (p.projection() != null) {
        out.printf(
            "  projection to %d: %s (%s)%n",
            p.projection().year(),
            TargetProgress.format(p.projection().value(), p.unit()),
            p.projection().method());
      }
      out.printf(
          "  => %s%n",
          p.explanation().toUpperCase(Locale.ROOT).charAt(0) + p.explanation().substring(1));
    }
  }

  static void json(
      List<ProgressOutcome> outcomes, List<Target> targets, int upTo, PrintStream out) {
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i) instanceof ProgressOutcome.Measured m) {
        items.add(m.progress());
      } else {
        Map<String, Object> refused = new LinkedHashMap<>();
        refused.put("target", targets.get(i));
        refused.put("refused", ((ProgressOutcome.Refused) outcomes.get(i)).reason());
        items.add(refused);
      }
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("schema", "scopeplus.targets/1");
    doc.put("upToYear", upTo);
    doc.put("targets", items);
    out.println(
        JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build()
            .writeValueAsString(doc));
  }

  private static String number(double v, String unit) {
    if (unit.equals("share")) {
      return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }
    if (Math.abs(v) >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
