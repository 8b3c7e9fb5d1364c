package org.scopeplus.energy.suggest;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One energy-saving suggestion with its yearly effect: energy saved (kWh), cost saved (in the
 * tariff's currency) and CO2 avoided (kg, at the grid factor given), the figures of the sentence
 * ({@link #arguments}) and the intervals of the data that show it ({@link #evidence}, ISO dates or
 * date-times, local).
 */
public record Suggestion(
    Rule rule,
    double kwhPerYear,
    double costPerYear,
    double co2KgPerYear,
    Object[] arguments,
    List<String> evidence) {

  /** The rules, each a key of the SuggestionText bundle. */
  public enum Rule {
    BASELOAD,
    PEAK_SHAVING,
    LOAD_SHIFTING,
    PV,
    COOLING_SETPOINT,
    HEATING_SETPOINT,
    ANOMALIES;

    /** The rule's key in the bundle and in JSON, e.g. {@code peak_shaving}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Suggestion {
    arguments = arguments.clone();
    evidence = List.copyOf(evidence);
  }

  /** The sentence in the language of the locale (English, or Chinese for {@code zh_CN}). */
  public String text(Locale locale) {
    ResourceBundle b =
        ResourceBundle.getBundle(
            "org.scopeplus.energy.suggest.SuggestionText",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(b.getString(rule.key()), locale).format(arguments);
  }
}
