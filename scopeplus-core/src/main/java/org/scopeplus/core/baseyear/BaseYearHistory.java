package org.scopeplus.core.baseyear;

import java.util.Optional;

/**
 * Where the changes of a base year are recorded once they are kept (an audit trail). Each method
 * receives the state before and after, and a sentence saying what happened.
 */
public interface BaseYearHistory {

  /** A base year was set, replacing {@code before} if there was one. */
  void baseYearSet(
      String tenantId, String actor, Optional<BaseYear> before, BaseYear after, String sentence);

  /** A restatement was kept. */
  void restatementAdded(String tenantId, String actor, Restatement restatement, String sentence);

  /** The base year was restated: it is now stated by another run. */
  void baseYearRestated(
      String tenantId, String actor, BaseYear before, BaseYear after, String sentence);
}
