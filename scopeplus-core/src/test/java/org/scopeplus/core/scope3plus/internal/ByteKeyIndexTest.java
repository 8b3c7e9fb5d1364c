package org.scopeplus.core.scope3plus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteKeyIndexTest {

  @Test
  void storesKeysExactlyThroughGrowth() {
    ByteKeyIndex index = new ByteKeyIndex(4);
    for (int i = 0; i < 200_000; i++) {
      assertThat(index.putIfAbsent("event-" + i, i)).isEqualTo(-1);
    }
    assertThat(index.size()).isEqualTo(200_000);
    for (int i = 0; i < 200_000; i += 997) {
      assertThat(index.get("event-" + i)).isEqualTo(i);
      assertThat(index.putIfAbsent("event-" + i, 0)).isEqualTo(i);
    }
    assertThat(index.get("event-200000")).isEqualTo(-1);
    assertThat(index.get("event-1 ")).isEqualTo(-1);
  }

  @Test
  void keysThatDifferInOneByteOrInLengthAreDistinct() {
    ByteKeyIndex index = new ByteKeyIndex(4);
    index.putIfAbsent("abcdefgh12345678", 1);
    assertThat(index.get("abcdefgh12345679")).isEqualTo(-1);
    assertThat(index.get("abcdefgh1234567")).isEqualTo(-1);
    assertThat(index.get("abcdefgh123456780")).isEqualTo(-1);
    assertThat(index.get("abcdefgh12345678")).isEqualTo(1);
  }

  @Test
  void removedKeyIsGoneAndItsBytesAreOverwritten() {
    ByteKeyIndex index = new ByteKeyIndex(4);
    index.putIfAbsent("actor-secret", 7);
    index.putIfAbsent("actor-other", 8);
    byte[] k = "actor-secret".getBytes(StandardCharsets.UTF_8);
    assertThat(index.remove(k, 0, k.length)).isEqualTo(7);
    assertThat(index.get("actor-secret")).isEqualTo(-1);
    assertThat(index.get("actor-other")).isEqualTo(8);
    StringBuilder keys = new StringBuilder();
    index.forEachEntry((key, v, at) -> keys.append(key));
    assertThat(keys.toString()).isEqualTo("actor-other");
  }

  @Test
  void aKeyHashesTheSameWhateverBytesFollowIt() {
    // keys of every tail length, once at the very end of an array (read byte by byte) and once
    // followed by other bytes (read in one word): the same hash, so lookups agree
    for (int len = 1; len <= 24; len++) {
      byte[] alone = new byte[len];
      byte[] inside = new byte[len + 16];
      java.util.Arrays.fill(inside, (byte) 0x5A);
      for (int i = 0; i < len; i++) {
        alone[i] = (byte) ('a' + i);
        inside[3 + i] = (byte) ('a' + i);
      }
      assertThat(ByteKeyIndex.hash(inside, 3, len))
          .as("length %d", len)
          .isEqualTo(ByteKeyIndex.hash(alone, 0, len));
    }
  }

  /** hash16 of two words is hash of the 16 bytes they are stored as (little-endian). */
  @Test
  void hash16IsTheHashOfTheSixteenBytes() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(42);
    byte[] b = new byte[16];
    java.nio.ByteBuffer view = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < 10_000; i++) {
      long w0 = i == 0 ? 0 : random.nextLong();
      long w1 = i == 0 ? 0 : random.nextLong();
      view.putLong(0, w0).putLong(8, w1);
      assertThat(ByteKeyIndex.hash16(w0, w1)).isEqualTo(ByteKeyIndex.hash(b, 0, 16));
    }
  }
}
