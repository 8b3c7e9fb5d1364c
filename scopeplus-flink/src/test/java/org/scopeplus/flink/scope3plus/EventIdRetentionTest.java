package org.scopeplus.flink.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.scope3plus.RejectionReason;

/**
 * The documented retention of event ids (docs/scope3plus-flink.md, "State and exactly-once"):
 * counted ids, claims and action keys expire seven days of processing time after they were written.
 * A redelivery of a counted event within the window is refused as {@code DUPLICATE_EVENT}; one
 * after the window is no longer recognised and is counted again, as the documentation says it is.
 * The deciding stage runs in Flink's operator test harness, whose state TTL clock the test sets.
 */
class EventIdRetentionTest {

  private static final long DAY = Duration.ofDays(1).toMillis();

  /** A business trip by rail, with a claim, so an expired claim is seen too. */
  private static final String TRIP =
      "{\"event_id\":\"emp-0001\",\"programme\":\"employees\",\"actor\":\"e-42\","
          + "\"action\":\"office.rail_instead_of_air\","
          + "\"quantities\":[{\"value\":412,\"unit\":\"km\"}],"
          + "\"time\":\"2024-03-04T09:00:00Z\",\"region\":\"GB\","
          + "\"evidence\":\"booking:emp-0001\",\"claim\":\"rail:e-42:20240304T0900\"}";

  @Test
  void theWindowIsSevenDaysUnlessConfigured() {
    assertThat(EcosystemSettings.standard().eventIdRetention()).isEqualTo(Duration.ofDays(7));
    assertThat(
            EcosystemSettings.standard()
                .withEventIdRetention(Duration.ofDays(30))
                .eventIdRetention())
        .isEqualTo(Duration.ofDays(30));
  }

  @Test
  void aRedeliveryInsideTheWindowIsADuplicateAndOneAfterItIsCountedAgain() throws Exception {
    EcosystemSettings settings = EcosystemSettings.standard();
    ValidEvent trip = valid(settings, TRIP);
    try (KeyedOneInputStreamOperatorTestHarness<String, ValidEvent, ValidEvent> harness =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(new ApplyingTheRules(settings)),
            e -> ApplyingTheRules.KEY,
            Types.STRING)) {
      harness.open();
      long countedAt = 1_000L;
      harness.setStateTtlProcessingTime(countedAt);
      harness.processElement(new StreamRecord<>(trip, trip.timestamp()));
      harness.processWatermark(trip.timestamp());
      assertThat(counted(harness)).as("first delivery").isEqualTo(1);

      // Six days, 23 hours later: still within the window.
      harness.setStateTtlProcessingTime(countedAt + 7 * DAY - 3_600_000L);
      harness.processElement(new StreamRecord<>(valid(settings, TRIP), trip.timestamp()));
      assertThat(refusals(harness)).containsExactly(RejectionReason.DUPLICATE_EVENT.name());
      assertThat(counted(harness)).as("redelivery inside the window").isEqualTo(1);

      // The refused redelivery did not prolong the window: seven days and a second after the
      // count, the id, the claim and the action key are gone and the redelivery counts again.
      harness.setStateTtlProcessingTime(countedAt + 7 * DAY + 1_000L);
      harness.processElement(new StreamRecord<>(valid(settings, TRIP), trip.timestamp()));
      assertThat(refusals(harness)).as("no new refusal").hasSize(1);
      assertThat(counted(harness)).as("redelivery after the window").isEqualTo(2);

      // Counting it again started a new window: a further redelivery is a duplicate again.
      harness.setStateTtlProcessingTime(countedAt + 8 * DAY);
      harness.processElement(new StreamRecord<>(valid(settings, TRIP), trip.timestamp()));
      assertThat(refusals(harness))
          .containsExactly(
              RejectionReason.DUPLICATE_EVENT.name(), RejectionReason.DUPLICATE_EVENT.name());
      assertThat(counted(harness)).isEqualTo(2);
    }
  }

  @Test
  void aLongerWindowStillDetectsTheRedeliveryAfterSevenDays() throws Exception {
    EcosystemSettings settings =
        EcosystemSettings.standard().withEventIdRetention(Duration.ofDays(30));
    ValidEvent trip = valid(settings, TRIP);
    try (KeyedOneInputStreamOperatorTestHarness<String, ValidEvent, ValidEvent> harness =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(new ApplyingTheRules(settings)),
            e -> ApplyingTheRules.KEY,
            Types.STRING)) {
      harness.open();
      harness.setStateTtlProcessingTime(0);
      harness.processElement(new StreamRecord<>(trip, trip.timestamp()));
      harness.processWatermark(trip.timestamp());
      harness.setStateTtlProcessingTime(8 * DAY);
      harness.processElement(new StreamRecord<>(valid(settings, TRIP), trip.timestamp()));
      assertThat(counted(harness)).isEqualTo(1);
      assertThat(refusals(harness)).containsExactly(RejectionReason.DUPLICATE_EVENT.name());
    }
  }

  private static long counted(
      KeyedOneInputStreamOperatorTestHarness<String, ValidEvent, ValidEvent> harness) {
    return harness.extractOutputValues().size();
  }

  private static List<String> refusals(
      KeyedOneInputStreamOperatorTestHarness<String, ValidEvent, ValidEvent> harness) {
    ConcurrentLinkedQueue<StreamRecord<Outcome>> side =
        harness.getSideOutput(ApplyingTheRules.REFUSED);
    List<String> reasons = new ArrayList<>();
    if (side != null) {
      side.forEach(r -> reasons.add(r.getValue().reason));
    }
    return reasons;
  }

  /** The line through the job's own validation stage. */
  private static ValidEvent valid(EcosystemSettings settings, String line) {
    ValidatingLines validating = new ValidatingLines(settings);
    validating.open(null);
    List<ValidEvent> out = new ArrayList<>();
    validating.processElement(
        line,
        null,
        new Collector<>() {
          @Override
          public void collect(ValidEvent e) {
            out.add(e);
          }

          @Override
          public void close() {}
        });
    assertThat(out).as("the line is valid").hasSize(1);
    return out.get(0);
  }
}
