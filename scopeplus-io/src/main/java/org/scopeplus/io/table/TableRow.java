package org.scopeplus.io.table;

/**
 * One data row of a table file.
 *
 * @param number the row number as a spreadsheet shows it: the header is row 1
 * @param cells the cells, in header order; missing cells are ""
 */
public record TableRow(long number, String[] cells) {}
