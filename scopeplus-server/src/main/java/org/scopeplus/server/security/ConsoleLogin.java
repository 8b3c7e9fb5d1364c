package org.scopeplus.server.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The console's login form: the same password check as Basic authentication of the API. */
final class ConsoleLogin implements AuthenticationProvider {

  /** Too many failed logins for the user or the address. */
  static final class Throttled extends AuthenticationException {
    private static final long serialVersionUID = 1L;
    final long retryAfterSeconds;

    Throttled(long retryAfterSeconds) {
      super("too many failed logins; try again in " + retryAfterSeconds + " seconds");
      this.retryAfterSeconds = retryAfterSeconds;
    }
  }

  private final CheckingPassword passwords;

  ConsoleLogin(CheckingPassword passwords) {
    this.passwords = passwords;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String login = authentication.getName() == null ? "" : authentication.getName().strip();
    Object credentials = authentication.getCredentials();
    String password = credentials == null ? "" : credentials.toString();
    String address =
        authentication.getDetails() instanceof WebAuthenticationDetails d
            ? d.getRemoteAddress()
            : "";
    CheckingPassword.Outcome outcome = passwords.check(login, password, address);
    if (outcome instanceof CheckingPassword.Outcome.Accepted a) {
      return new CallerAuthentication(Caller.of(a.user()), ConsoleSession.stampOf(a.user()));
    }
    if (outcome instanceof CheckingPassword.Outcome.Throttled t) {
      throw new Throttled(t.retryAfterSeconds());
    }
    throw new BadCredentialsException("wrong user name or password");
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
