package org.scopeplus.server.api;

import org.scopeplus.server.security.Caller;

/** The role checks of the API; each refusal is a 403 problem naming what the role lacks. */
final class Access {

  private Access() {}

  static void admin(Caller c) {
    if (!c.administers()) {
      throw ApiProblem.forbidden("only an admin may do this");
    }
  }

  static void writer(Caller c) {
    if (!c.writes()) {
      throw ApiProblem.forbidden("a " + c.role().label() + " reads but does not write");
    }
  }

  static void writesIn(Caller c, String orgUnitPath) {
    writer(c);
    if (!c.mayWriteIn(orgUnitPath)) {
      throw ApiProblem.forbidden(
          "org unit " + orgUnitPath + " is outside the org units you may write in");
    }
  }

  static void traces(Caller c) {
    if (!c.readsTraces()) {
      throw ApiProblem.forbidden("a viewer sees results but not traces or evidence");
    }
  }

  static void auditor(Caller c) {
    if (!c.readsAudit()) {
      throw ApiProblem.forbidden("only an admin or a verifier reads the audit trail");
    }
  }
}
