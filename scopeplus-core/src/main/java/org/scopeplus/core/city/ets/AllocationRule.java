package org.scopeplus.core.city.ets;

import java.util.Optional;

/**
 * The authority's allocation rule for a scheme (an industry or sub-industry, e.g. {@code
 * power-coal-300mw}) and compliance year: the method every plan of that scheme is allocated by,
 * with the source the authority published it in. Setting it again replaces it; plans of the scheme
 * use the rule as it stands when their allowances are issued or trued up.
 */
public record AllocationRule(String scheme, int year, AllocationMethod method, String source) {

  /** Why this rule cannot be used, if it cannot. */
  public Optional<String> refusal() {
    if (scheme == null || !scheme.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
      return Optional.of(
          "a scheme is 1 to 64 lower-case letters, digits, dots, dashes or underscores");
    }
    if (year < 2005 || year > 2100) {
      return Optional.of("a compliance year is between 2005 and 2100, not " + year);
    }
    if (method == null) {
      return Optional.of("a rule names its method");
    }
    if (source == null || source.isBlank() || source.length() > 500) {
      return Optional.of("a rule names its source (the published plan) in 1 to 500 characters");
    }
    return method.refusal();
  }

  /** Text of the rule as stored. */
  public String state() {
    return scheme + "|" + year + "|" + method.state() + "|" + source;
  }
}
