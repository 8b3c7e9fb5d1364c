package org.scopeplus.core.scope3plus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The set of methodologies a ledger counts with, one per action type, under a catalog version.
 *
 * @param version the catalog version, recorded with every ledger state
 * @param methodologies the methodologies, in file order
 * @param retired methodologies withdrawn from the catalog, by action, with the reason; a ledger
 *     that counted one restates its totals without it
 * @param recyclingCreditedSide the one side of a recycling chain credited (see {@link Claiming});
 *     the recycler by default, the project activity of CDM AMS-III.AJ
 * @param changes by action, the version changes of methodologies this catalog counts with: a ledger
 *     that counted an earlier version records the change as a restatement, with its reason
 */
public record MethodologyCatalog(
    String version,
    List<Methodology> methodologies,
    Map<String, Retirement> retired,
    Claiming.RecyclingSide recyclingCreditedSide,
    Map<String, VersionChange> changes) {

  /** A catalog whose methodologies state no version change. */
  public MethodologyCatalog(
      String version,
      List<Methodology> methodologies,
      Map<String, Retirement> retired,
      Claiming.RecyclingSide recyclingCreditedSide) {
    this(version, methodologies, retired, recyclingCreditedSide, Map.of());
  }

  /** A catalog crediting the recycler's side of a recycling chain (CDM AMS-III.AJ). */
  public MethodologyCatalog(
      String version, List<Methodology> methodologies, Map<String, Retirement> retired) {
    this(version, methodologies, retired, Claiming.RecyclingSide.RECYCLER);
  }

  /** This catalog crediting {@code side} of a recycling chain instead. */
  public MethodologyCatalog crediting(Claiming.RecyclingSide side) {
    return new MethodologyCatalog(version, methodologies, retired, side, changes);
  }

  /**
   * A methodology's change of version: a restatement of a ledger that counted the earlier one.
   *
   * @param action its action type
   * @param from the version before (a ledger whose state does not name the versions it counted
   *     under, written before versions were recorded, is taken to have counted this one)
   * @param changedIn the catalog version that made the change
   * @param reason what changed and why, in a sentence a verifier can follow
   */
  public record VersionChange(String action, String from, String changedIn, String reason) {
    public VersionChange {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(changedIn, "changedIn");
      Objects.requireNonNull(reason, "reason");
      if (reason.isBlank()) {
        throw new IllegalArgumentException("a version change states its reason");
      }
    }
  }

  /**
   * A methodology withdrawn from the catalog.
   *
   * @param action its action type
   * @param version its last version
   * @param retiredIn the catalog version that withdrew it
   * @param reason why, in a sentence a verifier can follow
   */
  public record Retirement(String action, String version, String retiredIn, String reason) {
    public Retirement {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(reason, "reason");
      if (reason.isBlank()) {
        throw new IllegalArgumentException("a retirement states its reason");
      }
    }
  }

  /** A catalog without retired methodologies. */
  public MethodologyCatalog(String version, List<Methodology> methodologies) {
    this(version, methodologies, Map.of());
  }

  public MethodologyCatalog {
    Objects.requireNonNull(version, "version");
    methodologies = List.copyOf(methodologies);
    retired = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(retired));
    Objects.requireNonNull(recyclingCreditedSide, "recyclingCreditedSide");
    changes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    if (recyclingCreditedSide == Claiming.RecyclingSide.NONE) {
      throw new IllegalArgumentException(
          "the credited side of recycling is the recycler or the buyer");
    }
    Map<String, Methodology> seen = new LinkedHashMap<>();
    for (Methodology m : methodologies) {
      if (seen.put(m.action(), m) != null) {
        throw new IllegalArgumentException("action " + m.action() + " has two methodologies");
      }
    }
    for (String action : retired.keySet()) {
      if (seen.containsKey(action)) {
        throw new IllegalArgumentException("action " + action + " is both counted and retired");
      }
    }
    for (VersionChange c : changes.values()) {
      Methodology m = seen.get(c.action());
      if (m == null) {
        throw new IllegalArgumentException(
            "a version change is stated for " + c.action() + ", which the catalog does not count");
      }
      if (m.version().equals(c.from())) {
        throw new IllegalArgumentException(
            "the version change of " + c.action() + " is from its own version " + c.from());
      }
    }
    if (methodologies.size() > 1023) {
      throw new IllegalArgumentException("a catalog holds at most 1023 methodologies");
    }
  }

  /** The methodology for an action type, or null. */
  public Methodology byAction(String action) {
    for (Methodology m : methodologies) {
      if (m.action().equals(action)) {
        return m;
      }
    }
    return null;
  }

  /** Index of an action in {@link #methodologies()}, or -1. */
  public int indexOf(String action) {
    for (int i = 0; i < methodologies.size(); i++) {
      if (methodologies.get(i).action().equals(action)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The action types of the catalog in the family of {@code action}, the same text before its first
   * "." ({@code refurbished.toaster} is of the family of {@code refurbished.laptop}), sorted: what
   * an event naming an action the catalog does not count, such as a device category without a
   * footprint, could have named. Empty when no action of the catalog is of that family.
   */
  public List<String> family(String action) {
    int dot = action.indexOf('.');
    String stem = dot < 0 ? action : action.substring(0, dot);
    java.util.TreeSet<String> out = new java.util.TreeSet<>();
    for (Methodology m : methodologies) {
      String a = m.action();
      if (a.equals(stem) || a.startsWith(stem + ".")) {
        out.add(a);
      }
    }
    return List.copyOf(out);
  }

  /** Action types whose methodology still needs a configured value. */
  public List<String> unusable() {
    List<String> out = new ArrayList<>();
    for (Methodology m : methodologies) {
      if (!m.usable()) {
        out.add(m.action());
      }
    }
    return out;
  }
}
