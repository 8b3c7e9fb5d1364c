package org.scopeplus.server.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed and which are refused, after NIST SP 800-63B (section 3.1.1, "Password
 * Verifiers"): at least {@link #MIN_LENGTH} and at most {@link #MAX_LENGTH} characters after
 * Unicode NFKC normalisation, every printable character, space and Unicode allowed, no composition
 * rules; refused when the password is on the shipped list of common and breached passwords (also
 * with digits or symbols added before or after a listed one), equals or contains the user name, or
 * is a repeated or sequential string. Passwords are hashed with BCrypt over the Base64 SHA-256 of
 * the normalised password, so passwords longer than BCrypt's 72 bytes are not cut short.
 */
public final class Passwords {

  /** Shortest password accepted, in characters (Unicode code points) after NFKC. */
  public static final int MIN_LENGTH = 12;

  /** Longest password accepted, in characters (Unicode code points) after NFKC. */
  public static final int MAX_LENGTH = 128;

  /** Marks a hash of the SHA-256 of the normalised password; hashes without it are plain BCrypt. */
  static final String PREFIX = "{sha256-bcrypt}";

  private static final String COMMON_LIST = "common-passwords.txt";

  /** Words of this service, refused like listed passwords. */
  private static final Set<String> SERVICE_WORDS = Set.of("scopeplus", "scope plus");

  private static final PasswordEncoder BCRYPT = new BCryptPasswordEncoder(10);
  private static final Set<String> COMMON = load();

  private Passwords() {}

  /** The stored form of a new password: BCrypt of the Base64 SHA-256 of its NFKC form. */
  public static String hash(String password) {
    return PREFIX + BCRYPT.encode(prehashed(normalised(password)));
  }

  /**
   * True when the password matches the stored hash. Hashes stored before the prefix existed are
   * BCrypt of the password as typed; they are checked as typed and in NFKC form.
   */
  public static boolean matches(String password, String stored) {
    if (password == null || stored == null) {
      return false;
    }
    String nfkc = normalised(password);
    if (stored.startsWith(PREFIX)) {
      return BCRYPT.matches(prehashed(nfkc), stored.substring(PREFIX.length()));
    }
    return legacy(password, stored) || (!nfkc.equals(password) && legacy(nfkc, stored));
  }

  /** Why a password is refused for this user name, or empty when it is acceptable. */
  public static Optional<String> weakness(String password, String username) {
    if (password == null || password.isEmpty()) {
      return Optional.of("a password needs at least " + MIN_LENGTH + " characters");
    }
    String p = normalised(password);
    int length = p.codePointCount(0, p.length());
    if (length < MIN_LENGTH) {
      return Optional.of("a password needs at least " + MIN_LENGTH + " characters");
    }
    if (length > MAX_LENGTH) {
      return Optional.of("a password has at most " + MAX_LENGTH + " characters");
    }
    if (p.codePoints().anyMatch(Character::isISOControl)) {
      return Optional.of("a password cannot contain control characters (tabs, line breaks, NUL)");
    }
    if (p.isBlank()) {
      return Optional.of("a password cannot be only spaces");
    }
    String folded = p.toLowerCase(Locale.ROOT);
    if (username != null && username.length() >= 3) {
      String name = normalised(username).toLowerCase(Locale.ROOT);
      if (folded.contains(name)) {
        return Optional.of("a password cannot contain the user name");
      }
    }
    if (repeated(folded)) {
      return Optional.of("a password cannot be one character or one string repeated");
    }
    if (sequential(folded)) {
      return Optional.of("a password cannot be a sequence such as 123456789012 or abcdefghijkl");
    }
    if (listed(folded)) {
      return Optional.of(
          "this password is on the list of common or breached passwords; choose another");
    }
    return Optional.empty();
  }

  /** How many passwords the shipped list holds. */
  static int listSize() {
    return COMMON.size();
  }

  static String normalised(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /** A string made of one shorter string repeated, such as aaaaaaaaaaaa or abcabcabcabc. */
  static boolean repeated(String p) {
    int[] cps = p.codePoints().toArray();
    for (int unit = 1; unit <= cps.length / 2; unit++) {
      if (cps.length % unit != 0) {
        continue;
      }
      boolean same = true;
      for (int i = unit; i < cps.length && same; i++) {
        same = cps[i] == cps[i - unit];
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every character one after (or one before) the previous one, digits wrapping from 9 to 0:
   * 123456789012, 987654321098, abcdefghijklm.
   */
  static boolean sequential(String p) {
    int[] cps = p.codePoints().toArray();
    for (int step : new int[] {1, -1}) {
      boolean all = true;
      for (int i = 1; i < cps.length && all; i++) {
        all = next(cps[i - 1], step) == cps[i];
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static int next(int cp, int step) {
    if (cp >= '0' && cp <= '9') {
      return '0' + Math.floorMod(cp - '0' + step, 10);
    }
    return cp + step;
  }

  /**
   * On the list as it is, or once the digits, spaces and symbols before and after it are taken away
   * (password123456, 2024dragon!!!!).
   */
  static boolean listed(String folded) {
    if (COMMON.contains(folded) || SERVICE_WORDS.contains(folded)) {
      return true;
    }
    int start = 0;
    int end = folded.length();
    while (start < end && !Character.isLetter(folded.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetter(folded.charAt(end - 1))) {
      end--;
    }
    if (start == 0 && end == folded.length()) {
      return false;
    }
    String core = folded.substring(start, end);
    return core.length() >= 4 && (COMMON.contains(core) || SERVICE_WORDS.contains(core));
  }

  private static boolean legacy(String password, String stored) {
    try {
      return BCRYPT.matches(password, stored);
    } catch (IllegalArgumentException tooLongForBcrypt) {
      return false;
    }
  }

  private static String prehashed(String nfkc) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(nfkc.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>(65_536);
    try (InputStream in = Passwords.class.getResourceAsStream(COMMON_LIST)) {
      if (in == null) {
        throw new IllegalStateException("the common-password list " + COMMON_LIST + " is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty() && !line.startsWith("# ")) {
          words.add(normalised(line).toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
