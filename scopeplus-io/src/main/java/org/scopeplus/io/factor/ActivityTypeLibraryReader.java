package org.scopeplus.io.factor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.scopeplus.core.activity.ActivityCatalog;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Scope;
import org.scopeplus.core.activity.SubstanceRule;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.problem.ProblemTally;
import org.scopeplus.core.quantity.QuantityKind;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.table.HeaderIndex;
import org.scopeplus.io.table.TableProblem;
import org.scopeplus.io.table.TableReader;
import org.scopeplus.io.table.TableRow;

/**
 * Reads the activity types a user library declares, in the columns of the built-in catalog
 * (docs/factor-library-format.md, "Your own activity types"), and checks each as the built-in
 * catalog is checked: a new key in the built-in spelling, a scope with its category, a method of
 * the catalog, quantity kinds, factor keys that some factor library holds, a substance rule, a
 * sign. A file with any problem is refused whole, each problem with file, row and column.
 */
public final class ActivityTypeLibraryReader {

  public static final List<String> REQUIRED =
      List.of("key", "scope", "category", "method", "quantity_kinds", "factor_keys");
  public static final List<String> OPTIONAL =
      List.of("market_factor_keys", "substance", "sign", "negative_allowed", "description");

  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_.\\-]{0,99}");

  private final ActivityCatalog catalog;
  private final Predicate<String> knownFactorKey;

  /**
   * @param catalog the catalog the types are added to: their keys must be new and their method one
   *     of its methods
   * @param knownFactorKey whether a factor key is held by some factor library of the run
   */
  public ActivityTypeLibraryReader(ActivityCatalog catalog, Predicate<String> knownFactorKey) {
    this.catalog = catalog;
    this.knownFactorKey = knownFactorKey;
  }

  /** True when a table's header is that of an activity-type library rather than a factor one. */
  public static boolean declaresTypes(List<String> header) {
    return header.contains("key") && header.contains("quantity_kinds");
  }

  /** Reads the types of a user file. */
  public ReadResult<List<ActivityType>> read(Path path) throws IOException {
    try (TableReader table = TableReader.open(path)) {
      return read(table);
    } catch (TableProblem e) {
      return ReadResult.failed(e.problem());
    }
  }

  private ReadResult<List<ActivityType>> read(TableReader table) throws IOException {
    String file = table.name();
    HeaderIndex h = HeaderIndex.of(file, table.header(), REQUIRED, OPTIONAL);
    if (!h.problems().isEmpty()) {
      return ReadResult.failed(h.tally());
    }
    Set<String> methods = new HashSet<>();
    for (ActivityType t : catalog.types()) {
      methods.add(t.method());
    }
    ProblemTally problems = new ProblemTally();
    List<ActivityType> types = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try {
      table.forEachRow(row -> readRow(file, h, row, methods, seen, types, problems));
    } catch (TableProblem e) {
      problems.add(e.problem());
    }
    if (!problems.isEmpty()) {
      return ReadResult.failed(problems);
    }
    return ReadResult.of(List.copyOf(types));
  }

  private void readRow(
      String file,
      HeaderIndex h,
      TableRow row,
      Set<String> methods,
      Set<String> seen,
      List<ActivityType> out,
      ProblemTally tally) {
    List<Problem> p = new ArrayList<>();
    long n = row.number();
    String key = h.cell(row, "key");
    if (!KEY.matcher(key).matches()) {
      p.add(
          new Problem(
              file,
              n,
              "key",
              "key '"
                  + key
                  + "' is not a key: lower-case letters, digits, '.', '_' and '-', at most 100,"
                  + " e.g. s1.stationary.hydrogen"));
    } else if (catalog.type(key).isPresent()) {
      p.add(
          new Problem(
              file,
              n,
              "key",
              "activity type "
                  + key
                  + " is already in the catalog ("
                  + catalog.origin(key)
                  + "); a library adds types, it never redefines one"));
    } else if (!seen.add(key)) {
      p.add(new Problem(file, n, "key", "activity type " + key + " is declared twice"));
    }
    int scope = integer(file, n, h, row, "scope", p);
    int category = integer(file, n, h, row, "category", p);
    if (scope != Integer.MIN_VALUE && (scope < 1 || scope > 3)) {
      p.add(new Problem(file, n, "scope", "scope must be 1, 2 or 3, not " + scope));
    } else if (scope != Integer.MIN_VALUE && category != Integer.MIN_VALUE) {
      if (scope == 3 ? category < 1 || category > 15 : category != 0) {
        p.add(
            new Problem(
                file,
                n,
                "category",
                "a Scope 3 type needs a category 1 to 15, a Scope 1 or 2 type category 0"));
      }
    }
    String method = h.cell(row, "method");
    if (!methods.contains(method)) {
      p.add(
          new Problem(
              file,
              n,
              "method",
              "method '"
                  + method
                  + "' is not a method of the catalog: "
                  + String.join(", ", new java.util.TreeSet<>(methods))));
    }
    Set<QuantityKind> kinds = EnumSet.noneOf(QuantityKind.class);
    for (String k : split(h.cell(row, "quantity_kinds"))) {
      try {
        kinds.add(QuantityKind.valueOf(k.toUpperCase(Locale.ROOT).replace(' ', '_')));
      } catch (IllegalArgumentException e) {
        p.add(
            new Problem(
                file,
                n,
                "quantity_kinds",
                "'" + k + "' is not a unit dimension (energy, mass, volume, distance, ...)"));
      }
    }
    if (split(h.cell(row, "quantity_kinds")).isEmpty()) {
      p.add(new Problem(file, n, "quantity_kinds", "quantity_kinds is empty"));
    }
    List<String> factorKeys = split(h.cell(row, "factor_keys"));
    List<String> marketKeys = split(h.cell(row, "market_factor_keys"));
    if (factorKeys.isEmpty()) {
      p.add(new Problem(file, n, "factor_keys", "factor_keys is empty"));
    }
    for (String k : factorKeys) {
      if (!knownFactorKey.test(k)) {
        p.add(
            new Problem(
                file,
                n,
                "factor_keys",
                "no factor library of this run has a factor for '" + k + "'"));
      }
    }
    if (!marketKeys.isEmpty() && scope != 2) {
      p.add(
          new Problem(
              file, n, "market_factor_keys", "only a Scope 2 type has market-based factor keys"));
    }
    for (String k : marketKeys) {
      if (!knownFactorKey.test(k)) {
        p.add(
            new Problem(
                file,
                n,
                "market_factor_keys",
                "no factor library of this run has a factor for '" + k + "'"));
      }
    }
    String substanceText = h.cell(row, "substance");
    SubstanceRule substance = SubstanceRule.NONE;
    if (!substanceText.isEmpty()) {
      try {
        substance = SubstanceRule.valueOf(substanceText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        p.add(new Problem(file, n, "substance", "substance must be none or required"));
      }
    }
    String signText = h.cell(row, "sign");
    int sign = 1;
    if (signText.equals("-1")) {
      sign = -1;
    } else if (!signText.isEmpty() && !signText.equals("1") && !signText.equals("+1")) {
      p.add(new Problem(file, n, "sign", "sign must be 1 or -1"));
    }
    String negativeText = h.cell(row, "negative_allowed").toLowerCase(Locale.ROOT);
    if (!negativeText.isEmpty() && !negativeText.equals("true") && !negativeText.equals("false")) {
      p.add(new Problem(file, n, "negative_allowed", "negative_allowed must be true or false"));
    }
    if (!p.isEmpty()) {
      tally.addAll(p);
      return;
    }
    out.add(
        new ActivityType(
            key,
            Scope.of(scope),
            category,
            method,
            kinds,
            factorKeys,
            marketKeys,
            substance,
            sign,
            negativeText.equals("true"),
            h.cell(row, "description")));
  }

  private static int integer(
      String file, long n, HeaderIndex h, TableRow row, String column, List<Problem> p) {
    String v = h.cell(row, column);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      p.add(new Problem(file, n, column, column + " '" + v + "' is not a whole number"));
      return Integer.MIN_VALUE;
    }
  }

  private static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    for (String part : s.split("\\|")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }
}
