package org.scopeplus.flink.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.io.scope3plus.EventGenerator;
import org.scopeplus.io.scope3plus.KafkaBroker;
import tools.jackson.databind.JsonNode;

/**
 * The job between real Kafka topics: a single-node KRaft broker ({@link KafkaBroker}) holds a
 * generated stream (redeliveries, double claims, invalid lines, daily caps that bind) on a topic of
 * two partitions; the job reads it on a two-slot mini cluster with checkpoints, fails once after a
 * checkpoint and restarts from it, and writes its results through the transactional sink. Read with
 * {@code isolation.level=read_committed}, the topics must hold exactly the embedded ledger's
 * results on the same events: counted events, refusals by reason, grams, every aggregate cell and
 * every account, and one outcome per event, none twice.
 */
class KafkaEcosystemIT {

  @RegisterExtension
  static final MiniClusterExtension CLUSTER = TwoSlotCluster.extension(failingJobsEnd());

  /** Jobs that fail end (and the test with them) unless they ask for restarts themselves. */
  private static Configuration failingJobsEnd() {
    Configuration c = new Configuration();
    c.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    return c;
  }

  private static final EcosystemSettings SETTINGS =
      EcosystemSettings.standard().withOutOfOrderness(Duration.ofDays(3650));
  private static final String EVENTS = "scope3plus.events";

  @TempDir static Path folder;
  private static KafkaBroker broker;
  private static List<String> lines;
  private static LedgerInEventTimeOrder reference;

  @BeforeAll
  static void startTheBrokerAndProduceTheEvents() throws Exception {
    broker = KafkaBroker.start(folder);
    // 3,000 lines, 40 actors over 4 days: 5% redeliveries, 8% double claims, 3% invalid lines.
    EventGenerator generator = new EventGenerator(1, 40, 4, 0.05, 0.08, 0.03, SETTINGS.catalog());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    generator.write(3_000, out);
    lines = Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n"));
    reference = LedgerInEventTimeOrder.run(lines, SETTINGS);

    broker.createTopics(2, EVENTS);
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new StringSerializer(),
            new StringSerializer())) {
      for (int i = 0; i < lines.size(); i++) {
        producer.send(new ProducerRecord<>(EVENTS, i % 2, null, lines.get(i)));
      }
      producer.flush();
    }
  }

  @AfterAll
  static void stopTheBroker() throws Exception {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void aFailureMidStreamRestartsFromTheCheckpointAndTheTopicsHoldTheLedgersResults()
      throws Exception {
    String prefix = "failing";
    createResultTopics(prefix);
    StreamExecutionEnvironment env = TwoSlotCluster.environment(RuntimeExecutionMode.STREAMING);
    env.enableCheckpointing(100, CheckpointingMode.EXACTLY_ONCE);
    Configuration restart = new Configuration();
    restart.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    restart.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
    restart.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ZERO);
    env.configure(restart);
    FailingOnceAfterACheckpoint.reset();
    KafkaTopics.Connection kafka = new KafkaTopics.Connection(broker.bootstrapServers(), Map.of());

    DataStream<String> events =
        KafkaTopics.read(env, kafka, List.of(EVENTS), "failing-job", true)
            .map(new FailingOnceAfterACheckpoint())
            .name("fails once");
    EcosystemJob.Pipeline p = EcosystemJob.pipeline(events, SETTINGS);
    DataStream<ResultLine> all =
        p.results().union(p.outcomes().map(ResultLine::outcome).returns(ResultLine.class));
    KafkaTopics.writeTo(all, kafka, prefix, "failing-job");
    Path files = folder.resolve("failing-files");
    EcosystemJob.writeTo(all, files.toString());
    env.execute("Scope 3+ from Kafka, failing once");

    assertThat(FailingOnceAfterACheckpoint.failed()).as("the job failed and recovered").isTrue();
    JobResults fromTopics = readCommitted(prefix);
    fromTopics.assertSameAs(reference.ledger);
    assertThat(fromTopics.outcomes())
        .as("every event's outcome once")
        .isEqualTo(reference.outcomes);
    JobResults fromFiles = JobResults.read(files);
    fromFiles.assertSameAs(reference.ledger);
    assertThat(fromFiles.outcomes()).isEqualTo(reference.outcomes);
  }

  @Test
  void theJobsArgumentsReadATopicAndWriteTopicsAndFiles() throws Exception {
    String prefix = "main";
    createResultTopics(prefix);
    Path files = folder.resolve("main-files");
    EcosystemJob.main(
        new String[] {
          "--kafka-bootstrap-servers",
          broker.bootstrapServers(),
          "--input-topic",
          EVENTS,
          "--group-id",
          "main-job",
          "--until-latest",
          "--output-topics",
          prefix,
          "--transactional-id-prefix",
          "main-job",
          "--output",
          files.toString(),
          "--out-of-orderness",
          "P3650D",
          "--checkpoint-interval",
          "PT0.2S"
        });

    JobResults fromTopics = readCommitted(prefix);
    fromTopics.assertSameAs(reference.ledger);
    assertThat(fromTopics.outcomes()).isEqualTo(reference.outcomes);
    JobResults.read(files).assertSameAs(reference.ledger);
  }

  private static void createResultTopics(String prefix) throws Exception {
    broker.createTopics(
        2,
        List.of(
                ResultLine.AGGREGATES,
                ResultLine.REFUSALS,
                ResultLine.ACCOUNTS,
                ResultLine.TOTALS,
                ResultLine.OUTCOMES)
            .stream()
            .map(k -> KafkaTopics.topic(prefix, k))
            .toArray(String[]::new));
  }

  /** The results in the topics under {@code prefix}, committed records only. */
  private static JobResults readCommitted(String prefix) {
    return JobResults.parse(
        committed(KafkaTopics.topic(prefix, ResultLine.TOTALS)),
        committed(KafkaTopics.topic(prefix, ResultLine.REFUSALS)),
        committed(KafkaTopics.topic(prefix, ResultLine.AGGREGATES)),
        committed(KafkaTopics.topic(prefix, ResultLine.ACCOUNTS)),
        committed(KafkaTopics.topic(prefix, ResultLine.OUTCOMES)));
  }

  /** Every committed value of a topic, as JSON. */
  private static List<JsonNode> committed(String topic) {
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
            new StringDeserializer(),
            new StringDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(i -> new TopicPartition(topic, i.partition()))
              .collect(Collectors.toList());
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        assertThat(System.nanoTime()).as("read " + topic + " in time").isLessThan(deadline);
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
          values.add(r.value());
        }
      }
    }
    return JobResults.json(values);
  }
}
