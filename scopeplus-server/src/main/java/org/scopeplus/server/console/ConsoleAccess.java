package org.scopeplus.server.console;

import org.scopeplus.server.security.Caller;

/**
 * The role checks of the console: the same predicates of {@link Caller} as the API's checks, each
 * refusal a 403 page naming what the role lacks.
 */
final class ConsoleAccess {

  private ConsoleAccess() {}

  static void admin(Caller c) {
    if (!c.administers()) {
      throw PageRefused.forbidden("refused.admin");
    }
  }

  static void writer(Caller c) {
    if (!c.writes()) {
      throw PageRefused.forbidden("refused.writer");
    }
  }

  static void traces(Caller c) {
    if (!c.readsTraces()) {
      throw PageRefused.forbidden("refused.traces");
    }
  }

  static void auditor(Caller c) {
    if (!c.readsAudit()) {
      throw PageRefused.forbidden("refused.audit");
    }
  }
}
