package org.scopeplus.core.gas;

/**
 * Whether the carbon in an emission is fossil or biogenic. Biogenic CO2 is reported apart, outside
 * the scopes; under AR6, methane takes the fossil (29.8) or non-fossil (27.0) GWP by origin.
 */
public enum Origin {
  FOSSIL,
  BIOGENIC
}
