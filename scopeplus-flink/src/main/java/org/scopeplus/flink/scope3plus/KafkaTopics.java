package org.scopeplus.flink.scope3plus;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The job on Kafka: NDJSON events read from topics (one event per record value, UTF-8), and the
 * result lines written to one topic per kind ({@code PREFIX.aggregates}, {@code PREFIX.refusals},
 * {@code PREFIX.accounts}, {@code PREFIX.totals}, {@code PREFIX.outcomes}) by Flink's transactional
 * Kafka sink, exactly once: records become visible to {@code read_committed} consumers only when
 * the checkpoint that covers them completes. The read offsets are part of every checkpoint; they
 * are also committed to the consumer group on checkpoints, for monitoring and for a new job without
 * a savepoint. See docs/scope3plus-flink.md, "Kafka".
 */
public final class KafkaTopics {

  /** Consumer group of the source unless another is given. */
  public static final String DEFAULT_GROUP = "scopeplus-scope3plus";

  /** Transactional id prefix of the sink unless another is given. */
  public static final String DEFAULT_TRANSACTIONAL_ID_PREFIX = "scopeplus-scope3plus";

  /**
   * Transaction timeout of the sink unless {@code transaction.timeout.ms} is given: a broker's
   * default maximum (15 minutes). A transaction stays open from one checkpoint to the next, so the
   * checkpoint interval plus the time of a recovery must stay below it.
   */
  public static final long TRANSACTION_TIMEOUT_MS = 15 * 60 * 1000L;

  private KafkaTopics() {}

  /**
   * Where the cluster is and how to talk to it.
   *
   * @param bootstrapServers {@code host:port,...}
   * @param properties further Kafka client properties (security, timeouts), for source and sink
   */
  public record Connection(String bootstrapServers, Map<String, String> properties) {
    public Connection {
      if (bootstrapServers == null || bootstrapServers.isBlank()) {
        throw new IllegalArgumentException("Kafka needs bootstrap servers");
      }
      properties = Map.copyOf(properties);
    }

    Properties asProperties() {
      Properties p = new Properties();
      p.putAll(properties);
      return p;
    }
  }

  /**
   * The events of {@code topics}, one NDJSON line per record value, from the group's committed
   * offsets (the earliest where the group has none).
   *
   * @param untilLatest when true, the source is bounded: it ends at the offsets that are the latest
   *     when the job starts, and the job then emits its results and finishes; when false it reads
   *     for as long as the job runs
   */
  public static DataStream<String> read(
      StreamExecutionEnvironment env,
      Connection kafka,
      List<String> topics,
      String groupId,
      boolean untilLatest) {
    if (topics.isEmpty()) {
      throw new IllegalArgumentException("give at least one input topic");
    }
    KafkaSourceBuilder<String> b =
        KafkaSource.<String>builder()
            .setBootstrapServers(kafka.bootstrapServers())
            .setProperties(kafka.asProperties())
            .setTopics(topics)
            .setGroupId(groupId)
            .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
            .setValueOnlyDeserializer(new SimpleStringSchema(StandardCharsets.UTF_8))
            .setProperty("commit.offsets.on.checkpoint", "true");
    if (untilLatest) {
      b.setBounded(OffsetsInitializer.latest());
    }
    return env.fromSource(b.build(), WatermarkStrategy.noWatermarks(), "Kafka events");
  }

  /**
   * Writes every result line to the topic of its kind, keyed by what it is the line of (the cell,
   * the reason, the actor, the catalogue version, the event id), the value its {@link
   * ResultLine#toJson()}, exactly once.
   */
  public static void writeTo(
      DataStream<ResultLine> results,
      Connection kafka,
      String topicPrefix,
      String transactionalIdPrefix) {
    Properties producer = kafka.asProperties();
    // The sink's own default (one hour) is above a broker's default transaction.max.timeout.ms.
    producer.putIfAbsent("transaction.timeout.ms", String.valueOf(TRANSACTION_TIMEOUT_MS));
    KafkaSink<ResultLine> sink =
        KafkaSink.<ResultLine>builder()
            .setBootstrapServers(kafka.bootstrapServers())
            .setKafkaProducerConfig(producer)
            .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
            .setTransactionalIdPrefix(transactionalIdPrefix)
            .setRecordSerializer(new Records(topicPrefix))
            .build();
    results.sinkTo(sink).name("result topics");
  }

  /** The topic a kind of line goes to. */
  public static String topic(String prefix, String kind) {
    return prefix + "." + kind;
  }

  /**
   * One record per line: to {@code PREFIX.kind}, keyed by {@link ResultLine#key()} (what the line
   * is the line of, so that a compacted topic keeps the last), the value its JSON object, UTF-8.
   * The record takes the time it is written, not the event time: result lines are emitted at the
   * end of event time, and outcomes carry event times that may be years old, which the broker's
   * time-based retention would delete at once.
   */
  record Records(String prefix) implements KafkaRecordSerializationSchema<ResultLine> {
    @Override
    public ProducerRecord<byte[], byte[]> serialize(
        ResultLine line, KafkaSinkContext context, Long timestamp) {
      return new ProducerRecord<>(
          topic(prefix, line.kind),
          null,
          null,
          line.key().getBytes(StandardCharsets.UTF_8),
          line.toJson().getBytes(StandardCharsets.UTF_8));
    }
  }
}
