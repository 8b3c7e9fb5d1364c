package org.scopeplus.flink.scope3plus;

import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;

/** The tests' Flink: a mini cluster of one task manager with two slots, jobs at parallelism 2. */
final class TwoSlotCluster {

  private TwoSlotCluster() {}

  /** The cluster, for a test class's {@code @RegisterExtension static} field. */
  static MiniClusterExtension extension() {
    return extension(new Configuration());
  }

  /** The cluster with the given configuration. */
  static MiniClusterExtension extension(Configuration configuration) {
    return new MiniClusterExtension(
        new MiniClusterResourceConfiguration.Builder()
            .setConfiguration(configuration)
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());
  }

  /** An environment on the cluster at parallelism 2 in the given execution mode. */
  static StreamExecutionEnvironment environment(RuntimeExecutionMode mode) {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    env.setRuntimeMode(mode);
    return env;
  }
}
