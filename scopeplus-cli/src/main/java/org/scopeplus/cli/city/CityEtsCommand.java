package org.scopeplus.cli.city;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.scopeplus.cli.options.TableOrJson;
import org.scopeplus.core.city.ets.AllocationPlan;
import org.scopeplus.core.city.ets.CompliancePosition;
import org.scopeplus.core.city.ets.EtsAccount;
import org.scopeplus.core.city.ets.EtsLedger;
import org.scopeplus.core.city.ets.EtsRules;
import org.scopeplus.core.city.ets.Unit;
import org.scopeplus.core.city.ets.Verification;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.city.ets.RegistryFolder;
import org.scopeplus.io.city.ets.RegistryRead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scopeplus city ets FOLDER}: the compliance of every enterprise and year of a registry
 * folder, replayed through the same ledger as the service ({@link EtsLedger}, {@link
 * CompliancePosition}).
 */
@Command(
    name = "ets",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the compliance of each enterprise and year of an emissions-trading registry folder"
          + " (docs/city.md): allocated, deducted, verified, surrendered, balance, status,"
          + " outstanding or shortfall, and the next year's deduction.",
      "The folder's allocations, verified emissions and transactions are replayed by the rules of"
          + " the service; a row the registry refuses is reported with its file, row and column.",
      "Exit 0 with the report; 1 when the folder has problems; 2 on a wrong option."
    })
public final class CityEtsCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FOLDER", description = "The registry folder.")
  Path folder;

  @Option(
      names = "--on",
      paramLabel = "DATE",
      description = "Judge compliance on this day, like 2024-01-15 (default: today, UTC).")
  String on;

  @Option(names = "--year", description = "Show this compliance year only (default: every year).")
  Integer year;

  @Option(
      names = "--penalty-ratio",
      defaultValue = "1",
      description =
          "Tonnes deducted from the next year's allocation per tonne of shortfall (default 1, as"
              + " in the national ETS).")
  double penaltyRatio;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table (default) or json (schema scopeplus.city-ets/1).")
  TableOrJson format;

  @Override
  public Integer call() throws IOException {
    LocalDate day;
    try {
      day = on == null ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(on);
    } catch (DateTimeParseException e) {
      System.err.println("--on is a date like 2024-01-15, not " + on);
      return 2;
    }
    if (year != null && (year < 2005 || year > 2100)) {
      System.err.println("--year must lie between 2005 and 2100");
      return 2;
    }
    EtsRules national = EtsRules.national();
    EtsRules rules =
        new EtsRules(
            national.offsetShare(),
            national.preAllocationShare(),
            national.deadlineYearsAfter(),
            national.deadline(),
            national.fineMinYuan(),
            national.fineMaxYuan(),
            true,
            penaltyRatio);
    if (rules.refusal().isPresent()) {
      System.err.println("--penalty-ratio: " + rules.refusal().get());
      return 2;
    }
    RegistryRead read = RegistryFolder.read(folder, rules);
    if (read instanceof RegistryRead.Refused r) {
      System.err.printf(
          "The registry folder was not read: %d problem%s.%n",
          r.problems().size(), r.problems().size() == 1 ? "" : "s");
      for (Problem p : r.problems()) {
        System.err.println(p);
      }
      return CityCommand.EXIT_PROBLEMS;
    }
    EtsLedger l = ((RegistryRead.Read) read).ledger();
    List<CompliancePosition> positions = positions(l, day, year);
    PrintWriter w =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    if (format == TableOrJson.json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("schema", "scopeplus.city-ets/1");
      doc.put("on", day.toString());
      doc.put("penaltyRatio", penaltyRatio);
      doc.put("positions", positions);
      Map<String, Object> totals = new LinkedHashMap<>();
      for (Unit u : Unit.values()) {
        totals.put(
            u.name().toLowerCase(Locale.ROOT),
            Map.of("issued", l.issued(u), "cancelled", l.cancelled(u), "held", l.held(u)));
      }
      doc.put("totals", totals);
      w.println(JsonMapper.builder().build().writeValueAsString(doc));
      return 0;
    }
    w.printf(
        "%-16s %5s %14s %12s %14s %14s %12s %14s  %-13s %14s %14s%n",
        "enterprise",
        "year",
        "allocated t",
        "deducted t",
        "verified t",
        "surrendered t",
        "of it CCER",
        "balance t",
        "status",
        "short/due t",
        "next-year -t");
    for (CompliancePosition p : positions) {
      w.printf(
          "%-16s %5d %,14d %,12d %14s %,14d %,12d %,14d  %-13s %,14d %,14d%n",
          p.enterprise(),
          p.year(),
          p.allocated(),
          p.deducted(),
          p.verified() == null ? "-" : String.format(Locale.ROOT, "%,d", p.verified()),
          p.surrenderedAllowances() + p.surrenderedCcer(),
          p.surrenderedCcer(),
          p.balance(),
          p.status(),
          p.outstanding(),
          p.nextYearDeduction());
    }
    w.printf(
        "Allowances issued %,d t, cancelled %,d t, held %,d t (judged on %s).%n",
        l.issued(Unit.ALLOWANCE), l.cancelled(Unit.ALLOWANCE), l.held(Unit.ALLOWANCE), day);
    return 0;
  }

  /** Every enterprise and year with a plan or verification, enterprises in the order opened. */
  static List<CompliancePosition> positions(EtsLedger l, LocalDate on, Integer only) {
    List<CompliancePosition> out = new ArrayList<>();
    for (EtsAccount a : l.enterprises()) {
      TreeSet<Integer> years = new TreeSet<>();
      l.plans().stream()
          .filter(p -> p.enterprise().equals(a.id()))
          .map(AllocationPlan::year)
          .forEach(years::add);
      l.verifications().stream()
          .filter(v -> v.enterprise().equals(a.id()))
          .map(Verification::year)
          .forEach(years::add);
      for (int y : years) {
        if (only == null || only == y) {
          out.add(CompliancePosition.of(l, a.id(), y, on));
        }
      }
    }
    return out;
  }
}
