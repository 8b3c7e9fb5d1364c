/**
 * GPC lines calculated from city activity data (fuel sold, electricity consumed, vehicle-km, waste
 * tonnes) by the company calculation engine with its factors: which activity types a GPC line
 * accepts, the exact sums of grams per line, and the merge with the lines a reporting sheet enters
 * as values. Values in, values out: no files, no storage.
 */
package org.scopeplus.core.city.activity;
