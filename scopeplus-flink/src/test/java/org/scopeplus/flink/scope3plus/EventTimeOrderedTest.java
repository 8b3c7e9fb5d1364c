package org.scopeplus.flink.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * The deciding stage's order (docs/scope3plus-flink.md, "Order"): events wait for the watermark and
 * all events of one instant are decided by event id, however many share the instant and in whatever
 * order they arrived, on the RocksDB state backend the sizing uses. Each waiting event is an entry
 * of its own; this checks that a thousand of them at one second come out complete and in order, and
 * that the claim of one action goes to the lowest id at that instant.
 */
class EventTimeOrderedTest {

  private static final EcosystemSettings SETTINGS = EcosystemSettings.standard();

  /** A 412 km business trip by rail of actor {@code actor} at {@code time}, with a claim or "". */
  private static String trip(String id, String actor, String time, String claim) {
    return "{\"event_id\":\""
        + id
        + "\",\"programme\":\"employees\",\"actor\":\""
        + actor
        + "\",\"action\":\"office.rail_instead_of_air\","
        + "\"quantities\":[{\"value\":412,\"unit\":\"km\"}],\"time\":\""
        + time
        + "\",\"region\":\"GB\",\"evidence\":\"booking:"
        + id
        + "\""
        + (claim.isEmpty() ? "" : ",\"claim\":\"" + claim + "\"")
        + "}";
  }

  @Test
  void aThousandEventsOfOneSecondAreDecidedInIdOrderWhateverTheirArrival() throws Exception {
    List<String> lines = new ArrayList<>();
    // Arrival in descending id order, each event another actor's, all at 09:00:00.
    for (int i = 999; i >= 0; i--) {
      lines.add(
          trip(String.format(Locale.ROOT, "emp-%04d", i), "e-" + i, "2024-03-04T09:00:00Z", ""));
    }
    // At 09:00:01, two reports of one trip: the higher id arrives first, the lower id counts.
    lines.add(trip("trv-0002", "t-2", "2024-03-04T09:00:01Z", "rail:shared"));
    lines.add(trip("trv-0001", "t-1", "2024-03-04T09:00:01Z", "rail:shared"));
    List<ValidEvent> valid = validate(lines);

    try (KeyedOneInputStreamOperatorTestHarness<String, ValidEvent, ValidEvent> harness =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(new ApplyingTheRules(SETTINGS)),
            e -> ApplyingTheRules.KEY,
            Types.STRING)) {
      harness.setStateBackend(new EmbeddedRocksDBStateBackend(true));
      harness.open();
      for (ValidEvent e : valid) {
        harness.processElement(new StreamRecord<>(e, e.timestamp()));
      }
      assertThat(harness.extractOutputValues())
          .as("nothing decided before the watermark")
          .isEmpty();
      harness.processWatermark(valid.get(0).timestamp());
      List<String> first = ids(harness.extractOutputValues());
      assertThat(first).hasSize(1_000);
      assertThat(first).isSorted();
      assertThat(first.get(0)).isEqualTo("emp-0000");

      harness.processWatermark(valid.get(0).timestamp() + 1_000);
      List<String> all = ids(harness.extractOutputValues());
      assertThat(all).hasSize(1_001);
      assertThat(all.get(1_000)).isEqualTo("trv-0001");
      assertThat(harness.getSideOutput(ApplyingTheRules.REFUSED))
          .extracting(r -> r.getValue().reason + " " + r.getValue().eventId)
          .containsExactly("ALREADY_CLAIMED trv-0002");
    }
  }

  private static List<String> ids(List<ValidEvent> events) {
    return events.stream().map(e -> e.id).toList();
  }

  private static List<ValidEvent> validate(List<String> lines) throws Exception {
    try (OneInputStreamOperatorTestHarness<String, ValidEvent> validating =
        new OneInputStreamOperatorTestHarness<>(
            new ProcessOperator<>(new ValidatingLines(SETTINGS)))) {
      validating.open();
      for (String line : lines) {
        validating.processElement(new StreamRecord<>(line));
      }
      List<ValidEvent> valid = new ArrayList<>(validating.extractOutputValues());
      assertThat(valid).as("every line is valid").hasSize(lines.size());
      return valid;
    }
  }
}
