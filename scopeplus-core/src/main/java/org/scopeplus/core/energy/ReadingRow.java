package org.scopeplus.core.energy;

/** One row of a meter file or API body as given: its row number and its two cells as text. */
public record ReadingRow(long row, String timestamp, String kwh) {}
