package org.scopeplus.core.text;

/**
 * What text the service accepts in any field of a file or a request: every character but the
 * control characters U+0000 to U+001F (tab, line feed and carriage return excepted) and the
 * noncharacter U+FFFF, which readers put where the bytes were not valid UTF-8. A NUL breaks
 * PostgreSQL, and the other control characters are never part of a name, a path or a number.
 */
public final class PlainText {

  /** Where a reader puts bytes that are not valid UTF-8; never valid text itself. */
  public static final char UNDECODABLE = '\uFFFF';

  private PlainText() {}

  /** The index of the first character refused, or -1 when the text is plain. */
  public static int firstRefused(CharSequence text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (refuses(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** True when {@code c} is refused: a control character other than tab, LF, CR, or U+FFFF. */
  public static boolean refuses(char c) {
    return (c < ' ' && c != '\t' && c != '\n' && c != '\r') || c == UNDECODABLE;
  }

  /** True when no character is refused. */
  public static boolean isPlain(CharSequence text) {
    return firstRefused(text) < 0;
  }

  /**
   * Why the character at {@code index} is refused, as a sentence's end: "holds a NUL character
   * (U+0000) at character 3".
   */
  public static String why(CharSequence text, int index) {
    char c = text.charAt(index);
    if (c == UNDECODABLE) {
      return "is not valid UTF-8 text at character " + (index + 1) + "; save the file as UTF-8";
    }
    return "holds "
        + (c == 0 ? "a NUL character" : "a control character")
        + String.format(" (U+%04X)", (int) c)
        + " at character "
        + (index + 1)
        + "; remove it";
  }

  /**
   * {@link #why}'s sentence as a code: {@code <prefix>notUtf8}, {@code nul} or {@code control},
   * with {@code name} (what holds the text: a column, a field), the character's code point where it
   * is a control character, and the 1-based character; its wording is {@code name + " " + why}.
   */
  public static Sentence whySaid(String prefix, String name, CharSequence text, int index) {
    char c = text.charAt(index);
    String character = Integer.toString(index + 1);
    if (c == UNDECODABLE) {
      return Sentence.of(prefix + "notUtf8", name, character);
    }
    if (c == 0) {
      return Sentence.of(prefix + "nul", name, character);
    }
    return Sentence.of(prefix + "control", name, String.format("U+%04X", (int) c), character);
  }

  /** The refusal for {@code text}, or null when it is plain: "holds a NUL character ...". */
  public static String problem(CharSequence text) {
    int i = firstRefused(text);
    return i < 0 ? null : why(text, i);
  }
}
