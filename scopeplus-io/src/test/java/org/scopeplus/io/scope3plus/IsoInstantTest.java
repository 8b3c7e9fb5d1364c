package org.scopeplus.io.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IsoInstantTest {

  private static long parse(String text) {
    byte[] b = text.getBytes(StandardCharsets.US_ASCII);
    return IsoInstant.parse(b, 0, b.length);
  }

  /**
   * Every day from 1969 to 2100 (the month table covers 1970 to 2099; the years around it are
   * computed) gives the epoch second java.time gives for the same text.
   */
  @Test
  void everyDayGivesTheEpochSecondOfJavaTime() {
    for (LocalDate d = LocalDate.of(1969, 1, 1);
        d.isBefore(LocalDate.of(2101, 1, 1));
        d = d.plusDays(1)) {
      String text = d + "T13:07:59Z";
      assertThat(parse(text)).as(text).isEqualTo(d.atTime(13, 7, 59).toEpochSecond(ZoneOffset.UTC));
    }
    assertThat(parse("0001-01-01T00:00:00Z"))
        .isEqualTo(Instant.parse("0001-01-01T00:00:00Z").getEpochSecond());
    assertThat(parse("9999-12-31T23:59:59+01:30"))
        .isEqualTo(Instant.parse("9999-12-31T22:29:59Z").getEpochSecond());
  }

  /** Days a month does not have are refused, inside and outside the month table. */
  @Test
  void daysAMonthDoesNotHaveAreRefused() {
    assertThat(parse("2024-02-29T00:00:00Z"))
        .isEqualTo(Instant.parse("2024-02-29T00:00:00Z").getEpochSecond());
    for (String text :
        new String[] {
          "2023-02-29T00:00:00Z",
          "2100-02-29T00:00:00Z",
          "1900-02-29T00:00:00Z",
          "2024-04-31T00:00:00Z",
          "2024-00-10T00:00:00Z",
          "2024-13-10T00:00:00Z",
          "2024-12-00T00:00:00Z",
          "2024-12-32T00:00:00Z"
        }) {
      assertThat(parse(text)).as(text).isEqualTo(Long.MIN_VALUE);
    }
  }
}
