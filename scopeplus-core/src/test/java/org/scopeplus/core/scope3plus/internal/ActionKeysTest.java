package org.scopeplus.core.scope3plus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ActionKeysTest {

  /**
   * Keys are stored in segments and compared with keys written later, so their bytes never change:
   * these two were written before the last bytes of a key's input were read as one word.
   */
  @Test
  void keysKeepTheBytesStoredStatesHold() {
    byte[] out = new byte[ActionKeys.BYTES];
    byte[] actor = "u318437".getBytes(StandardCharsets.UTF_8);
    ActionKeys.action(
        ActionKeys.classSeed("green_trip"), 27_000_000L, actor, 0, actor.length, out, 0);
    assertThat(HexFormat.of().formatHex(out)).isEqualTo("fb12829d2ff78d9a2436eb1e47ff5a03");
    byte[] claim = "act-2".getBytes(StandardCharsets.UTF_8);
    ActionKeys.claim(claim, 0, claim.length, out, 0);
    assertThat(HexFormat.of().formatHex(out)).isEqualTo("1344bd13af74215913cf481465c77a84");
  }

  /**
   * The same bytes give the same key at the end of their array (read byte by byte) and inside a
   * longer one with other bytes after them (read as one masked word).
   */
  @Test
  void aKeyDependsOnTheBytesOnlyNotOnWhatFollowsThem() {
    long seed = ActionKeys.classSeed("box_recycling");
    for (int len = 0; len <= 40; len++) {
      byte[] exact = new byte[len];
      for (int i = 0; i < len; i++) {
        exact[i] = (byte) (31 * i + len);
      }
      byte[] inside = new byte[len + 3 + 16];
      java.util.Arrays.fill(inside, (byte) 0x5A);
      System.arraycopy(exact, 0, inside, 3, len);
      byte[] a = new byte[ActionKeys.BYTES];
      byte[] b = new byte[ActionKeys.BYTES];
      ActionKeys.action(seed, 1234L, exact, 0, len, a, 0);
      ActionKeys.action(seed, 1234L, inside, 3, len, b, 0);
      assertThat(b).as("action key of %d bytes", len).isEqualTo(a);
      ActionKeys.claim(exact, 0, len, a, 0);
      ActionKeys.claim(inside, 3, len, b, 0);
      assertThat(b).as("claim key of %d bytes", len).isEqualTo(a);
    }
  }

  /**
   * The hash a key is returned with is the index's own hash of the bytes written (the index
   * recomputes it from the stored bytes when it grows, so any other value would lose keys).
   */
  @Test
  void theReturnedHashIsTheIndexHashOfTheKeyWritten() {
    long seed = ActionKeys.classSeed("green_trip");
    byte[] out = new byte[3 + ActionKeys.BYTES];
    for (int len = 0; len <= 40; len++) {
      byte[] in = new byte[len];
      for (int i = 0; i < len; i++) {
        in[i] = (byte) (17 * i + 3 * len + 1);
      }
      long h = ActionKeys.action(seed, 27_000_000L + len, in, 0, len, out, 3);
      assertThat(h)
          .as("action key of %d bytes", len)
          .isEqualTo(ByteKeyIndex.hash(out, 3, ActionKeys.BYTES));
      h = ActionKeys.claim(in, 0, len, out, 3);
      assertThat(h)
          .as("claim key of %d bytes", len)
          .isEqualTo(ByteKeyIndex.hash(out, 3, ActionKeys.BYTES));
    }
  }
}
