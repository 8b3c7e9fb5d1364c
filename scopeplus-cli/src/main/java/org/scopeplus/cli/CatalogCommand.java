package org.scopeplus.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.SubstanceRule;
import org.scopeplus.core.quantity.QuantityKind;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.report.InventoryTableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scopeplus catalog}: the activity types the calculation knows (docs/catalog.md). */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = "List the activity types: scope, category, method, units and factors.")
public final class CatalogCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--search",
      paramLabel = "TEXT",
      description = "Only types whose key or description contains TEXT.")
  String search;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String current = "";
    int shown = 0;
    for (ActivityType t : BuiltInReferenceData.load().catalog().types()) {
      if (search != null
          && !(t.key() + " " + t.description())
              .toLowerCase(Locale.ROOT)
              .contains(search.toLowerCase(Locale.ROOT))) {
        continue;
      }
      String heading =
          switch (t.scope()) {
            case SCOPE_1 -> "Scope 1";
            case SCOPE_2 -> "Scope 2 (location-based and market-based)";
            case SCOPE_3 ->
                "Scope 3, category "
                    + t.category()
                    + ": "
                    + InventoryTableWriter.categoryName(t.category());
          };
      if (!heading.equals(current)) {
        out.println();
        out.println(heading);
        current = heading;
      }
      List<String> kinds = new ArrayList<>();
      for (QuantityKind k : QuantityKind.values()) {
        if (t.quantityKinds().contains(k)) {
          kinds.add(k.label());
        }
      }
      out.printf(
          "  %-48s %-16s %s%n",
          t.key(),
          t.method(),
          String.join("|", kinds)
              + (t.substance() == SubstanceRule.REQUIRED ? "; needs substance" : "")
              + (t.sign() < 0 ? "; subtracted" : ""));
      if (!t.description().isEmpty()) {
        out.printf("      %s%n", t.description());
      }
      shown++;
    }
    out.printf("%n%d activity types. Details: docs/catalog.md%n", shown);
    out.flush();
    return 0;
  }
}
