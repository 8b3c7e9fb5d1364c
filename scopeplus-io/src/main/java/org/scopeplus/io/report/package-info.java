/** Inventory output: text table, JSON and CSV, and the per-line trace. */
package org.scopeplus.io.report;
