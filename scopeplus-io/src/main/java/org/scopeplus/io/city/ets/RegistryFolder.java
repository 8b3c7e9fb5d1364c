package org.scopeplus.io.city.ets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.scopeplus.core.city.ets.AllocationMethod;
import org.scopeplus.core.city.ets.AllocationPlan;
import org.scopeplus.core.city.ets.EtsAccount;
import org.scopeplus.core.city.ets.EtsLedger;
import org.scopeplus.core.city.ets.EtsOutcome;
import org.scopeplus.core.city.ets.EtsRules;
import org.scopeplus.core.city.ets.Unit;
import org.scopeplus.core.city.ets.Verification;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.table.HeaderIndex;
import org.scopeplus.io.table.TableReader;
import org.scopeplus.io.table.TableRow;

/**
 * Reads a registry folder (docs/city.md, "Registry folder") and replays it through the core's
 * {@link EtsLedger}, so every rule of the service applies: {@code accounts.csv} (id, name), {@code
 * allocations.csv} (enterprise, year, method, coefficient, decline, factors, basis), {@code
 * verified.csv} (enterprise, year, emissions_t, output) and, optionally, {@code transactions.csv}
 * (date, kind, enterprise, counterparty, unit, year, tonnes, memo). The allocations are issued
 * first (pre-allocation on 1 January of the year; the true-up on the same day once verified), then
 * the transactions in date order. All or nothing: any problem refuses the folder, each naming its
 * file, row (the header is row 1) and column.
 */
public final class RegistryFolder {

  /** The most rows one file may have. */
  public static final int MAX_ROWS = 200_000;

  private static final int MAX_PROBLEMS = 100;

  private final List<Problem> problems = new ArrayList<>();

  private RegistryFolder() {}

  /** Reads the folder and replays it under {@code rules}. */
  public static RegistryRead read(Path dir, EtsRules rules) throws IOException {
    return new RegistryFolder().replay(dir, rules);
  }

  private record Row(String file, long row, Map<String, String> cells) {
    String get(String column) {
      return cells.getOrDefault(column, "");
    }
  }

  private record Transaction(Row row, LocalDate date) {}

  private RegistryRead replay(Path dir, EtsRules rules) throws IOException {
    if (!Files.isDirectory(dir)) {
      return new RegistryRead.Refused(
          List.of(new Problem(dir.toString(), 0, "", "no such folder")));
    }
    List<Row> accounts = rows(dir, "accounts.csv", List.of("id", "name"), List.of(), true);
    List<Row> allocations =
        rows(
            dir,
            "allocations.csv",
            List.of("enterprise", "year", "method", "coefficient", "basis"),
            List.of("decline", "factors"),
            true);
    List<Row> verified =
        rows(
            dir,
            "verified.csv",
            List.of("enterprise", "year", "emissions_t", "output"),
            List.of(),
            false);
    List<Row> transactions =
        rows(
            dir,
            "transactions.csv",
            List.of("date", "kind", "enterprise", "unit", "year", "tonnes"),
            List.of("counterparty", "memo"),
            false);
    if (!problems.isEmpty()) {
      return refused();
    }
    EtsLedger l = EtsLedger.empty(rules);
    for (Row r : accounts) {
      l = apply(l, r, "id", x -> x.open(EtsAccount.enterprise(r.get("id"), r.get("name"))));
    }
    List<AllocationPlan> plans = new ArrayList<>();
    for (Row r : allocations) {
      AllocationPlan p = plan(r);
      if (p != null) {
        plans.add(p);
        l = apply(l, r, "enterprise", x -> x.plan(p));
      }
    }
    if (!problems.isEmpty()) {
      return refused();
    }
    for (AllocationPlan p : plans) {
      Row r = allocations.get(plans.indexOf(p));
      LocalDate jan1 = LocalDate.of(p.year(), 1, 1);
      l =
          apply(
              l,
              r,
              "basis",
              x -> x.preAllocate(r.file() + ":" + r.row(), p.enterprise(), p.year(), jan1));
    }
    for (Row r : verified) {
      Integer year = year(r, "year");
      Long emissions = tonnes(r, "emissions_t", 0);
      Double output = number(r, "output");
      if (year == null || emissions == null || output == null) {
        continue;
      }
      l =
          apply(
              l,
              r,
              "enterprise",
              x -> x.verify(new Verification(r.get("enterprise"), year, emissions, output)));
      if (l.plan(r.get("enterprise"), year).isPresent() && problems.isEmpty()) {
        EtsOutcome<?> up =
            l.trueUp(r.file() + ":" + r.row(), r.get("enterprise"), year, LocalDate.of(year, 1, 1));
        if (up instanceof EtsOutcome.Done<?> d) {
          l = d.ledger();
        } else if (!((EtsOutcome.Refused<?>) up).reason().contains("already matches")) {
          problems.add(
              new Problem(r.file(), r.row(), "output", ((EtsOutcome.Refused<?>) up).reason()));
        }
      }
    }
    if (!problems.isEmpty()) {
      return refused();
    }
    List<Transaction> ordered = new ArrayList<>();
    for (Row r : transactions) {
      try {
        ordered.add(new Transaction(r, LocalDate.parse(r.get("date"))));
      } catch (DateTimeParseException e) {
        problems.add(
            new Problem(
                r.file(),
                r.row(),
                "date",
                "'" + r.get("date") + "' is not a date like 2024-03-01"));
      }
    }
    ordered.sort(java.util.Comparator.comparing(Transaction::date));
    for (Transaction t : ordered) {
      l = transaction(l, t);
      if (problems.size() >= MAX_PROBLEMS) {
        break;
      }
    }
    return problems.isEmpty() ? new RegistryRead.Read(l) : refused();
  }

