package org.scopeplus.core.disclosure;

/**
 * Who acts in review and sign-off. The service maps its roles onto these: a data owner submits its
 * org units, the carbon office (an admin) reviews, an admin approves, locks and reopens.
 */
public enum ReviewRole {
  /** Submits the org units it owns. */
  DATA_OWNER,
  /** Reviews, approves, locks and reopens; may submit every org unit. */
  ADMIN,
  /** Reads; never moves a period. */
  READER
}
