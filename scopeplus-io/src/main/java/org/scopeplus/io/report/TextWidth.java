package org.scopeplus.io.report;

/**
 * The width of text on a terminal, in columns: a wide character (Chinese, Japanese and Korean
 * ideographs and syllables, full-width forms; Unicode East Asian Width W and F) takes two columns,
 * a combining mark none, every other character one. Padding by this width keeps table columns
 * aligned under names such as {@code 集团/华东/杭州数据中心}.
 */
public final class TextWidth {

  private TextWidth() {}

  /** The columns {@code text} takes. */
  public static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += columns(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /** {@code text} followed by spaces up to {@code width} columns (unchanged when wider). */
  public static String padRight(String text, int width) {
    int w = of(text);
    return w >= width ? text : text + " ".repeat(width - w);
  }

  /** Spaces then {@code text}, up to {@code width} columns (unchanged when wider). */
  public static String padLeft(String text, int width) {
    int w = of(text);
    return w >= width ? text : " ".repeat(width - w) + text;
  }

  /**
   * {@code text} when it fits in {@code width} columns, else "..." and as much of its end as fits
   * (the end of an org path names the unit).
   */
  public static String tail(String text, int width) {
    if (of(text) <= width) {
      return text;
    }
    int budget = width - 3;
    int start = text.length();
    int used = 0;
    while (start > 0) {
      int cp = text.codePointBefore(start);
      int c = columns(cp);
      if (used + c > budget) {
        break;
      }
      used += c;
      start -= Character.charCount(cp);
    }
    return "..." + text.substring(start);
  }

  private static int columns(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || cp == 0x200B) {
      return 0;
    }
    return wide(cp) ? 2 : 1;
  }

  // East Asian Width W and F ranges (Unicode 15, UAX #11), the blocks that occur in names
  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo initials
        || (cp >= 0x2E80 && cp <= 0x303E) // CJK radicals, Kangxi, CJK symbols and punctuation
        || (cp >= 0x3041 && cp <= 0x33FF) // Hiragana, Katakana, Bopomofo, CJK compatibility
        || (cp >= 0x3400 && cp <= 0x4DBF) // CJK extension A
        || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified ideographs
        || (cp >= 0xA000 && cp <= 0xA4CF) // Yi
        || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
        || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
        || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
        || (cp >= 0xFF00 && cp <= 0xFF60) // full-width forms
        || (cp >= 0xFFE0 && cp <= 0xFFE6) // full-width signs
        || (cp >= 0x1F300 && cp <= 0x1F64F) // pictographs and emoticons
        || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B to H
  }
}