  private EtsLedger transaction(EtsLedger l, Transaction t) {
    Row r = t.row();
    String kind = r.get("kind").toLowerCase(Locale.ROOT);
    Integer year = year(r, "year");
    Long tonnes = tonnes(r, "tonnes", 1);
    Unit unit =
        switch (r.get("unit").toLowerCase(Locale.ROOT)) {
          case "allowance" -> Unit.ALLOWANCE;
          case "ccer" -> Unit.CCER;
          default -> null;
        };
    if (unit == null) {
      problems.add(
          new Problem(
              r.file(), r.row(), "unit", "'" + r.get("unit") + "' is not allowance or ccer"));
    }
    if (year == null || tonnes == null || unit == null) {
      return l;
    }
    String id = r.file() + ":" + r.row();
    String enterprise = r.get("enterprise");
    return switch (kind) {
      case "offset" -> {
        if (unit != Unit.CCER) {
          problems.add(new Problem(r.file(), r.row(), "unit", "an offset credits ccer"));
          yield l;
        }
        yield apply(
            l,
            r,
            "tonnes",
            x -> x.issueOffsets(id, enterprise, year, tonnes, t.date(), r.get("memo")));
      }
      case "transfer" ->
          apply(
              l,
              r,
              "tonnes",
              x -> x.transfer(id, enterprise, r.get("counterparty"), unit, year, tonnes, t.date()));
      case "surrender" ->
          apply(
              l,
              r,
              "tonnes",
              x ->
                  x.surrender(
                      id,
                      enterprise,
                      year,
                      unit == Unit.ALLOWANCE ? tonnes : 0,
                      unit == Unit.CCER ? tonnes : 0,
                      t.date()));
      default -> {
        problems.add(
            new Problem(
                r.file(),
                r.row(),
                "kind",
                "'" + r.get("kind") + "' is not offset, transfer or surrender"));
        yield l;
      }
    };
  }

  /** Applies one change; a refusal becomes a problem of the row, naming the likeliest column. */
  private <T> EtsLedger apply(
      EtsLedger l, Row r, String column, Function<EtsLedger, EtsOutcome<T>> change) {
    EtsOutcome<T> o = change.apply(l);
    if (o instanceof EtsOutcome.Done<T> d) {
      return d.ledger();
    }
    String reason = ((EtsOutcome.Refused<T>) o).reason();
    String col = column;
    if (reason.startsWith("no account " + r.get("counterparty") + " ")
        && !r.get("counterparty").isEmpty()) {
      col = "counterparty";
    } else if (reason.startsWith("no account")) {
      col = "enterprise";
    } else if (reason.startsWith("the surrender deadline")) {
      col = "date";
    }
    problems.add(new Problem(r.file(), r.row(), col, reason));
    return l;
  }

