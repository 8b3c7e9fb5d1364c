package org.scopeplus.core.calculation;

/**
 * Which Scope 2 method a result line belongs to (GHG Protocol Scope 2 Guidance). Scope 2 lines come
 * in pairs, one per method; lines of other scopes belong to both totals.
 */
public enum Scope2Method {
  LOCATION,
  MARKET,
  NOT_APPLICABLE
}
