/**
 * Calculation runs: a pure function of (the period's imports, factor libraries, GWP set, org
 * structure, engine version), stored with their manifest, results by every dimension and per-line
 * traces; runs compared side by side.
 */
package org.scopeplus.store.run;
