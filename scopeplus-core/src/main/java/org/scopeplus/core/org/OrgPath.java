package org.scopeplus.core.org;

/**
 * The rule for an org-unit path ({@code Group/Cloud/DC-Hangzhou}): levels separated by {@code /},
 * spaces around a level trimmed, at most {@link #MAX_LENGTH} characters. An empty level (a leading,
 * trailing or doubled {@code /}) and the levels {@code .} and {@code ..} are refused rather than
 * stored or resolved: a path names a unit, it does not navigate.
 */
public final class OrgPath {

  /** The most characters a path may have, in a file or a request (the stored width). */
  public static final int MAX_LENGTH = 500;

  private OrgPath() {}

  /**
   * What is wrong with a non-empty path, as a sentence, or null when it is usable. Length and
   * emptiness are for the caller to state in its own words.
   */
  public static String problem(String path) {
    // each level between slashes, as split("/", -1) gives them, without copying the path
    int from = 0;
    for (int i = 1; ; i++) {
      int slash = path.indexOf('/', from);
      int a = from;
      int b = slash < 0 ? path.length() : slash;
      // the level stripped as String.strip does (no whitespace lies outside the BMP)
      while (a < b && Character.isWhitespace(path.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(path.charAt(b - 1))) {
        b--;
      }
      if (a == b) {
        return "org-unit path '"
            + path
            + "' has an empty level (level "
            + i
            + "); write levels separated by a single '/', e.g. Group/Cloud/DC-Hangzhou";
      }
      if (path.charAt(a) == '.' && (b - a == 1 || (b - a == 2 && path.charAt(a + 1) == '.'))) {
        return "org-unit path '"
            + path
            + "' has the level '"
            + path.substring(a, b)
            + "'; a path names each level, e.g. Group/Cloud/DC-Hangzhou";
      }
      if (slash < 0) {
        return null;
      }
      from = slash + 1;
    }
  }
}
