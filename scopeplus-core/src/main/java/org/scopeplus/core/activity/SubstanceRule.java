package org.scopeplus.core.activity;

/** Whether an activity record must name the gas or refrigerant it releases. */
public enum SubstanceRule {
  /** The activity type implies its gases. */
  NONE,
  /** The record names the substance (e.g. R-410A for a refrigerant leak). */
  REQUIRED
}
