package org.scopeplus.server.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are hashed (BCrypt) and how strong they must be. */
public final class Passwords {

  /** Shortest password accepted. */
  public static final int MIN_LENGTH = 12;

  private static final PasswordEncoder ENCODER = new BCryptPasswordEncoder(10);

  private Passwords() {}

  public static PasswordEncoder encoder() {
    return ENCODER;
  }

  /** Why a password is refused, or null when it is acceptable. */
  public static String weakness(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return "a password needs at least " + MIN_LENGTH + " characters";
    }
    if (password.isBlank()) {
      return "a password cannot be only spaces";
    }
    return null;
  }
}
