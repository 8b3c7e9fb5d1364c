package org.scopeplus.io.disclosure;

/** A report that cannot be rendered here, with the sentence that says why and what to do. */
public final class ReportRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReportRefused(String sentence) {
    super(sentence);
  }
}
