package org.scopeplus.core.gas;

/**
 * The IPCC assessment report whose 100-year global warming potentials a run uses. One set per
 * inventory, never mixed. AR5 (without climate-carbon feedback) is the default: it is what UNFCCC
 * Paris Agreement reporting prescribes (decision 18/CMA.1).
 */
public enum GwpSet {
  AR4,
  AR5,
  AR6;

  public static final GwpSet DEFAULT = AR5;
}
