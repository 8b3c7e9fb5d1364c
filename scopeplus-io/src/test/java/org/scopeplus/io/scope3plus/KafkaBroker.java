package org.scopeplus.io.scope3plus;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker for the integration tests: the {@code kafka_2.13} release on the test class
 * path, one node that is broker and KRaft controller, started as a child process on free ports with
 * its logs and data under a folder of the test, and stopped (its process ended) by {@link
 * #close()}. Shared through this module's test jar by the Flink job's tests (which write the job's
 * result topics) and the service's (which read them); a module that starts it has {@code
 * kafka_2.13} on its test class path, which the child process runs from.
 */
public final class KafkaBroker implements AutoCloseable {

  private final Process process;
  private final String bootstrapServers;
  private final Path folder;

  private KafkaBroker(Process process, String bootstrapServers, Path folder) {
    this.process = process;
    this.bootstrapServers = bootstrapServers;
    this.folder = folder;
  }

  /** Formats a log folder under {@code folder}, starts the broker and waits until it answers. */
  public static KafkaBroker start(Path folder) throws Exception {
    int brokerPort = freePort();
    int controllerPort = freePort();
    Path config = folder.resolve("server.properties");
    Properties p = new Properties();
    p.putAll(
        Map.ofEntries(
            Map.entry("process.roles", "broker,controller"),
            Map.entry("node.id", "1"),
            Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
            Map.entry(
                "listeners",
                "PLAINTEXT://127.0.0.1:"
                    + brokerPort
                    + ",CONTROLLER://127.0.0.1:"
                    + controllerPort),
            Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort),
            Map.entry("controller.listener.names", "CONTROLLER"),
            Map.entry("inter.broker.listener.name", "PLAINTEXT"),
            Map.entry("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"),
            Map.entry("log.dirs", folder.resolve("data").toString()),
            Map.entry("offsets.topic.replication.factor", "1"),
            Map.entry("offsets.topic.num.partitions", "1"),
            Map.entry("transaction.state.log.replication.factor", "1"),
            Map.entry("transaction.state.log.min.isr", "1"),
            Map.entry("transaction.state.log.num.partitions", "1"),
            Map.entry("share.coordinator.state.topic.replication.factor", "1"),
            Map.entry("share.coordinator.state.topic.min.isr", "1"),
            Map.entry("group.initial.rebalance.delay.ms", "0"),
            Map.entry("auto.create.topics.enable", "false")));
    try (var out = Files.newOutputStream(config)) {
      p.store(out, "single-node KRaft broker of a test");
    }
    Path log = folder.resolve("broker.log");
    int formatted =
        java(
                log,
                "kafka.tools.StorageTool",
                "format",
                "-t",
                Uuid.randomUuid().toString(),
                "-c",
                config.toString())
            .waitFor();
    if (formatted != 0) {
      throw new IllegalStateException(
          "formatting the broker's storage failed: " + Files.readString(log));
    }
    Process broker = java(log, "kafka.Kafka", config.toString());
    // Ends the broker also when the test JVM is stopped before close().
    Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
    KafkaBroker b = new KafkaBroker(broker, "127.0.0.1:" + brokerPort, folder);
    try {
      b.awaitReady(Duration.ofSeconds(60));
    } catch (Exception e) {
      b.close();
      throw e;
    }
    return b;
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** An admin client; the caller closes it. */
  public Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
  }

  /** Creates topics of {@code partitions} partitions each. */
  public void createTopics(int partitions, String... names) throws Exception {
    List<NewTopic> topics = new ArrayList<>();
    for (String n : names) {
      topics.add(new NewTopic(n, partitions, (short) 1));
    }
    try (Admin a = admin()) {
      a.createTopics(topics).all().get(60, TimeUnit.SECONDS);
    }
  }

  private void awaitReady(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    Exception last = null;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the broker ended: " + Files.readString(folder.resolve("broker.log")));
      }
      try (Admin a = admin()) {
        a.describeCluster().nodes().get(5, TimeUnit.SECONDS);
        return;
      } catch (Exception e) {
        last = e;
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("the broker did not answer within " + timeout, last);
  }

  /** A JVM on the test class path running {@code mainClass}, its output appended to {@code log}. */
  private static Process java(Path log, String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
