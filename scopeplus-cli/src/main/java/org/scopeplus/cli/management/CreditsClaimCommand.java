package org.scopeplus.cli.management;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scopeplus.cli.options.TableOrJson;
import org.scopeplus.core.credit.NeutralityClaim;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.core.targets.Coverage;
import org.scopeplus.io.demo.DemoCompany;
import org.scopeplus.io.demo.DemoManagement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scopeplus credits claim --demo}: the neutrality claim of a year, gross emissions from the
 * inventory and credits from the ledger, side by side.
 */
@Command(
    name = "claim",
    mixinStandardHelpOptions = true,
    description = {
      "The neutrality claim of a year, step by step, with its ISO 14068-1 and SBTi verdicts.",
      "Gross emissions, reductions against the base year, removals and offsets retired, residual."
    })
public final class CreditsClaimCommand implements Callable<Integer> {

  @Option(
      names = "--demo",
      required = true,
      description = "The demo company, " + DemoCompany.NAME + ".")
  boolean demo;

  @Option(
      names = "--year",
      description = "The reporting year (default: ${DEFAULT-VALUE}).",
      defaultValue = "2025")
  int year;

  @Option(
      names = "--scopes",
      description = "The scopes claimed for (default: ${DEFAULT-VALUE}).",
      defaultValue = "1+2")
  String scopes;

  @Option(
      names = "--scope2",
      description = "market or location (default: ${DEFAULT-VALUE}).",
      defaultValue = "market")
  String scope2;

  @Option(
      names = "--format",
      description = "table or json (default: ${DEFAULT-VALUE}).",
      defaultValue = "table")
  TableOrJson format;

  /** The demo's claim of a year: gross from its inventories, credits from its ledger. */
  static NeutralityClaim demoClaim(DemoYears years, Coverage coverage, int year) {
    var inventories = years.inventories();
    Totals now = inventories.get(year).totals();
    Totals base = inventories.get(DemoCompany.FIRST_YEAR).totals();
    Double avoided = DemoManagement.scope3PlusReductions().get(year);
    return NeutralityClaim.of(
        coverage.label(),
        year,
        coverage.gramsOf(now),
        DemoCompany.FIRST_YEAR,
        coverage.gramsOf(base),
        DemoManagement.credits().retiredFor(year),
        avoided == null ? -1 : Math.round(avoided * 1_000_000));
  }

  @Override
  public Integer call() throws IOException {
    var coverage = Coverage.parse(scopes, scope2);
    if (coverage.isEmpty()) {
      System.err.println("--scopes is e.g. 1+2 or 1+2+3, and --scope2 market or location");
      return 2;
    }
    if (year <= DemoCompany.FIRST_YEAR || year > DemoCompany.LAST_YEAR) {
      System.err.printf(
          "The demo's claims cover %d to %d (its base year is %d); there is no %d.%n",
          DemoCompany.FIRST_YEAR + 1, DemoCompany.LAST_YEAR, DemoCompany.FIRST_YEAR, year);
      return 2;
    }
    NeutralityClaim claim = demoClaim(DemoYears.demo(), coverage.get(), year);
    if (format == TableOrJson.json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("schema", "scopeplus.neutrality-claim/1");
      doc.put("claim", claim);
      System.out.println(
          JsonMapper.builder()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .build()
              .writeValueAsString(doc));
      return 0;
    }
    System.out.printf("Neutrality claim of %s, %s, %d%n%n", DemoCompany.NAME, claim.scope(), year);
    for (NeutralityClaim.Line l : claim.lines()) {
      System.out.printf(Locale.ROOT, "  %-80s %,16.0f t%n", l.step(), l.tonnes());
    }
    System.out.println();
    System.out.printf(
        "  carbon neutral (ISO 14068-1:2023): %s%n  net zero (SBTi Net-Zero Standard): %s%n",
        claim.carbonNeutral() ? "holds" : "does not hold",
        claim.netZero() ? "holds" : "does not hold");
    for (String r : claim.reasons()) {
      System.out.println("  - " + r);
    }
    return 0;
  }
}
