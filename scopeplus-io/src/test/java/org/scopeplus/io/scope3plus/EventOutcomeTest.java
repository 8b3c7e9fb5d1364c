package org.scopeplus.io.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The outcome record the Flink job writes and the service reads: what is written is read back
 * equal, and a record that is not an outcome is refused with a sentence saying what is wrong, never
 * read as a wrong number.
 */
class EventOutcomeTest {

  /**
   * A 412 km rail trip instead of a flight: 38,950 g (docs/scope3plus.md), 2 points per kg: by hand
   * 38.95 kg x 2 = 77.9 points, 77,900,000 millionths.
   */
  private static final EventOutcome TRIP =
      new EventOutcome(
          "emp-0001",
          "",
          "{\"event_id\":\"emp-0001\"}",
          "e-42",
          "employees",
          "office.rail_instead_of_air",
          "GB",
          "2024-03",
          38_950,
          0,
          77_900_000);

  @Test
  void whatIsWrittenIsReadBack() {
    assertThat(EventOutcome.read(TRIP.toJson())).isEqualTo(TRIP);
    EventOutcome refused = EventOutcome.refused("x-1", "DUPLICATE_EVENT", "{}");
    assertThat(EventOutcome.read(refused.toJson())).isEqualTo(refused);
    assertThat(refused.counted()).isFalse();
    assertThat(TRIP.counted()).isTrue();
  }

  @Test
  void theFieldsAreWrittenInTheDocumentedOrder() {
    assertThat(TRIP.toJson())
        .isEqualTo(
            "{\"eventId\":\"emp-0001\",\"reason\":\"\",\"line\":\"{\\\"event_id\\\":\\\"emp-0001\\\"}\","
                + "\"actor\":\"e-42\",\"programme\":\"employees\","
                + "\"action\":\"office.rail_instead_of_air\",\"region\":\"GB\",\"month\":\"2024-03\","
                + "\"grams\":38950,\"weakGrams\":0,\"points\":77.9}");
  }

  @Test
  void anOutcomeWrittenWithWholePointsReadsAsThosePoints() {
    String before = TRIP.toJson().replace("\"points\":77.9", "\"points\":78");
    assertThat(EventOutcome.read(before).points()).isEqualTo(78_000_000);
  }

  @Test
  void aRecordThatIsNotAnOutcomeIsRefusedWithASentence() {
    String counted = TRIP.toJson();
    assertRefused("{\"eventId\":", "not JSON");
    assertRefused("[1,2]", "not a JSON object");
    assertRefused(counted.replace("\"reason\":\"\"", "\"reason\":\"TOO_GREEN\""), "TOO_GREEN");
    assertRefused(counted.replace("\"actor\":\"e-42\",", ""), "field actor is missing");
    assertRefused(counted.replace("\"grams\":38950", "\"grams\":\"38950\""), "grams");
    assertRefused(counted.replace("\"grams\":38950", "\"grams\":1e300"), "grams");
    assertRefused(
        counted.replace("\"grams\":38950", "\"grams\":9007199254740993"), "beyond what one event");
    assertRefused(counted.replace("\"weakGrams\":0", "\"weakGrams\":5"), "weakGrams");
    assertRefused(counted.replace("2024-03", "0000-03"), "month 0000-03");
    assertRefused(counted.replace("\"points\":77.9", "\"points\":77.9000001"), "six decimals");
    assertRefused(counted.replace("\"points\":77.9", "\"points\":\"77.9\""), "not a number");
    assertRefused(counted.replace("\"points\":77.9", "\"points\":1e300"), "points");
    assertRefused(
        counted.replace("\"points\":77.9", "\"points\":4611686018427.387904"),
        "beyond what one event");
    assertRefused(counted.replace("\"eventId\":\"emp-0001\"", "\"eventId\":\"\""), "eventId");
  }

  private static void assertRefused(String json, String sentencePart) {
    assertThatThrownBy(() -> EventOutcome.read(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(sentencePart);
  }
}
