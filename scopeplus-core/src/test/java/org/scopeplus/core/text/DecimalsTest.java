package org.scopeplus.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Numbers in traces: the decimal a person wrote, never the noise of binary arithmetic. */
class DecimalsTest {

  @Test
  void aTonneFactorInKilogramsIsWrittenAsThePersonWroteIt() {
    // 2.4567 t CO2/tce (the NDRC mixed-fuel convention) read as kilograms: 2.4567 x 1000 is held
    // as 2456.7000000000003; by hand, 2.4567 x 1000 = 2456.7 exactly
    double kg = 2.4567 * 1000.0;
    assertThat(Double.toString(kg)).isEqualTo("2456.7000000000003");
    assertThat(Decimals.plain(kg)).isEqualTo("2456.7");
  }

  @Test
  void decimalsOfUpToFifteenDigitsAreKeptDigitForDigit() {
    assertThat(Decimals.plain(0.028316846592)).isEqualTo("0.028316846592");
    assertThat(Decimals.plain(1.05505585262)).isEqualTo("1.05505585262");
    assertThat(Decimals.plain(0.5306)).isEqualTo("0.5306");
    assertThat(Decimals.plain(123456789.012345)).isEqualTo("123456789.012345");
    assertThat(Decimals.plain(-12.5)).isEqualTo("-12.5");
  }

  @Test
  void wholeNumbersAndSmallNumbersAreWrittenPlain() {
    assertThat(Decimals.plain(1000.0)).isEqualTo("1000");
    assertThat(Decimals.plain(1e-4)).isEqualTo("0.0001");
    assertThat(Decimals.plain(0.0)).isEqualTo("0");
    assertThat(Decimals.plain(1e20)).isEqualTo("100000000000000000000");
  }

  @Test
  void sumsOfTenthsLoseTheirNoise() {
    // 0.1 + 0.2 is held as 0.30000000000000004; by hand 0.3
    assertThat(Decimals.plain(0.1 + 0.2)).isEqualTo("0.3");
    assertThat(Decimals.plain(1.1 * 1.1)).isEqualTo("1.21");
  }

  @Test
  void aValueThatNeedsSixteenDigitsIsRoundedAtTheFifteenth() {
    // 1/3 is held as 0.3333333333333333 (16 digits); written to 15 significant digits
    assertThat(Decimals.of(1.0 / 3.0)).isEqualByComparingTo(new BigDecimal("0.333333333333333"));
  }

  @Test
  void everyWrittenDecimalOfFifteenDigitsReadsBackAsItsDouble() {
    java.util.Random random = new java.util.Random(15);
    for (int i = 0; i < 10_000; i++) {
      long digits = Math.floorMod(random.nextLong(), 1_000_000_000_000_000L);
      int scale = random.nextInt(30) - 10;
      BigDecimal written = BigDecimal.valueOf(digits, scale);
      double v = written.doubleValue();
      assertThat(Decimals.of(v)).isEqualByComparingTo(written);
      assertThat(Decimals.of(v).doubleValue()).isEqualTo(v);
    }
  }

  @Test
  void noDecimalForNaN() {
    assertThatThrownBy(() -> Decimals.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Decimals.plain(Double.NaN)).isEqualTo("NaN");
  }

  /**
   * The texts are counted on Java's string rather than through a {@link BigDecimal}; they must stay
   * character for character what the {@link BigDecimal} definition gives, over 60,000 decimals of
   * one to seventeen digits, products of them (the noise of arithmetic), tiny, huge and random bit
   * patterns.
   */
  @Test
  void textsCountedOnTheStringEqualTheBigDecimalDefinition() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20261204L);
    for (int i = 0; i < 60_000; i++) {
      double v =
          switch (i % 4) {
            case 0 -> random.nextLong(1, 100_000_000_000L) / Math.pow(10, random.nextInt(0, 12));
            case 1 ->
                (random.nextLong(1, 1_000_000) / 1000.0) * (random.nextLong(1, 100_000) / 10_000.0);
            case 2 -> Math.pow(10, random.nextInt(-12, 25)) * random.nextDouble();
            default -> Double.longBitsToDouble(random.nextLong());
          };
      if (random.nextBoolean()) {
        v = -v;
      }
      assertThat(Decimals.plain(v)).as("plain %s", v).isEqualTo(referencePlain(v));
      assertThat(Decimals.text(v)).as("text %s", v).isEqualTo(referenceText(v));
      assertThat(Decimals.number(v)).as("number %s", v).isEqualTo(referenceNumber(v));
    }
  }

  /**
   * {@link Decimals#plain} of values written again, in any order, with other values written in
   * between: a value's text is always the {@link BigDecimal} definition's ({@link Decimals#of},
   * then {@code toPlainString}), never another value's.
   */
  @net.jqwik.api.Property(tries = 500)
  void textsWrittenAgainAreTheDefinitionsTexts(
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.Size(min = 1, max = 3000)
          java.util.List<Double> values,
      @net.jqwik.api.ForAll long seed) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    for (int i = 0; i < values.size() * 3; i++) {
      double v = values.get(random.nextInt(values.size()));
      assertThat(Decimals.plain(v)).as("plain %s", v).isEqualTo(referencePlain(v));
    }
  }

  /**
   * A value read from a decimal of up to 15 digits, {@code m / 10^k}: its text is the {@link
   * BigDecimal} definition's, for it and for its neighbours one binary digit either side (which
   * need 16 or 17 digits).
   */
  @net.jqwik.api.Property(tries = 3000)
  void decimalsOfUpToFifteenDigitsAndTheirNeighboursAreTheDefinitionsTexts(
      @net.jqwik.api.ForAll
          @net.jqwik.api.constraints.LongRange(min = 1, max = 999_999_999_999_999L)
          long m,
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 24) int k,
      @net.jqwik.api.ForAll boolean negative) {
    double v = new BigDecimal(m).scaleByPowerOfTen(-k).doubleValue() * (negative ? -1 : 1);
    for (double x : new double[] {v, Math.nextUp(v), Math.nextDown(v)}) {
      assertThat(Decimals.plain(x)).as("plain %s", x).isEqualTo(referencePlain(x));
    }
  }

  /** {@link Decimals#plain} as it was written through {@link BigDecimal}. */
  private static String referencePlain(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Decimals.of(v).toPlainString();
  }

  private static String referenceText(double v) {
    String java = Double.toString(v);
    if (!Double.isFinite(v) || v == 0.0 || new BigDecimal(java).precision() <= Decimals.DIGITS) {
      return java;
    }
    return Decimals.of(v).toPlainString();
  }

  private static Number referenceNumber(double v) {
    if (!Double.isFinite(v)
        || v == 0.0
        || new BigDecimal(Double.toString(v)).precision() <= Decimals.DIGITS) {
      return v;
    }
    return Decimals.of(v);
  }
}
