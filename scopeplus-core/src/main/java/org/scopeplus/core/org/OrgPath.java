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
    String[] levels = path.split("/", -1);
    for (int i = 0; i < levels.length; i++) {
      String level = levels[i].strip();
      if (level.isEmpty()) {
        return "org-unit path '"
            + path
            + "' has an empty level (level "
            + (i + 1)
            + "); write levels separated by a single '/', e.g. Group/Cloud/DC-Hangzhou";
      }
      if (level.equals(".") || level.equals("..")) {
        return "org-unit path '"
            + path
            + "' has the level '"
            + level
            + "'; a path names each level, e.g. Group/Cloud/DC-Hangzhou";
      }
    }
    return null;
  }
}
