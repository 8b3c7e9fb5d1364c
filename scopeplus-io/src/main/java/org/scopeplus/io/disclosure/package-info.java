/**
 * The annual report's renderings: JSON, an XLSX data pack whose figures are formulas over its lines
 * sheet, and a PDF in English or Simplified Chinese with a table of contents, page numbers and
 * charts. Each renders the same {@link org.scopeplus.core.disclosure.AnnualReport}.
 */
package org.scopeplus.io.disclosure;
