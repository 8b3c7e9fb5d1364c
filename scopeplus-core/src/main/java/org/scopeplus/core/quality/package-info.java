/**
 * Data quality of result lines: the five GHG Protocol data-quality indicators (technological,
 * temporal and geographical representativeness, completeness, reliability), each scored 1 (very
 * good) to 5 (very poor) from the activity record and the factor by the rules in
 * docs/uncertainty.md.
 */
package org.scopeplus.core.quality;
