package org.scopeplus.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.server.api.InstrumentRequests.HourBody;
import org.springframework.http.HttpStatus;

/**
 * The hours of an hourly-matching request are checked by one rule for the API's two operations
 * (score, and score and keep) and the console's pasted table.
 */
class InstrumentRequestsTest {

  private static HourBody hour(String at, String kwh) {
    return new HourBody("DC1", "CN", at, new BigDecimal(kwh));
  }

  @Test
  void hoursWithoutSupplyAreConsumptionAlone() {
    InstrumentRequests.Hours h =
        InstrumentRequests.hours(
            List.of(hour("2025-06-01T13:00", "180"), hour("2025-06-01T14:00", "120")), null);
    assertThat(h.consumption()).hasSize(2);
    assertThat(h.consumption().get(1).hour()).isEqualTo(LocalDateTime.of(2025, 6, 1, 14, 0));
    assertThat(h.supply()).isEmpty();
  }

  @Test
  void aWrongHourIsNamedByItsListAndIndex() {
    assertThatThrownBy(
            () ->
                InstrumentRequests.hours(
                    List.of(hour("2025-06-01T13:00", "180")),
                    List.of(hour("2025-06-01T13:00", "50"), hour("2025-06-01T13:30", "50"))))
        .isInstanceOfSatisfying(
            ApiProblem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.BAD_REQUEST))
        .hasMessage("supply[1].hour 2025-06-01T13:30 is not the start of an hour");
  }

  @Test
  void moreThanTheLimitIsRefusedBeforeAnyHourIsRead() {
    InstrumentRequests.withinHourLimit(InstrumentRequests.MAX_HOURS);
    assertThatThrownBy(() -> InstrumentRequests.withinHourLimit(InstrumentRequests.MAX_HOURS + 1L))
        .isInstanceOf(ApiProblem.class)
        .hasMessage("at most 1000000 hours in one request");
  }
}
