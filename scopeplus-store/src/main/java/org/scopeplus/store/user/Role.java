package org.scopeplus.store.user;

import java.util.Locale;
import java.util.Optional;

/** What a user may do within their tenant. */
public enum Role {
  /** Everything in the tenant, including users and the base year. */
  ADMIN,
  /** Writes activity data and org structure, only within their org units; reads the rest. */
  DATA_OWNER,
  /** Reads everything, including traces and evidence; writes nothing (ISO 14064-3). */
  VERIFIER,
  /** Reads results; no traces. */
  VIEWER;

  /** The role's name as written in the API and the CLI: {@code admin}, {@code data-owner} ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses {@code admin}, {@code data-owner}, {@code data_owner}, {@code VERIFIER} ... */
  public static Optional<Role> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String n = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (Role r : values()) {
      if (r.name().equals(n)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
