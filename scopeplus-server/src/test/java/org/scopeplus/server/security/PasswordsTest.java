package org.scopeplus.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The password policy after NIST SP 800-63B section 3.1.1.2 (memorized secret verifiers): length 12
 * to 128 after NFKC, any printable or Unicode character, no composition rules, a blocklist of
 * common and breached passwords, context-specific words (the user name, the service's name) and
 * repetitive or sequential characters refused.
 */
class PasswordsTest {

  @Test
  void passwordsShorterThanTwelveCharactersAreRefused() {
    assertThat(Passwords.weakness("short", "bob"))
        .hasValueSatisfying(w -> assertThat(w).contains("12"));
    assertThat(Passwords.weakness("            ", "bob")).isPresent();
    assertThat(Passwords.weakness("a-long-enough-one", "bob")).isEmpty();
    assertThat(Passwords.weakness("tulip-ferry", "bob")).isPresent(); // 11 characters
    assertThat(Passwords.weakness("tulip-ferry9", "bob")).isEmpty(); // 12
    assertThat(Passwords.weakness(null, "bob")).isPresent();
  }

  @Test
  void lengthIsCountedInCharactersNotBytesAndGoesUpTo128() {
    // 12 Chinese characters are 36 bytes of UTF-8 but 12 characters
    assertThat(Passwords.weakness("碳排放核算平台的安全口令", "bob")).isEmpty();
    assertThat(Passwords.weakness("碳排放核算平台的安全口", "bob")).isPresent();
    String base = "river stone quietly holds the morning light ";
    String p128 = (base + base + base).substring(0, 128);
    assertThat(Passwords.weakness(p128, "bob")).isEmpty();
    assertThat(Passwords.weakness(p128 + "x", "bob"))
        .hasValueSatisfying(w -> assertThat(w).contains("at most 128"));
  }

  @Test
  void spacesAndAnyMixOfCharactersAreAllowedWithoutCompositionRules() {
    assertThat(Passwords.weakness("correct horse battery staple", "bob")).isEmpty();
    assertThat(Passwords.weakness("lowercaseonlyletters", "bob")).isEmpty();
    assertThat(Passwords.weakness("Ünïcødé pässwörd ✓", "bob")).isEmpty();
  }

  @Test
  void controlCharactersAreRefused() {
    assertThat(Passwords.weakness("tab\there-password", "bob")).isPresent();
    assertThat(Passwords.weakness("nul\0here-password", "bob")).isPresent();
  }

  @Test
  void passwordsOnTheShippedListAreRefusedAlsoWithDigitsOrSymbolsAround() {
    assertThat(Passwords.listSize()).isGreaterThan(40_000);
    // each is on common-passwords.txt (the list is lower case; the check ignores case)
    assertThat(Passwords.weakness("qwerty123456", "bob")).isPresent();
    assertThat(Passwords.weakness("1qaz2wsx3edc", "bob")).isPresent();
    assertThat(Passwords.weakness("QazWsxEdcRfv", "bob")).isPresent();
    assertThat(Passwords.weakness("administrator", "bob")).isPresent();
    // a listed word with digits and symbols added before or after it
    assertThat(Passwords.weakness("Password1234!", "bob")).isPresent();
    assertThat(Passwords.weakness("2024dragon!!!!", "bob")).isPresent();
    assertThat(Passwords.weakness("ScopePlus2024!", "bob")).isPresent();
    assertThat(Passwords.weakness("this password is mine", "bob")).isEmpty();
  }

  @Test
  void passwordsEqualToOrContainingTheUserNameAreRefused() {
    assertThat(Passwords.weakness("alice.wong@example.com", "alice.wong@example.com"))
        .hasValueSatisfying(w -> assertThat(w).contains("user name"));
    assertThat(Passwords.weakness("my-first-admin-secret", "first-admin")).isPresent();
    assertThat(Passwords.weakness("my-FIRST-ADMIN-secret", "first-admin")).isPresent();
    assertThat(Passwords.weakness("my-first-admin-secret", "carol")).isEmpty();
  }

  @Test
  void repeatedAndSequentialStringsAreRefused() {
    assertThat(Passwords.weakness("aaaaaaaaaaaa", "bob")).isPresent();
    assertThat(Passwords.weakness("abcabcabcabc", "bob")).isPresent();
    assertThat(Passwords.weakness("tulip7tulip7", "bob")).isPresent();
    assertThat(Passwords.weakness("123456789012", "bob")).isPresent();
    assertThat(Passwords.weakness("987654321098", "bob")).isPresent();
    assertThat(Passwords.weakness("abcdefghijklm", "bob")).isPresent();
    assertThat(Passwords.weakness("ZYXWVUTSRQPO", "bob")).isPresent();
    assertThat(Passwords.repeated("tulip7tulip8")).isFalse();
    assertThat(Passwords.sequential("123456789013")).isFalse();
  }

  @Test
  void hashesMatchTheNormalisedPasswordBeyondBcryptsSeventyTwoBytes() {
    String stored = Passwords.hash("correct horse battery staple");
    assertThat(stored).startsWith(Passwords.PREFIX);
    assertThat(Passwords.matches("correct horse battery staple", stored)).isTrue();
    assertThat(Passwords.matches("correct horse battery stapler", stored)).isFalse();
    // full-width letters (U+FF43 ...) are the same password after NFKC
    assertThat(Passwords.matches("ｃｏｒｒｅｃｔ horse battery staple", stored)).isTrue();
    // 80 bytes alike, then a difference: plain BCrypt would see only the first 72 bytes
    String head = "x".repeat(80);
    String long1 = Passwords.hash(head + "-one");
    assertThat(Passwords.matches(head + "-one", long1)).isTrue();
    assertThat(Passwords.matches(head + "-two", long1)).isFalse();
  }

  @Test
  void hashesMadeBeforeThePrefixAreStillChecked() {
    String legacy = new BCryptPasswordEncoder(10).encode("a-long-test-password-1");
    assertThat(Passwords.matches("a-long-test-password-1", legacy)).isTrue();
    assertThat(Passwords.matches("a-long-test-password-2", legacy)).isFalse();
    assertThat(Passwords.matches(null, legacy)).isFalse();
  }
}