  private AllocationPlan plan(Row r) {
    Integer year = year(r, "year");
    Double coefficient = number(r, "coefficient");
    Double basis = number(r, "basis");
    if (year == null || coefficient == null || basis == null) {
      return null;
    }
    AllocationMethod method;
    switch (r.get("method").toLowerCase(Locale.ROOT)) {
      case "benchmark" -> {
        Map<String, Double> factors = new LinkedHashMap<>();
        String text = r.get("factors");
        if (!text.isEmpty()) {
          for (String part : text.split(";")) {
            int eq = part.lastIndexOf('=');
            Double v = null;
            try {
              v = eq < 1 ? null : Double.valueOf(part.substring(eq + 1).strip());
            } catch (NumberFormatException e) {
              v = null;
            }
            if (v == null) {
              problems.add(
                  new Problem(
                      r.file(),
                      r.row(),
                      "factors",
                      "'" + part + "' is not a correction factor like cooling=1.05"));
              return null;
            }
            factors.put(part.substring(0, eq).strip(), v);
          }
        }
        method = new AllocationMethod.Benchmark(coefficient, factors);
      }
      case "intensity" -> {
        Double decline = r.get("decline").isEmpty() ? Double.valueOf(1) : number(r, "decline");
        if (decline == null) {
          return null;
        }
        method = new AllocationMethod.HistoricalIntensity(coefficient, decline);
      }
      case "grandfathering" -> method = new AllocationMethod.Grandfathering(coefficient);
      default -> {
        problems.add(
            new Problem(
                r.file(),
                r.row(),
                "method",
                "'" + r.get("method") + "' is not benchmark, intensity or grandfathering"));
        return null;
      }
    }
    Optional<String> wrong = method.refusal();
    if (wrong.isPresent()) {
      problems.add(
          new Problem(
              r.file(),
              r.row(),
              wrong.get().contains("factor") ? "factors" : "coefficient",
              wrong.get()));
      return null;
    }
    return new AllocationPlan(r.get("enterprise"), year, method, basis);
  }

  private Integer year(Row r, String column) {
    try {
      int y = Integer.parseInt(r.get(column));
      if (y >= 2005 && y <= 2100) {
        return y;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        new Problem(
            r.file(),
            r.row(),
            column,
            "'" + r.get(column) + "' is not a compliance year from 2005 to 2100"));
    return null;
  }

  private Long tonnes(Row r, String column, long least) {
    try {
      long t = Long.parseLong(r.get(column));
      if (t >= least && t <= EtsLedger.MAX_TONNES) {
        return t;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        new Problem(
            r.file(),
            r.row(),
            column,
            "'" + r.get(column) + "' is not a whole number of tonnes from " + least + " to 1e12"));
    return null;
  }

  private Double number(Row r, String column) {
    try {
      double v = Double.parseDouble(r.get(column));
      if (v >= 0 && v <= AllocationMethod.MAX_OUTPUT) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        new Problem(
            r.file(), r.row(), column, "'" + r.get(column) + "' is not a number from 0 to 1e12"));
    return null;
  }

  private List<Row> rows(
      Path dir, String name, List<String> required, List<String> optional, boolean mustExist)
      throws IOException {
    Path file = dir.resolve(name);
    List<Row> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      if (mustExist) {
        problems.add(new Problem(name, 0, "", "the registry folder has no " + name));
      }
      return out;
    }
    try (TableReader t = TableReader.open(file, name)) {
      HeaderIndex h = HeaderIndex.of(name, t.header(), required, optional);
      if (h.problemCount() > 0) {
        problems.addAll(h.problems());
        return out;
      }
      List<String> columns = new ArrayList<>(required);
      columns.addAll(optional);
      t.forEachRow(
          (TableRow row) -> {
            if (out.size() >= MAX_ROWS) {
              if (out.size() == MAX_ROWS) {
                problems.add(
                    new Problem(name, row.number(), "", "more than " + MAX_ROWS + " rows"));
                out.add(null);
              }
              return;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (String c : columns) {
              cells.put(c, h.cell(row, c));
            }
            out.add(new Row(name, row.number(), cells));
          });
    }
    out.removeIf(java.util.Objects::isNull);
    return out;
  }

  private RegistryRead refused() {
    return new RegistryRead.Refused(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
  }
}
