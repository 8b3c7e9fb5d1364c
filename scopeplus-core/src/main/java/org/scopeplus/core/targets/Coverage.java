package org.scopeplus.core.targets;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.scopeplus.core.inventory.Totals;

/**
 * The scopes an emissions target covers, and which Scope 2 method it is stated in (a target on
 * Scope 2 says whether it is market-based or location-based, GHG Protocol Scope 2 Guidance, 7.1).
 *
 * @param scopes 1, 2 and 3, in any combination
 * @param scope2Market true for Scope 2 market-based, false for location-based
 */
public record Coverage(Set<Integer> scopes, boolean scope2Market) {

  public Coverage {
    scopes = Set.copyOf(scopes);
  }

  /**
   * Reads {@code 1+2}, {@code 3}, {@code 1+2+3}; {@code basis} is {@code market} or {@code
   * location} and is needed when Scope 2 is covered.
   */
  public static Optional<Coverage> parse(String text, String basis) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Set<Integer> s = new TreeSet<>();
    for (String part : text.split("\\+")) {
      String p = part.strip().toLowerCase(Locale.ROOT).replace("scope", "").strip();
      if (!(p.equals("1") || p.equals("2") || p.equals("3"))) {
        return Optional.empty();
      }
      s.add(Integer.parseInt(p));
    }
    boolean market = basis == null || basis.isBlank() || basis.strip().equalsIgnoreCase("market");
    if (basis != null
        && !basis.isBlank()
        && !basis.strip().equalsIgnoreCase("market")
        && !basis.strip().equalsIgnoreCase("location")) {
      return Optional.empty();
    }
    return Optional.of(new Coverage(s, market));
  }

  /** The grams CO2e of the covered scopes in {@code t}, added exactly. */
  public long gramsOf(Totals t) {
    long g = 0;
    if (scopes.contains(1)) {
      g = Math.addExact(g, t.scope1());
    }
    if (scopes.contains(2)) {
      g = Math.addExact(g, scope2Market ? t.scope2Market() : t.scope2Location());
    }
    if (scopes.contains(3)) {
      g = Math.addExact(g, t.scope3());
    }
    return g;
  }

  /** E.g. {@code Scopes 1+2 (market-based)}. */
  public String label() {
    StringJoiner j = new StringJoiner("+");
    scopes.stream().sorted().forEach(n -> j.add(Integer.toString(n)));
    String s = (scopes.size() == 1 ? "Scope " : "Scopes ") + j;
    if (scopes.contains(2)) {
      s += scope2Market ? " (market-based)" : " (location-based)";
    }
    return s;
  }

  /** {@code 1+2}, as {@link #parse} reads it. */
  public String text() {
    StringJoiner j = new StringJoiner("+");
    scopes.stream().sorted().forEach(n -> j.add(Integer.toString(n)));
    return j.toString();
  }
}
