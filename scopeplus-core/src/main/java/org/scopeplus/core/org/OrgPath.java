package org.scopeplus.core.org;

import org.scopeplus.core.text.Sentence;

/**
 * The rule for an org-unit path ({@code Group/Cloud/DC-Hangzhou}): levels separated by {@code /},
 * spaces around a level trimmed, at most {@link #MAX_LENGTH} characters. An empty level (a leading,
 * trailing or doubled {@code /}) and the levels {@code .} and {@code ..} are refused rather than
 * stored or resolved: a path names a unit, it does not navigate.
 */
public final class OrgPath {

  /** The most characters a path may have, in a file or a request (the stored width). */
  public static final int MAX_LENGTH = 500;

  private static final String EMPTY_LEVEL = "problem.orgPath.emptyLevel";

  private OrgPath() {}

  /**
   * What is wrong with a non-empty path, as a sentence, or null when it is usable. Length and
   * emptiness are for the caller to state in its own words.
   */
  public static String problem(String path) {
    Sentence s = problemSentence(path);
    if (s == null) {
      return null;
    }
    return s.key().equals(EMPTY_LEVEL)
        ? "org-unit path '"
            + path
            + "' has an empty level (level "
            + s.args().get(1)
            + "); write levels separated by a single '/', e.g. Group/Cloud/DC-Hangzhou"
        : "org-unit path '"
            + path
            + "' has the level '"
            + s.args().get(1)
            + "'; a path names each level, e.g. Group/Cloud/DC-Hangzhou";
  }

  /**
   * What {@link #problem} says, as a key ({@code problem.orgPath.emptyLevel} with the path and the
   * level's number, {@code problem.orgPath.navigating} with the path and the level) or null.
   */
  public static Sentence problemSentence(String path) {
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
        return Sentence.of(EMPTY_LEVEL, path, String.valueOf(i));
      }
      if (path.charAt(a) == '.' && (b - a == 1 || (b - a == 2 && path.charAt(a + 1) == '.'))) {
        return Sentence.of("problem.orgPath.navigating", path, path.substring(a, b));
      }
      if (slash < 0) {
        return null;
      }
      from = slash + 1;
    }
  }
}
