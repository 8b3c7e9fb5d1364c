package org.scopeplus.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A month written YYYY-MM is read without a regular expression; it must read exactly as the pattern
 * {@code (\d{4})-(\d{1,2})} does. Checked against that pattern, written here again as the
 * reference, over every month of the accepted years and over generated texts of the same shape with
 * any character in any place.
 */
class PeriodParseTest {

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

  /** The month rule as the pattern states it, then the accepted dates. */
  private static Optional<Period> reference(String text) {
    Matcher m = MONTH.matcher(text.strip());
    if (!m.matches()) {
      return null; // not a month: another form's business
    }
    try {
      YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      return Optional.of(new Period(ym.atDay(1), ym.atEndOfMonth(), ym.toString()))
          .filter(Period::accepted);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  @Test
  void everyMonthOfEveryYearReadsAsThePatternReadsIt() {
    for (int y = 0; y <= 9999; y += 101) {
      for (int m = 0; m <= 99; m++) {
        String text = String.format("%04d-%02d", y, m);
        assertThat(Period.parse(text)).as(text).isEqualTo(reference(text));
      }
    }
    assertThat(Period.parse("2024-03"))
        .contains(new Period(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), "2024-03"));
    assertThat(Period.parse(" 2024-02 "))
        .contains(new Period(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), "2024-02"));
    assertThat(Period.parse("2024-13")).isEmpty();
    assertThat(Period.parse("2024-00")).isEmpty();
  }

  @Test
  void textsOfAMonthsShapeWithAnyCharacterReadAsThePatternReadsThem() {
    String alphabet = "0123456789-Q/ .\u0660\uff11a\t";
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      char[] c = "2024-03".toCharArray();
      int changes = 1 + random.nextInt(2);
      for (int k = 0; k < changes; k++) {
        c[random.nextInt(c.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
      String text = new String(c);
      Optional<Period> expected = reference(text);
      if (expected != null) {
        assertThat(Period.parse(text)).as(text).isEqualTo(expected);
      } else if (text.strip().length() == 7) {
        // not a month by the pattern: the fast path must not have read it as one either
        assertThat(Period.parse(text).map(Period::label).orElse(""))
            .as(text)
            .doesNotMatch("\\d{4}-\\d{2}");
      }
    }
  }
}
