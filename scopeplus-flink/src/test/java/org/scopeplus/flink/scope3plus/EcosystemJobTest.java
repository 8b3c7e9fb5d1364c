package org.scopeplus.flink.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.core.scope3plus.RejectionReason;
import org.scopeplus.io.scope3plus.EventGenerator;

/**
 * The Flink job against the embedded ledger on generated events (redeliveries, double claims,
 * invalid lines, actors dense enough for daily caps to bind), on a two-slot mini cluster with
 * parallelism 2: the ledger is offered the lines in the job's decision order (event time, then
 * event id), and both must count the same events, refuse the same by reason, and give the same
 * grams in every aggregate cell and every account.
 */
class EcosystemJobTest {

  @RegisterExtension static final MiniClusterExtension CLUSTER = TwoSlotCluster.extension();

  private static final EcosystemSettings SETTINGS =
      EcosystemSettings.standard().withOutOfOrderness(Duration.ofDays(3650));

  @TempDir static Path folder;
  private static Path events;
  private static List<String> lines;
  private static LedgerInEventTimeOrder reference;

  @BeforeAll
  static void generate() throws Exception {
    // 3,000 lines, 40 actors over 4 days: daily caps bind, programmes claim the same action.
    EventGenerator generator = new EventGenerator(1, 40, 4, 0.05, 0.08, 0.03, SETTINGS.catalog());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    generator.write(3_000, out);
    events = folder.resolve("events.ndjson");
    Files.write(events, out.toByteArray());
    lines = Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n"));
    reference = LedgerInEventTimeOrder.run(lines, SETTINGS);
  }

  private static StreamExecutionEnvironment environment(RuntimeExecutionMode mode) {
    StreamExecutionEnvironment env = TwoSlotCluster.environment(mode);
    if (mode == RuntimeExecutionMode.STREAMING) {
      env.enableCheckpointing(200, CheckpointingMode.EXACTLY_ONCE);
    }
    return env;
  }

  @Test
  void theInputExercisesEveryRule() {
    var t = reference.ledger.totals();
    assertThat(t.acceptedEvents()).isGreaterThan(2_000);
    for (RejectionReason r :
        List.of(
            RejectionReason.MALFORMED,
            RejectionReason.UNKNOWN_ACTION,
            RejectionReason.INVALID_QUANTITY,
            RejectionReason.DUPLICATE_EVENT,
            RejectionReason.ALREADY_CLAIMED,
            RejectionReason.DAILY_CAP_REACHED)) {
      assertThat(t.rejections().get(r)).as(r.name()).isGreaterThan(10);
    }
  }

  @Test
  void streamingExecutionCountsWhatTheLedgerCounts() throws Exception {
    StreamExecutionEnvironment env = environment(RuntimeExecutionMode.STREAMING);
    JobResults results =
        JobResults.collect(EcosystemJob.build(env, List.of(events.toString()), SETTINGS));
    results.assertSameAs(reference.ledger);
  }

  @Test
  void batchExecutionWritesFilesWithWhatTheLedgerCounts() throws Exception {
    Path output = folder.resolve("batch-output");
    EcosystemJob.main(new String[] {"--output", output.toString(), events.toString()});
    JobResults.read(output).assertSameAs(reference.ledger);
  }

  @Test
  void aFailureAfterACheckpointRestoresTheStateAndCountsEveryEventOnce() throws Exception {
    StreamExecutionEnvironment env = environment(RuntimeExecutionMode.STREAMING);
    env.enableCheckpointing(50, CheckpointingMode.EXACTLY_ONCE);
    Configuration restart = new Configuration();
    restart.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    restart.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
    restart.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ZERO);
    env.configure(restart);
    FailingOnceAfterACheckpoint.reset();
    DataStream<String> lines =
        EcosystemJob.read(env, List.of(events.toString()))
            .map(new FailingOnceAfterACheckpoint())
            .name("fails once");

    JobResults results = JobResults.collect(EcosystemJob.build(lines, SETTINGS));

    assertThat(FailingOnceAfterACheckpoint.failed()).as("the job failed and recovered").isTrue();
    results.assertSameAs(reference.ledger);
  }

  @Test
  void theSameFileDeliveredTwiceCountsEveryEventOnce() throws Exception {
    StreamExecutionEnvironment env = environment(RuntimeExecutionMode.STREAMING);
    JobResults twice =
        JobResults.collect(
            EcosystemJob.build(env, List.of(events.toString(), events.toString()), SETTINGS));

    var once = reference.ledger.totals();
    assertThat(twice.accepted()).isEqualTo(once.acceptedEvents());
    assertThat(twice.grossGrams()).isEqualTo(once.grossGrams());
    assertThat(twice.rows()).isEqualTo(reference.ledger.aggregates());
    // Each counted event's second delivery is a duplicate; every other refusal happens twice.
    for (RejectionReason r : RejectionReason.values()) {
      long expected =
          r == RejectionReason.DUPLICATE_EVENT
              ? 2 * once.rejections().get(r) + once.acceptedEvents()
              : 2 * once.rejections().get(r);
      assertThat(twice.refusals(r)).as(r.name()).isEqualTo(expected);
    }
    List<String> doubled = new ArrayList<>(lines);
    doubled.addAll(lines);
    twice.assertSameAs(LedgerInEventTimeOrder.run(doubled, SETTINGS).ledger);
  }
}
