package org.scopeplus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The field layout the stored-row digests are recorded in: audit entries already hold such hashes,
 * so the bytes must never change.
 */
class FieldDigestTest {

  /** SHA-256 of {@code layout} as UTF-8, taken without {@link FieldDigest}. */
  private static String sha256(String layout) throws Exception {
    byte[] bytes = layout.getBytes(StandardCharsets.UTF_8);
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void eachFieldIsItsUtf8LengthAColonItsBytesAndANewline() throws Exception {
    FieldDigest d = new FieldDigest();
    d.add("line");
    d.add("");
    d.add("Grüße");
    d.add("12");
    String layout = "4:line\n" + "0:\n" + "7:Grüße\n" + "2:12\n";
    String hex = d.hex();
    assertThat(hex).isEqualTo(sha256(layout));
    assertThat(hex).isEqualTo("766e151f9f1ab3f3323e5ab8755a0f2878f1058adf8bff1902ae599b63a0c20d");
  }

  @Test
  void noFieldsHashToTheEmptySha256() {
    assertThat(new FieldDigest().hex())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void fieldsAreNotConfusedAcrossTheirBoundaries() {
    FieldDigest ab = new FieldDigest();
    ab.add("a:b");
    FieldDigest split = new FieldDigest();
    split.add("a");
    split.add("b");
    assertThat(ab.hex()).isNotEqualTo(split.hex());
  }

  /**
   * Fields are hashed a few kilobytes at a time: thousands of fields crossing that boundary, one
   * field longer than the whole buffer and texts of 1 to 4 UTF-8 bytes a character still give the
   * hash of the layout written out in full.
   */
  @Test
  void manyFieldsAndOneHugeFieldHashAsTheLayoutWrittenOut() throws Exception {
    FieldDigest d = new FieldDigest();
    StringBuilder layout = new StringBuilder();
    String[] texts = {"G0000000001", "", "华东/杭州", "🌏 emoji", "2024-01", "1234567.89"};
    for (int i = 0; i < 5_000; i++) {
      String value = i == 2_500 ? "碳".repeat(20_000) : texts[i % texts.length] + i;
      d.add(value);
      layout
          .append(value.getBytes(StandardCharsets.UTF_8).length)
          .append(':')
          .append(value)
          .append('\n');
    }
    assertThat(d.hex()).isEqualTo(sha256(layout.toString()));
  }

  /**
   * A field given as UTF-8 bytes (from the middle of a larger array) or as a whole number hashes as
   * the same text given as a string: the layout written out by hand.
   */
  @Test
  void bytesAndWholeNumbersHashAsTheirText() throws Exception {
    FieldDigest d = new FieldDigest();
    StringBuilder layout = new StringBuilder();
    long[] numbers = {0, 7, 10, 99, 100, 123_456_789_012L, -5, Long.MAX_VALUE, Long.MIN_VALUE};
    String[] texts = {"", "G0000000001", "华东/杭州", "\uD83C\uDF0F t·km", "x".repeat(9_000)};
    for (int round = 0; round < 300; round++) {
      long number = numbers[round % numbers.length] + (round < numbers.length ? 0 : round);
      d.add(number);
      String text = texts[round % texts.length];
      byte[] utf8 = ("<<" + text + ">>").getBytes(StandardCharsets.UTF_8);
      d.add(utf8, 2, utf8.length - 2);
      String written = Long.toString(number);
      layout.append(written.length()).append(':').append(written).append('\n');
      layout
          .append(text.getBytes(StandardCharsets.UTF_8).length)
          .append(':')
          .append(text)
          .append('\n');
    }
    assertThat(d.hex()).isEqualTo(sha256(layout.toString()));
  }

  /** Fields whose lengths change the number of digits written before the colon. */
  @Test
  void lengthsAtEveryChangeOfDigitsHashAsTheLayoutWrittenOut() throws Exception {
    FieldDigest d = new FieldDigest();
    StringBuilder layout = new StringBuilder();
    for (int length : new int[] {0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 9999, 10_000}) {
      String value = "q".repeat(length);
      d.add(value);
      byte[] utf8 = ("[" + value + "]").getBytes(StandardCharsets.UTF_8);
      d.add(utf8, 1, utf8.length - 1);
      for (int twice = 0; twice < 2; twice++) {
        layout.append(length).append(':').append(value).append('\n');
      }
    }
    assertThat(d.hex()).isEqualTo(sha256(layout.toString()));
  }
}
