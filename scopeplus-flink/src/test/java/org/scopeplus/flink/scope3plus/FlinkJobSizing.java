package org.scopeplus.flink.scope3plus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.runtime.checkpoint.AbstractCheckpointStats;
import org.apache.flink.runtime.checkpoint.CheckpointStatsStatus;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.io.scope3plus.EventGenerator;

/**
 * Sizing of the Scope 3+ Flink job: runs the job (streaming execution, RocksDB state backend,
 * incremental checkpoints every 2 s to a local folder) on a mini cluster of {@code SLOTS} slots at
 * parallelism {@code SLOTS} over {@code EVENTS} generated lines (seed 42, {@code ACTORS} actors, a
 * year of event times, 2% redeliveries, 1% double claims, 0.5% invalid lines; the file is generated
 * under {@code DIR} on the first run) and reports events per second, per slot, and the largest
 * completed checkpoint: its full state size and its incremental (checkpointed) size. The results
 * and the outcome of every line go to a discarding sink: the job's own work, without an output
 * system. Arguments: EVENTS ACTORS SLOTS DIR [OUT_OF_ORDERNESS, default PT1H]. The benchmarks
 * module may not depend on the Flink job (DESIGN.md), so this entry lives with the job's tests;
 * BENCHMARKS.md has the command.
 */
public final class FlinkJobSizing {
  private FlinkJobSizing() {}

  /** Runs the measurement. */
  public static void main(String[] args) throws Exception {
    long events = Long.parseLong(args[0]);
    int actors = Integer.parseInt(args[1]);
    int slots = Integer.parseInt(args[2]);
    Path dir = Path.of(args[3]);
    Duration outOfOrderness = Duration.parse(args.length > 4 ? args[4] : "PT1H");
    EcosystemSettings settings = EcosystemSettings.standard().withOutOfOrderness(outOfOrderness);
    MethodologyCatalog catalog = settings.catalog();
    Files.createDirectories(dir);
    Path input = dir.resolve("events-" + events + "-" + actors + ".ndjson");
    if (!Files.exists(input)) {
      EventGenerator g = new EventGenerator(42, actors, 365, 0.02, 0.01, 0.005, catalog);
      try (OutputStream out = Files.newOutputStream(input)) {
        g.write(events, out);
      }
    }
    Path checkpoints = dir.resolve("checkpoints-" + System.nanoTime());

    Configuration conf = new Configuration();
    conf.setString("state.backend.type", "rocksdb");
    conf.setString("execution.checkpointing.incremental", "true");
    conf.setString("execution.checkpointing.dir", checkpoints.toUri().toString());
    conf.setString("web.checkpoints.history", "10000");
    conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.ofMebiBytes(256L * slots));
    MiniClusterConfiguration cluster =
        new MiniClusterConfiguration.Builder()
            .setConfiguration(conf)
            .setNumTaskManagers(1)
            .setNumSlotsPerTaskManager(slots)
            .build();

    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(slots);
    env.enableCheckpointing(2_000, CheckpointingMode.EXACTLY_ONCE);
    EcosystemJob.Pipeline p =
        EcosystemJob.pipeline(EcosystemJob.read(env, List.of(input.toString())), settings);
    DataStream<ResultLine> all =
        p.results().union(p.outcomes().map(ResultLine::outcome).returns(ResultLine.class));
    all.sinkTo(new DiscardingSink<>()).name("discard");

    try (MiniCluster mc = new MiniCluster(cluster)) {
      mc.start();
      var os =
          (com.sun.management.OperatingSystemMXBean)
              java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long cpu0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      StreamGraph graph = env.getStreamGraph();
      graph.setJobId(JobID.generate());
      JobID id = mc.submitJob(graph).get().getJobID();
      mc.requestJobResult(id).get().toJobExecutionResult(FlinkJobSizing.class.getClassLoader());
      double secs = (System.nanoTime() - t0) / 1e9;
      double cpuSecs = (os.getProcessCpuTime() - cpu0) / 1e9;
      long largestState = 0;
      long largestIncrement = 0;
      long completed = 0;
      for (AbstractCheckpointStats c :
          mc.getArchivedExecutionGraph(id)
              .get()
              .getCheckpointStatsSnapshot()
              .getHistory()
              .getCheckpoints()) {
        if (c.getStatus() == CheckpointStatsStatus.COMPLETED) {
          completed++;
          largestState = Math.max(largestState, c.getStateSize());
          largestIncrement = Math.max(largestIncrement, c.getCheckpointedSize());
        }
      }
      System.out.printf(
          "%,d lines, %,d actors, %d slot(s), out-of-orderness %s: %.1f s wall, %,.0f events/s,"
              + " %,.0f events/s per slot; %.1f s CPU (whole process), %,.0f events per CPU-second; %d checkpoints completed, largest full state %,d bytes,"
              + " largest increment %,d bytes; checkpoint folder at the end %,d bytes%n",
          events,
          actors,
          slots,
          outOfOrderness,
          secs,
          events / secs,
          events / secs / slots,
          cpuSecs,
          events / cpuSecs,
          completed,
          largestState,
          largestIncrement,
          size(checkpoints));
    }
  }

  private static long size(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              f -> {
                try {
                  return Files.size(f);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    }
  }
}
