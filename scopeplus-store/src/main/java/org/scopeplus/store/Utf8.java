package org.scopeplus.store;

/**
 * Encodes text as UTF-8 into a caller's buffer, without a new array per value, giving exactly the
 * bytes of {@code String.getBytes(UTF_8)}: a lone surrogate (no character) becomes {@code '?'}.
 */
final class Utf8 {

  private Utf8() {}

  /** The most bytes {@code chars} characters can take. */
  static int maxBytes(int chars) {
    return chars * 3;
  }

  /**
   * Writes {@code text} at {@code at}; the buffer must have {@link #maxBytes} room. Answers where
   * the text ends.
   */
  static int encode(String text, byte[] buffer, int at) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char ch = text.charAt(i);
      if (ch < 0x80) {
        buffer[at++] = (byte) ch;
      } else {
        int end = encodeBeyondAscii(text, i, buffer, at);
        i += pairs(at, end);
        at = end;
      }
    }
    return at;
  }

  /**
   * Writes the character at {@code i}, not ASCII, at {@code at}: two or three bytes, four for a
   * surrogate pair (both its characters), or {@code '?'} for a lone surrogate. Answers where it
   * ends; {@link #pairs} tells whether it took two characters.
   */
  static int encodeBeyondAscii(String text, int i, byte[] buffer, int at) {
    char ch = text.charAt(i);
    if (ch < 0x800) {
      buffer[at++] = (byte) (0xC0 | (ch >> 6));
      buffer[at++] = (byte) (0x80 | (ch & 0x3F));
    } else if (Character.isHighSurrogate(ch)
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1))) {
      int cp = Character.toCodePoint(ch, text.charAt(i + 1));
      buffer[at++] = (byte) (0xF0 | (cp >> 18));
      buffer[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
      buffer[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      buffer[at++] = (byte) (0x80 | (cp & 0x3F));
    } else if (Character.isSurrogate(ch)) {
      buffer[at++] = (byte) '?';
    } else {
      buffer[at++] = (byte) (0xE0 | (ch >> 12));
      buffer[at++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
      buffer[at++] = (byte) (0x80 | (ch & 0x3F));
    }
    return at;
  }

  /**
   * 1 when {@link #encodeBeyondAscii} wrote a surrogate pair from {@code at} to {@code end} (the
   * only character of four bytes), so the caller skips the pair's second character; else 0.
   */
  static int pairs(int at, int end) {
    return end - at == 4 ? 1 : 0;
  }
}
