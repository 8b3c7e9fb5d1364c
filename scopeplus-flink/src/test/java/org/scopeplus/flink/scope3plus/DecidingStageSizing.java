package org.scopeplus.flink.scope3plus;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.scopeplus.io.scope3plus.EventGenerator;

/**
 * Sizing of the deciding stage alone ({@link ApplyingTheRules}, the one task every decision that
 * reads state runs in): validates {@code EVENTS} generated lines (seed 42, {@code ACTORS} actors, a
 * year of event times, 2% redeliveries, 1% double claims, 0.5% invalid lines, as {@link
 * FlinkJobSizing}) beforehand, then feeds the valid ones to the stage in Flink's operator test
 * harness on the RocksDB state backend, with a watermark one hour behind the latest event time
 * every 1,000 events, and reports the CPU time of the thread that decided (parsing, validation,
 * network and the other stages excluded). With PER_SECOND, the valid events are given new times in
 * the order of the lines, PER_SECOND events in each second of event time, and the watermark runs
 * one second behind: a stream as Kafka delivers it, where events wait for the watermark. Arguments:
 * EVENTS ACTORS [PER_SECOND]. BENCHMARKS.md has the command.
 */
public final class DecidingStageSizing {
  private DecidingStageSizing() {}

  /** Runs the measurement. */
  public static void main(String[] args) throws Exception {
    long events = Long.parseLong(args[0]);
    int actors = Integer.parseInt(args[1]);
    EcosystemSettings settings = EcosystemSettings.standard();
    EventGenerator g = new EventGenerator(42, actors, 365, 0.02, 0.01, 0.005, settings.catalog());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    g.write(events, bytes);
    List<ValidEvent> valid;
    try (OneInputStreamOperatorTestHarness<String, ValidEvent> validating =
        new OneInputStreamOperatorTestHarness<>(
            new ProcessOperator<>(new ValidatingLines(settings)))) {
      validating.open();
      for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
        validating.processElement(new StreamRecord<>(line));
      }
      valid = new ArrayList<>(validating.extractOutputValues());
    }
    long lag = Duration.ofHours(1).toMillis();
    if (args.length > 2) {
      // A stream in event-time order, PER_SECOND events in each second of event time.
      int perSecond = Integer.parseInt(args[2]);
      long start = valid.stream().mapToLong(e -> e.epochSecond).min().orElse(0);
      for (int i = 0; i < valid.size(); i++) {
        ValidEvent e = valid.get(i);
        e.epochSecond = start + i / perSecond;
        e.day = (int) Math.floorDiv(e.epochSecond, 86_400L);
      }
      lag = Duration.ofSeconds(1).toMillis();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (KeyedOneInputStreamOperatorTestHarness<String, ValidEvent, ValidEvent> harness =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(new ApplyingTheRules(settings)),
            e -> ApplyingTheRules.KEY,
            Types.STRING)) {
      harness.setStateBackend(new EmbeddedRocksDBStateBackend(true));
      harness.open();
      long cpu0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      long latest = Long.MIN_VALUE;
      int n = 0;
      for (ValidEvent e : valid) {
        latest = Math.max(latest, e.timestamp());
        harness.processElement(new StreamRecord<>(e, e.timestamp()));
        if (++n % 1_000 == 0) {
          harness.processWatermark(latest - lag);
        }
      }
      harness.processWatermark(Long.MAX_VALUE);
      double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
      double wall = (System.nanoTime() - t0) / 1e9;
      long counted = harness.extractOutputValues().size();
      ConcurrentLinkedQueue<StreamRecord<Outcome>> refused =
          harness.getSideOutput(ApplyingTheRules.REFUSED);
      long refusals = refused == null ? 0 : refused.size();
      if (counted + refusals != valid.size()) {
        throw new IllegalStateException(
            "decided " + (counted + refusals) + " of " + valid.size() + " valid events");
      }
      System.out.printf(
          "deciding stage, RocksDB%s: %,d valid events of %,d lines, %,d actors: %,d counted, %,d"
              + " refused; %.1f s CPU (deciding thread), %,.0f decisions per CPU-second;"
              + " %.1f s wall, %,.0f decisions/s%n",
          args.length > 2 ? ", in order at " + args[2] + " events per second" : "",
          valid.size(),
          events,
          actors,
          counted,
          refusals,
          cpu,
          valid.size() / cpu,
          wall,
          valid.size() / wall);
    }
  }
}
