package org.scopeplus.core.scope3plus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A versioned way of counting one action type: a formula kind, the parameter for each role (each
 * with its citation), the dimension of each event quantity and the eligibility rules. A methodology
 * whose required parameter was not found is not usable until the value is configured; one that
 * rests on a secondary or unchecked value is usable but flagged weak beside every number.
 *
 * @param action the action type events name, e.g. {@code green_trip.bus}
 * @param version the methodology version, e.g. {@code 2021.1}
 * @param title a short human title
 * @param kind the formula kind
 * @param dimensions the dimension of each event quantity, in order
 * @param parameters role to parameter
 * @param eligibility rules an event must meet
 * @param baselineNote what the baseline scenario is, in a sentence
 * @param validity the regions the methodology counts in, where the action is business as usual, and
 *     the parameters it uses outside their own region with the reason
 * @param claiming the real-world action its events describe (shared with the methodologies that can
 *     describe the same action, so one action is counted once), its recycling side and the evidence
 *     an event must carry
 */
public record Methodology(
    String action,
    String version,
    String title,
    FormulaKind kind,
    List<Dimension> dimensions,
    Map<String, Parameter> parameters,
    Eligibility eligibility,
    String baselineNote,
    RegionValidity validity,
    Claiming claiming) {

  public Methodology {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(version, "version");
    title = title == null ? action : title;
    Objects.requireNonNull(kind, "kind");
    dimensions = List.copyOf(kind.dimensions() != null ? kind.dimensions() : dimensions);
    if (dimensions.isEmpty() || dimensions.size() > 3) {
      throw new IllegalArgumentException(action + ": a methodology takes one to three quantities");
    }
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    List<String> problems = new ArrayList<>(kind.problems(parameters, dimensions));
    problems.addAll(RegionValidity.requireNonNull(validity).problems(parameters));
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(action + ": " + String.join("; ", problems));
    }
    Objects.requireNonNull(eligibility, "eligibility");
    if (eligibility.maximumQuantities().size() > dimensions.size()) {
      throw new IllegalArgumentException(
          action + ": more plausibility bounds than quantities (" + dimensions.size() + ")");
    }
    baselineNote = baselineNote == null ? "" : baselineNote;
    claiming = claiming == null ? Claiming.own(action) : claiming;
  }

  /** A methodology describing an action of its own (see {@link Claiming#own}). */
  public Methodology(
      String action,
      String version,
      String title,
      FormulaKind kind,
      List<Dimension> dimensions,
      Map<String, Parameter> parameters,
      Eligibility eligibility,
      String baselineNote,
      RegionValidity validity) {
    this(
        action,
        version,
        title,
        kind,
        dimensions,
        parameters,
        eligibility,
        baselineNote,
        validity,
        Claiming.own(action));
  }

  /** A methodology that counts anywhere (its parameters all GLOBAL or without a region). */
  public Methodology(
      String action,
      String version,
      String title,
      FormulaKind kind,
      List<Dimension> dimensions,
      Map<String, Parameter> parameters,
      Eligibility eligibility,
      String baselineNote) {
    this(
        action,
        version,
        title,
        kind,
        dimensions,
        parameters,
        eligibility,
        baselineNote,
        RegionValidity.anywhere());
  }

  /** Roles whose parameter has no value: the methodology counts nothing until they are set. */
  public List<String> missing() {
    List<String> out = new ArrayList<>();
    parameters.forEach(
        (role, p) -> {
          if (!p.found()) {
            out.add(role);
          }
        });
    return out;
  }

  /** True when every parameter has a value. */
  public boolean usable() {
    return missing().isEmpty();
  }

  /** Parameters whose value rests on a reprint or an unchecked source. */
  public List<Parameter> weakParameters() {
    return parameters.values().stream().filter(Parameter::weak).toList();
  }

  /** True when a result of this methodology must be flagged as resting on a weak value. */
  public boolean weak() {
    return !weakParameters().isEmpty();
  }

  /** {@code action@version}. */
  public String id() {
    return action + "@" + version;
  }

  /**
   * Grams avoided per base unit of each quantity, {@code [c0, c1, c2, c01]}.
   *
   * @throws IllegalStateException when a parameter has no value
   */
  public double[] coefficients() {
    if (!usable()) {
      throw new IllegalStateException(id() + " needs configured values for " + missing());
    }
    return kind.coefficients(parameters);
  }

  /**
   * Avoided grams for quantities in base units (km, kg, kWh, h ...), rounded once, half-even.
   * Missing trailing quantities count as zero.
   */
  public long avoidedGrams(double... quantities) {
    double[] c = coefficients();
    double q0 = quantities.length > 0 ? quantities[0] : 0;
    double q1 = quantities.length > 1 ? quantities[1] : 0;
    double q2 = quantities.length > 2 ? quantities[2] : 0;
    return (long) Math.rint(c[0] * q0 + c[1] * q1 + c[2] * q2 + c[3] * q0 * q1);
  }
}
