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
 * @param vintages role to the other vintages of its parameter (the same quantity published for
 *     other data years, e.g. the grid factors of 2021 and 2023 beside that of 2022, or for regions
 *     inside the methodology's own, e.g. the grid factor of each province of China): an event is
 *     counted with, for each role, the parameter of the most specific region containing the
 *     event's, and of that region the one of the event's own year or else of the nearest earlier
 *     year ({@link #parametersIn(String, int)}); an event earlier than every vintage of a role is
 *     refused
 * @param titleZh its title in Simplified Chinese, as its methodology file words it ({@code
 *     title_zh}); "" when it has none, and a Chinese page then shows {@link #title} as written
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
    Claiming claiming,
    Map<String, List<Parameter>> vintages,
    String titleZh) {

  public Methodology {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(version, "version");
    title = title == null ? action : title;
    titleZh = titleZh == null ? "" : titleZh.strip();
    Objects.requireNonNull(kind, "kind");
    dimensions = List.copyOf(kind.dimensions() != null ? kind.dimensions() : dimensions);
    if (dimensions.isEmpty() || dimensions.size() > 3) {
      throw new IllegalArgumentException(action + ": a methodology takes one to three quantities");
    }
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    List<String> problems = new ArrayList<>(kind.problems(parameters, dimensions));
    Map<String, Parameter> everyVintage = new LinkedHashMap<>(parameters);
    RegionValidity.requireNonNull(validity);
    if (vintages != null) {
      vintages.forEach(
          (role, others) -> {
            for (int i = 0; i < others.size(); i++) {
              Parameter other = others.get(i);
              if (validity.subRegionOf(other) == null) {
                everyVintage.put(role + " (vintage " + other.vintage() + ")", other);
              }
            }
          });
    }
    problems.addAll(validity.problems(everyVintage));
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
    Map<String, List<Parameter>> others = new LinkedHashMap<>();
    for (var e : (vintages == null ? Map.<String, List<Parameter>>of() : vintages).entrySet()) {
      Parameter main = parameters.get(e.getKey());
      if (main == null) {
        throw new IllegalArgumentException(
            action + ": vintages are given for role " + e.getKey() + ", which it does not have");
      }
      List<String> vintageProblems = new ArrayList<>();
      for (Parameter other : e.getValue()) {
        Map<String, Parameter> with = new LinkedHashMap<>(parameters);
        with.put(e.getKey(), other);
        vintageProblems.addAll(kind.problems(with, dimensions));
        if (!other.found()) {
          vintageProblems.add(
              "vintage " + other.key() + " of role " + e.getKey() + " has no value");
        }
        if (!other.unit().equalsIgnoreCase(main.unit())) {
          vintageProblems.add(
              "vintage "
                  + other.key()
                  + " of role "
                  + e.getKey()
                  + " is in "
                  + other.unit()
                  + ", not in "
                  + main.unit());
        }
      }
      if (!vintageProblems.isEmpty()) {
        throw new IllegalArgumentException(
            action
                + ": "
                + String.join("; ", List.copyOf(new java.util.LinkedHashSet<>(vintageProblems))));
      }
      others.put(e.getKey(), List.copyOf(e.getValue()));
    }
    vintages = Collections.unmodifiableMap(others);
  }

  /**
   * A methodology whose parameters each have one vintage, titled in one language only (a Chinese
   * page shows its title as written).
   */
  public Methodology(
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
        claiming,
        Map.of(),
        "");
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

  /** Parameters, of any vintage, whose value rests on a reprint or an unchecked source. */
  public List<Parameter> weakParameters() {
    List<Parameter> out = new ArrayList<>();
    for (var e : parameters.entrySet()) {
      if (e.getValue().weak()) {
        out.add(e.getValue());
      }
      for (Parameter other : vintages.getOrDefault(e.getKey(), List.of())) {
        if (other.weak()) {
          out.add(other);
        }
      }
    }
    return out;
  }

  /**
   * The parameter of each role an event of {@code year} is counted with: of all the role's
   * vintages, the one of {@code year}, else the nearest earlier; a parameter without a vintage (a
   * configured value, a definition) holds in every year and is taken when no dated one does. Null
   * when, for some role, every vintage is later than {@code year}: the methodology does not count
   * that year.
   */
  public Map<String, Parameter> parametersIn(int year) {
    return parametersIn("", year);
  }

  /**
   * The parameter of each role an event in {@code region} ("" for none) of {@code year} is counted
   * with: of the role's parameters whose region holds there, those of the most specific region (a
   * province's own grid factor before the country's), and of these the one of {@code year}, else
   * the nearest earlier; a parameter without a vintage holds in every year and is taken when no
   * dated one of its region does. Null when, for some role, no parameter holds in that year: the
   * methodology does not count it.
   */
  public Map<String, Parameter> parametersIn(String region, int year) {
    Map<String, Parameter> out = new LinkedHashMap<>();
    for (var e : parameters.entrySet()) {
      Parameter chosen =
          inRegionAndYear(e.getValue(), vintages.getOrDefault(e.getKey(), List.of()), region, year);
      if (chosen == null) {
        return null;
      }
      out.put(e.getKey(), chosen);
    }
    return out;
  }

  /**
   * The regions inside the methodology's own that some role has a parameter of its own for (the
   * provinces with their own grid factor), in the order first met: an event in one of them, or
   * inside one, is counted with that region's parameters where it has them.
   */
  public List<String> subRegions() {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (List<Parameter> others : vintages.values()) {
      for (Parameter p : others) {
        String r = validity.subRegionOf(p);
        if (r != null) {
          out.add(r);
        }
      }
    }
    return List.copyOf(out);
  }

  private Parameter inRegionAndYear(
      Parameter main, List<Parameter> others, String region, int year) {
    Parameter best = null;
    int bestRegion = -1;
    int bestYear = Integer.MIN_VALUE;
    List<Parameter> all = new ArrayList<>(others.size() + 1);
    all.add(main);
    all.addAll(others);
    for (Parameter p : all) {
      String sub = validity.subRegionOf(p);
      int specificity = 0;
      if (sub != null) {
        if (region.isEmpty() || !Regions.contains(sub, region)) {
          continue;
        }
        specificity = sub.length();
      }
      int y = p.vintageYear();
      if (y != Parameter.NO_VINTAGE && y > year) {
        continue;
      }
      int rank = y == Parameter.NO_VINTAGE ? Integer.MIN_VALUE : y;
      if (specificity > bestRegion
          || (specificity == bestRegion && (best == null || rank > bestYear))) {
        best = p;
        bestRegion = specificity;
        bestYear = rank;
      }
    }
    return best;
  }

  /**
   * The first year the methodology counts: the latest, over its roles, of the earliest vintage of
   * the role ({@link Integer#MIN_VALUE} when no parameter has a vintage).
   */
  public int firstYear() {
    int first = Integer.MIN_VALUE;
    for (var e : parameters.entrySet()) {
      int earliest = Integer.MAX_VALUE;
      List<Parameter> all = new ArrayList<>(vintages.getOrDefault(e.getKey(), List.of()));
      all.add(e.getValue());
      all.removeIf(p -> validity.subRegionOf(p) != null);
      for (Parameter p : all) {
        int y = p.vintageYear();
        earliest = Math.min(earliest, y == Parameter.NO_VINTAGE ? Integer.MIN_VALUE : y);
      }
      first = Math.max(first, earliest);
    }
    return first;
  }

  /**
   * A sentence naming, for an event of {@code year}, each role whose parameter is not of the
   * event's own year: its key, its vintage and that it is the nearest earlier one ("" when every
   * dated parameter is of the event's year or none is dated); or why the year is not counted.
   */
  public String vintageNote(int year) {
    return vintageNote("", year);
  }

  /**
   * {@link #vintageNote(int)} for an event in {@code region}: also names each role counted with the
   * parameter of a region inside the methodology's own.
   */
  public String vintageNote(String region, int year) {
    Map<String, Parameter> in = parametersIn(region, year);
    if (in == null) {
      return "no vintage of its parameters holds in "
          + year
          + ": "
          + action
          + " counts from "
          + firstYear();
    }
    List<String> earlier = new ArrayList<>();
    List<String> regional = new ArrayList<>();
    in.forEach(
        (role, p) -> {
          int y = p.vintageYear();
          if (y != Parameter.NO_VINTAGE && y != year) {
            earlier.add(role + " " + p.key() + " of " + y);
          }
          String sub = validity.subRegionOf(p);
          if (sub != null) {
            regional.add(role + " " + p.key() + " of " + sub);
          }
        });
    List<String> notes = new ArrayList<>();
    if (!earlier.isEmpty()) {
      notes.add("nearest earlier vintage for " + year + ": " + String.join(", ", earlier));
    }
    if (!regional.isEmpty()) {
      notes.add("region's own value: " + String.join(", ", regional));
    }
    return String.join("; ", notes);
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
   * Grams avoided per base unit of each quantity for an event of {@code year} (the parameters of
   * {@link #parametersIn(int)}), or null when the methodology does not count that year.
   *
   * @throws IllegalStateException when a parameter has no value
   */
  public double[] coefficients(int year) {
    return coefficients("", year);
  }

  /**
   * Grams avoided per base unit of each quantity for an event in {@code region} of {@code year}
   * (the parameters of {@link #parametersIn(String, int)}), or null when the methodology does not
   * count that year.
   *
   * @throws IllegalStateException when a parameter has no value
   */
  public double[] coefficients(String region, int year) {
    Map<String, Parameter> in = parametersIn(region, year);
    if (in == null) {
      return null;
    }
    for (var e : in.entrySet()) {
      if (!e.getValue().found()) {
        throw new IllegalStateException(id() + " needs a configured value for " + e.getKey());
      }
    }
    return kind.coefficients(in);
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
