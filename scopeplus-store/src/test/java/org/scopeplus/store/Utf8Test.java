package org.scopeplus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The encoder gives the bytes of {@code String.getBytes(UTF_8)}, the bytes the digests hash. */
class Utf8Test {

  private static byte[] encoded(String text) {
    byte[] buffer = new byte[Utf8.maxBytes(text.length()) + 3];
    int end = Utf8.encode(text, buffer, 3);
    return Arrays.copyOfRange(buffer, 3, end);
  }

  @Test
  void givesTheJdksBytesForAsciiChineseEmojiAndLoneSurrogates() {
    for (String s :
        new String[] {
          "", "plain", "Grüße", "华东电网 2022", "\uD83C\uDF0F globe", "lone \uD800 high", "\uDC00"
        }) {
      assertThat(encoded(s)).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void givesTheJdksBytesForRandomText() {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 20_000; round++) {
      char[] chars = new char[random.nextInt(12)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] =
            switch (random.nextInt(5)) {
              case 0 -> (char) random.nextInt(0x80);
              case 1 -> (char) random.nextInt(0x80, 0x800);
              case 2 -> (char) random.nextInt(0xD800, 0xE000);
              default -> (char) random.nextInt(0x800, 0x10000);
            };
      }
      String s = new String(chars);
      assertThat(encoded(s)).as("round %d", round).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
    }
  }
}
