package org.scopeplus.core.city.ets;

/** What a posting moves: emission allowances, or offset credits (CCER), both in whole tonnes. */
public enum Unit {
  /** Emission allowances (配额), issued by the authority for a compliance year (their vintage). */
  ALLOWANCE,
  /** China Certified Emission Reductions (核证自愿减排量), usable for part of a surrender. */
  CCER
}
