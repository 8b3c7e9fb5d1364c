package org.scopeplus.server.scope3plus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.scopeplus.store.Database;
import org.scopeplus.store.scope3plus.ClusterLedgerStore;
import org.scopeplus.store.tenant.Tenant;
import org.scopeplus.store.tenant.TenantStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads the Flink job's outcomes topic ({@code PREFIX.outcomes}, docs/scope3plus-flink.md) into a
 * tenant's cluster ledger, on when {@code scopeplus.scope3plus.kafka.bootstrap-servers} is set.
 * Only committed records are read ({@code isolation.level=read_committed}): the job writes them in
 * Kafka transactions committed with its checkpoints, and an aborted attempt's records are never
 * seen.
 *
 * <p>Each poll's records are applied by {@link ClusterLedgerStore#apply} in one database
 * transaction that also moves the stored offsets of their partitions; a partition assigned to this
 * consumer is read from its stored offset (from the beginning when it has none). The offsets the
 * consumer group commits to Kafka afterwards are for monitoring the lag only. A record read twice
 * changes nothing; a poll whose transaction fails is read again from the stored offsets after a
 * pause, so a record is never skipped.
 */
@Component
@ConditionalOnProperty(name = "scopeplus.scope3plus.kafka.bootstrap-servers")
public class ReadingClusterOutcomes implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(ReadingClusterOutcomes.class);

  /** The kind of result line read: the outcome of every event. */
  public static final String OUTCOMES = "outcomes";

  private final Database db;
  private final ClusterLedgerStore store = new ClusterLedgerStore();
  private final TenantStore tenants = new TenantStore();
  private final String bootstrapServers;
  private final String topic;
  private final String tenantName;
  private final String groupId;
  private final Duration retryAfter;
  private final AtomicLong applied = new AtomicLong();
  private volatile KafkaConsumer<byte[], byte[]> consumer;
  private volatile Thread thread;
  private volatile boolean running;
  private volatile String lastProblem = "";

  ReadingClusterOutcomes(
      Database db,
      @Value("${scopeplus.scope3plus.kafka.bootstrap-servers}") String bootstrapServers,
      @Value("${scopeplus.scope3plus.kafka.topic-prefix:}") String topicPrefix,
      @Value("${scopeplus.scope3plus.kafka.tenant:}") String tenantName,
      @Value("${scopeplus.scope3plus.kafka.group-id:scopeplus-service}") String groupId,
      @Value("${scopeplus.scope3plus.kafka.retry-after:PT5S}") Duration retryAfter) {
    if (topicPrefix.isBlank() || tenantName.isBlank()) {
      throw new IllegalStateException(
          "scopeplus.scope3plus.kafka needs a topic-prefix and a tenant besides bootstrap-servers");
    }
    this.db = db;
    this.bootstrapServers = bootstrapServers;
    this.topic = topicPrefix + "." + OUTCOMES;
    this.tenantName = tenantName;
    this.groupId = groupId;
    this.retryAfter = retryAfter;
  }

  /** The topic read. */
  public String topic() {
    return topic;
  }

  /** The name of the tenant whose ledger the records go to. */
  public String tenantName() {
    return tenantName;
  }

  /** Records applied since this consumer started (not those read again and skipped). */
  public long applied() {
    return applied.get();
  }

  /** The last problem met (a tenant not found, a failed transaction), "" when none. */
  public String lastProblem() {
    return lastProblem;
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    Thread t = new Thread(this::run, "scope3plus-cluster-outcomes");
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  @Override
  public synchronized void stop() {
    running = false;
    KafkaConsumer<byte[], byte[]> c = consumer;
    if (c != null) {
      c.wakeup();
    }
    Thread t = thread;
    if (t != null) {
      try {
        t.join(Duration.ofSeconds(30).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    thread = null;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void run() {
    try {
      String tenantId = awaitTenant();
      if (tenantId == null) {
        return;
      }
      try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(properties())) {
        consumer = c;
        c.subscribe(List.of(topic), new FromStoredOffsets(c, tenantId));
        while (running) {
          ConsumerRecords<byte[], byte[]> records = c.poll(Duration.ofMillis(500));
          if (!records.isEmpty()) {
            apply(c, tenantId, records);
          }
        }
      } finally {
        consumer = null;
      }
    } catch (WakeupException | InterruptedException e) {
      // stopped
    } catch (RuntimeException e) {
      if (running) {
        running = false;
        lastProblem = "the consumer stopped: " + e.getMessage();
        LOG.error("reading {} stopped", topic, e);
      }
    }
  }

  /** The configured tenant's id, waiting (and saying so) while there is no such tenant. */
  private String awaitTenant() throws InterruptedException {
    while (running) {
      Optional<Tenant> t = db.inTransaction(c -> tenants.byName(c, tenantName));
      if (t.isPresent()) {
        return t.get().id();
      }
      lastProblem = "no tenant named " + tenantName + "; " + topic + " is read once it exists";
      Thread.sleep(retryAfter.toMillis());
    }
    return null;
  }

  private void apply(
      KafkaConsumer<byte[], byte[]> c, String tenantId, ConsumerRecords<byte[], byte[]> records)
      throws InterruptedException {
    List<ClusterLedgerStore.ConsumedRecord> batch = new ArrayList<>(records.count());
    Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : records) {
      batch.add(
          new ClusterLedgerStore.ConsumedRecord(r.topic(), r.partition(), r.offset(), r.value()));
      next.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
    }
    try {
      ClusterLedgerStore.Applied a = db.inTransaction(x -> store.apply(x, tenantId, batch));
      applied.addAndGet(a.applied() + a.unreadable());
      lastProblem = "";
    } catch (RuntimeException e) {
      lastProblem = "records of " + topic + " could not be applied: " + e.getMessage();
      LOG.warn("records of {} could not be applied; read again from the stored offsets", topic, e);
      Thread.sleep(retryAfter.toMillis());
      seekToStored(c, tenantId, c.assignment());
      return;
    }
    // For monitoring the lag only; the database's offsets decide where reading resumes.
    c.commitAsync(next, null);
  }

  private void seekToStored(
      KafkaConsumer<byte[], byte[]> c, String tenantId, Collection<TopicPartition> partitions) {
    Map<TopicPartition, Long> stored = new HashMap<>();
    for (ClusterLedgerStore.Offset o : db.inTransaction(x -> store.offsets(x, tenantId))) {
      stored.put(new TopicPartition(o.topic(), o.partition()), o.nextOffset());
    }
    List<TopicPartition> fromStart = new ArrayList<>();
    for (TopicPartition tp : partitions) {
      Long n = stored.get(tp);
      if (n == null) {
        fromStart.add(tp);
      } else {
        c.seek(tp, n);
      }
    }
    if (!fromStart.isEmpty()) {
      c.seekToBeginning(fromStart);
    }
  }

  /** Partitions assigned to this consumer are read from the offsets stored with the sums. */
  private final class FromStoredOffsets implements ConsumerRebalanceListener {
    private final KafkaConsumer<byte[], byte[]> c;
    private final String tenantId;

    FromStoredOffsets(KafkaConsumer<byte[], byte[]> c, String tenantId) {
      this.c = c;
      this.tenantId = tenantId;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      seekToStored(c, tenantId, partitions);
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}
  }

  private Map<String, Object> properties() {
    Map<String, Object> p = new HashMap<>();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return p;
  }
}
