package org.scopeplus.core.city.ets;

import java.util.Optional;

/**
 * An account of the registry: a covered enterprise's holding account, or one of the authority's two
 * accounts, where allowances come from (issuance) and go to (cancellation). Only enterprise
 * accounts hold; the authority's balances count what has been issued and cancelled.
 */
public record EtsAccount(String id, String name, Kind kind) {

  /** The authority's issuance account: every allowance and CCER enters the registry from it. */
  public static final String ISSUANCE = "authority-issuance";

  /** The authority's cancellation account: surrendered and clawed-back units end there. */
  public static final String CANCELLATION = "authority-cancellation";

  /** What an account is for. */
  public enum Kind {
    ENTERPRISE,
    ISSUANCE,
    CANCELLATION
  }

  public static EtsAccount issuance() {
    return new EtsAccount(ISSUANCE, "Issuance account of the authority", Kind.ISSUANCE);
  }

  public static EtsAccount cancellation() {
    return new EtsAccount(CANCELLATION, "Cancellation account of the authority", Kind.CANCELLATION);
  }

  /** An enterprise's holding account. */
  public static EtsAccount enterprise(String id, String name) {
    return new EtsAccount(id, name, Kind.ENTERPRISE);
  }

  /** Why this account cannot be opened, if it cannot. */
  public Optional<String> refusal() {
    if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      return Optional.of(
          "an account id is 1 to 64 letters, digits, dots, dashes or underscores, starting with a"
              + " letter or digit");
    }
    if (kind == Kind.ENTERPRISE && id.startsWith("authority-")) {
      return Optional.of("account ids starting with 'authority-' belong to the authority");
    }
    if (name == null || name.isBlank() || name.length() > 300) {
      return Optional.of("an account has a name of 1 to 300 characters");
    }
    return Optional.empty();
  }

  /** Text of the account as stored, for its audit entry. */
  public String state() {
    return id + "|" + name + "|" + kind;
  }
}
