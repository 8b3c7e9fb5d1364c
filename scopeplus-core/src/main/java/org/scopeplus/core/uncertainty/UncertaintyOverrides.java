package org.scopeplus.core.uncertainty;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The user's own uncertainties, which replace the defaults: by activity type (for the activity
 * data) and by factor id (for the factor). Written {@code KEY=PERCENT} or {@code
 * KEY=PERCENT:lognormal}.
 *
 * @param byActivityType activity type key to the uncertainty of its activity data
 * @param byFactor factor id to the uncertainty of the factor
 */
public record UncertaintyOverrides(
    Map<String, Uncertainty> byActivityType, Map<String, Uncertainty> byFactor) {

  /** No overrides: every line takes the defaults. */
  public static final UncertaintyOverrides NONE = new UncertaintyOverrides(Map.of(), Map.of());

  public UncertaintyOverrides {
    byActivityType = Map.copyOf(byActivityType);
    byFactor = Map.copyOf(byFactor);
  }

  /** The outcome of reading one override. */
  public sealed interface Entry {}

  /** A readable override. */
  public record Accepted(String key, Uncertainty uncertainty) implements Entry {}

  /** An unreadable override, with the sentence that says why. */
  public record Refused(String reason) implements Entry {}

  /** Reads {@code KEY=PERCENT[:normal|lognormal]}; the distribution defaults to normal. */
  public static Entry parse(String text) {
    int eq = text == null ? -1 : text.lastIndexOf('=');
    if (eq <= 0) {
      return new Refused(
          "'" + text + "' is not KEY=PERCENT (e.g. fuel.diesel.stationary=5 or grid-cn=10:normal)");
    }
    String key = text.substring(0, eq).strip();
    String value = text.substring(eq + 1).strip();
    Distribution distribution = Distribution.NORMAL;
    int colon = value.indexOf(':');
    if (colon >= 0) {
      Optional<Distribution> d = Distribution.parse(value.substring(colon + 1));
      if (d.isEmpty()) {
        return new Refused(
            "'" + value.substring(colon + 1) + "' is not a distribution: normal or lognormal");
      }
      distribution = d.get();
      value = value.substring(0, colon).strip();
    }
    double percent;
    try {
      percent = Double.parseDouble(value.replace("%", "").toLowerCase(Locale.ROOT));
    } catch (NumberFormatException e) {
      return new Refused("'" + value + "' is not a percentage for " + key);
    }
    if (!(percent >= 0 && percent <= Uncertainty.MAX_RELATIVE95 * 100)) {
      return new Refused(
          "the uncertainty of "
              + key
              + " must be 0 to "
              + (int) (Uncertainty.MAX_RELATIVE95 * 100)
              + "%, not "
              + value);
    }
    return new Accepted(key, Uncertainty.percent(percent, distribution, "user override"));
  }

  /** These overrides with one more for an activity type. */
  public UncertaintyOverrides withActivityType(String key, Uncertainty u) {
    Map<String, Uncertainty> m = new HashMap<>(byActivityType);
    m.put(key, u);
    return new UncertaintyOverrides(m, byFactor);
  }

  /** These overrides with one more for a factor. */
  public UncertaintyOverrides withFactor(String key, Uncertainty u) {
    Map<String, Uncertainty> m = new HashMap<>(byFactor);
    m.put(key, u);
    return new UncertaintyOverrides(byActivityType, m);
  }
}
