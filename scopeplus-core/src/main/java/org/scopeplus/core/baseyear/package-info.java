/**
 * The base year and its recalculation policy (GHG Protocol Corporate Standard, chapter 5; ISO
 * 14064-1 clause 6.4.1): when a structural change, a methodology change or a discovered error moves
 * the base-year emissions by the significance threshold or more, the base year is restated, and
 * every restatement is kept with its reason. Pure domain: the policy works over the repository
 * interfaces declared here ({@link org.scopeplus.core.baseyear.BaseYears}, {@link
 * org.scopeplus.core.baseyear.Restatements}, {@link org.scopeplus.core.baseyear.BaseYearRuns},
 * {@link org.scopeplus.core.baseyear.BaseYearHistory}), which a store implements.
 */
package org.scopeplus.core.baseyear;
