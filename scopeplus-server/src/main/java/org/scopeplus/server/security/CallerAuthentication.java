package org.scopeplus.server.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A caller the credentials filter has authenticated; it carries no secret. */
final class CallerAuthentication extends AbstractAuthenticationToken {

  private static final long serialVersionUID = 1L;

  private final transient Caller caller;
  private final String passwordStamp;

  CallerAuthentication(Caller caller) {
    this(caller, "");
  }

  /**
   * A caller signed in with a password; {@code passwordStamp} is the SHA-256 of the password hash
   * they signed in with, so a session ends when the password changes ({@link ConsoleSession}).
   */
  CallerAuthentication(Caller caller, String passwordStamp) {
    super(List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
    this.caller = caller;
    this.passwordStamp = passwordStamp;
    setAuthenticated(true);
  }

  /** The SHA-256 of the password hash signed in with, or "" for a request's own credentials. */
  String passwordStamp() {
    return passwordStamp;
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Caller getPrincipal() {
    return caller;
  }

  @Override
  public String getName() {
    return caller.username();
  }
}
