package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.scope3plus.Account;
import org.scopeplus.core.scope3plus.AggregateRow;
import org.scopeplus.core.scope3plus.Ledger;
import org.scopeplus.core.scope3plus.LedgerTotals;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.PointsRates;
import org.scopeplus.core.scope3plus.RawEvent;
import org.scopeplus.core.scope3plus.RejectionReason;
import org.scopeplus.core.scope3plus.UtcCalendar;
import org.scopeplus.core.scope3plus.Verdict;
import org.scopeplus.io.scope3plus.EventGenerator;
import org.scopeplus.io.scope3plus.EventOutcome;
import org.scopeplus.io.scope3plus.KafkaBroker;
import org.scopeplus.io.scope3plus.MethodologyLibrary;
import org.scopeplus.io.scope3plus.NdjsonEventParser;
import org.scopeplus.server.scope3plus.ReadingClusterOutcomes;
import org.scopeplus.store.scope3plus.ClusterLedgerStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service reads the Scope 3+ Flink job's outcomes topic on a real Kafka broker ({@link
 * KafkaBroker}, KRaft, a child process). The outcomes are those of the embedded {@link Ledger} on a
 * generated stream (redeliveries, double claims, invalid lines, daily caps that bind), written in
 * the job's record format ({@link EventOutcome}) by a transactional producer as the job's
 * exactly-once sink writes them, plus an aborted transaction (never to be counted) and two records
 * that are not outcomes. The service must count exactly the ledger's events, refusals by reason,
 * gross and weak grams, cells and accounts, across a restart of its consumer in the middle of the
 * stream; and a replay of the whole topic from offset 0 must change nothing.
 */
abstract class ClusterOutcomesChecks extends ServiceChecks {

  private static final int LINES = 2_000;
  private static final int PARTITIONS = 2;
  private static KafkaBroker broker;

  @Autowired ReadingClusterOutcomes reading;

  /**
   * Starts the broker (once per test JVM), makes a topic prefix for this context, creates its
   * outcomes topic and points the service's consumer at it, for a tenant created by the test.
   */
  @DynamicPropertySource
  static void kafka(DynamicPropertyRegistry registry) throws Exception {
    KafkaBroker b = broker();
    String prefix = "scope3plus-" + UUID.randomUUID().toString().substring(0, 8);
    b.createTopics(PARTITIONS, prefix + "." + ReadingClusterOutcomes.OUTCOMES);
    registry.add("scopeplus.scope3plus.kafka.bootstrap-servers", b::bootstrapServers);
    registry.add("scopeplus.scope3plus.kafka.topic-prefix", () -> prefix);
    registry.add("scopeplus.scope3plus.kafka.tenant", () -> "cluster-" + prefix);
    registry.add("scopeplus.scope3plus.kafka.group-id", () -> "service-" + prefix);
    registry.add("scopeplus.scope3plus.kafka.retry-after", () -> "PT0.2S");
  }

  private static synchronized KafkaBroker broker() throws Exception {
    if (broker == null) {
      Path folder = Files.createTempDirectory("scopeplus-kafka-it");
      broker = KafkaBroker.start(folder);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      broker.close();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }));
    }
    return broker;
  }

  /** The ledger's verdicts on the generated lines, as the job's outcome records. */
  private record Reference(Ledger ledger, List<EventOutcome> outcomes) {}

  private static Reference reference() throws IOException {
    MethodologyCatalog catalog = MethodologyLibrary.builtIn();
    EventGenerator generator = new EventGenerator(7, 40, 4, 0.05, 0.08, 0.03, catalog);
    Ledger ledger = new Ledger(catalog, PointsRates.standard(), LINES);
    NdjsonEventParser parser = new NdjsonEventParser();
    List<EventOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < LINES; i++) {
      String line = generator.line(i);
      byte[] b = line.getBytes(StandardCharsets.UTF_8);
      RawEvent e = new RawEvent();
      if (!parser.parse(b, 0, b.length, e)) {
        ledger.reject(RejectionReason.MALFORMED);
        outcomes.add(EventOutcome.refused("", RejectionReason.MALFORMED.name(), line));
        continue;
      }
      String id = e.idLength() <= 0 ? "" : e.id();
      Verdict v = ledger.offer(e);
      if (v instanceof Verdict.Refused r) {
        outcomes.add(EventOutcome.refused(id, r.reason().name(), line));
        continue;
      }
      Verdict.Counted c = (Verdict.Counted) v;
      boolean weak = ledger.rules().weak(c.methodology());
      outcomes.add(
          new EventOutcome(
              id,
              "",
              line,
              text(b, e.actorOffset(), e.actorLength()),
              text(b, e.programmeOffset(), e.programmeLength()),
              catalog.methodologies().get(c.methodology()).action(),
              text(b, e.regionOffset(), e.regionLength()),
              UtcCalendar.monthText(UtcCalendar.monthIndex(c.epochDay())),
              c.grams(),
              weak ? c.grams() : 0,
              c.points()));
    }
    return new Reference(ledger, outcomes);
  }

  private static String text(byte[] b, int offset, int length) {
    return length <= 0 ? "" : new String(b, offset, length, StandardCharsets.UTF_8);
  }

  @Test
  void theServiceCountsWhatTheClusterCountedOnceAcrossARestartAndAReplay() throws Exception {
    Reference ref = reference();
    LedgerTotals expected = ref.ledger().totals();
    assertThat(expected.acceptedEvents()).as("the stream counts events").isGreaterThan(1_000);
    assertThat(expected.rejections().get(RejectionReason.DUPLICATE_EVENT))
        .as("the stream has redeliveries")
        .isPositive();
    assertThat(expected.rejections().get(RejectionReason.DAILY_CAP_REACHED))
        .as("daily caps bind")
        .isPositive();

    TenantFixture tenant = TenantFixture.named(database, port, reading.tenantName());
    String topic = reading.topic();
    List<EventOutcome> outcomes = ref.outcomes();
    int half = outcomes.size() / 2;

    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      producer.initTransactions();
      send(producer, topic, outcomes.subList(0, half));
      // Two records that are not outcomes: counted as refused with their place, never a crash.
      producer.beginTransaction();
      producer.send(record(topic, "not-json", "{\"eventId\":".getBytes(StandardCharsets.UTF_8)));
      producer.send(record(topic, "not-utf8", new byte[] {(byte) 0xC3, (byte) 0x28}));
      producer.commitTransaction();
      // An attempt of the job that failed before its checkpoint: aborted, never seen.
      producer.beginTransaction();
      producer.send(record(topic, "aborted", outcomes.get(0).toJson()));
      producer.send(record(topic, "aborted", outcomes.get(half).toJson()));
      producer.flush();
      producer.abortTransaction();

      JsonNode first = awaitRecords(tenant, half + 2);
      assertThat(first.get("source").get("reading").asBoolean()).isTrue();
      assertThat(first.get("refusals").get(ClusterLedgerStore.UNREADABLE).asLong()).isEqualTo(2);

      // The consumer stops in the middle of the stream and starts again.
      reading.stop();
      assertThat(reading.isRunning()).isFalse();
      send(producer, topic, outcomes.subList(half, outcomes.size()));
      reading.start();
    }
    JsonNode t = awaitRecords(tenant, outcomes.size() + 2);
    assertSameAs(t, expected, ref.ledger());
    assertAccounts(tenant, ref.ledger(), outcomes);
    List<String> unreadable = new ArrayList<>();
    for (JsonNode u : t.get("unreadable")) {
      assertThat(u.get("topic").asString()).isEqualTo(topic);
      assertThat(u.get("offset").asLong()).isNotNegative();
      unreadable.add(u.get("problem").asString());
    }
    assertThat(unreadable)
        .hasSize(2)
        .anySatisfy(p -> assertThat(p).contains("not JSON"))
        .anySatisfy(p -> assertThat(p).contains("not UTF-8"));

    // A replay of the whole topic from offset 0, through the path the consumer applies records
    // by: every record is below its partition's stored offset and changes nothing.
    List<ClusterLedgerStore.ConsumedRecord> all = readFromTheStart(topic, outcomes.size() + 2);
    ClusterLedgerStore.Applied replay =
        database.inTransaction(c -> new ClusterLedgerStore().apply(c, tenant.tenantId, all));
    assertThat(replay.applied()).isZero();
    assertThat(replay.unreadable()).isZero();
    assertThat(replay.skipped()).isEqualTo(outcomes.size() + 2);
    // The consumer restarted once more resumes from the stored offsets: nothing is counted again.
    reading.stop();
    reading.start();
    Thread.sleep(2_000);
    JsonNode again = tenant.admin.get("/api/v1/ecosystem/cluster/totals").json();
    assertThat(again.get("records").asLong()).isEqualTo(outcomes.size() + 2);
    assertSameAs(again, expected, ref.ledger());
    // ...and reads what comes after: one more redelivery refused by the job.
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      producer.initTransactions();
      EventOutcome first = outcomes.stream().filter(EventOutcome::counted).findFirst().get();
      send(
          producer,
          topic,
          List.of(
              EventOutcome.refused(
                  first.eventId(), RejectionReason.DUPLICATE_EVENT.name(), first.line())));
    }
    JsonNode after = awaitRecords(tenant, outcomes.size() + 3);
    assertThat(after.get("acceptedEvents").asLong()).isEqualTo(expected.acceptedEvents());
    assertThat(after.get("grossGrams").asLong()).isEqualTo(expected.grossGrams());
    assertThat(after.get("refusals").get(RejectionReason.DUPLICATE_EVENT.name()).asLong())
        .isEqualTo(expected.rejections().get(RejectionReason.DUPLICATE_EVENT) + 1);

    // The console shows the cluster's counts as a source of their own, in English and Chinese.
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, "en")) {
      b.logIn(tenant.login(tenant.adminName), TenantFixture.PASSWORD);
      b.open("/scope3plus");
      assertThat(b.find("#cluster-h").getText()).isEqualTo("Counted by the cluster");
      assertThat(b.find("#s3p-cluster-accepted").getText())
          .isEqualTo(String.format(Locale.ENGLISH, "%,d", expected.acceptedEvents()));
      assertThat(b.find("#s3p-source-api").getText()).contains("posted to the service");
      assertThat(b.find("#cluster-refusals").getText()).contains("UNREADABLE_RECORD");
    }
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, "zh-CN")) {
      b.logIn(tenant.login(tenant.adminName), TenantFixture.PASSWORD);
      b.open("/scope3plus");
      assertThat(b.find("#cluster-h").getText()).isEqualTo("由集群计入");
      assertThat(b.find("#cluster-refusals").getText()).contains("主题中的记录不是作业的结果");
    }

    // The API ledger is a source of its own: it counted nothing of this.
    JsonNode api = tenant.admin.get("/api/v1/ecosystem/totals").json();
    assertThat(api.get("acceptedEvents").asLong()).isZero();
    assertThat(api.get("source").asString()).isEqualTo("api");
    assertThat(after.get("source").get("kind").asString()).isEqualTo("cluster");
    // Another tenant sees none of it.
    JsonNode other = newTenant().admin.get("/api/v1/ecosystem/cluster/totals").json();
    assertThat(other.get("acceptedEvents").asLong()).isZero();
    assertThat(other.get("records").asLong()).isZero();
  }

  private static void assertSameAs(JsonNode t, LedgerTotals expected, Ledger ledger) {
    assertThat(t.get("acceptedEvents").asLong())
        .as("events counted")
        .isEqualTo(expected.acceptedEvents());
    assertThat(t.get("refusedEvents").asLong())
        .as("events refused, and the two unreadable records")
        .isEqualTo(expected.rejectedEvents() + 2);
    Map<String, Long> refusals = new TreeMap<>();
    expected
        .rejections()
        .forEach(
            (r, n) -> {
              if (n > 0) {
                refusals.put(r.name(), n);
              }
            });
    refusals.put(ClusterLedgerStore.UNREADABLE, 2L);
    Map<String, Long> served = new TreeMap<>();
    t.get("refusals").properties().forEach(e -> served.put(e.getKey(), e.getValue().asLong()));
    assertThat(served).as("refusals by reason").isEqualTo(refusals);
    assertThat(t.get("grossGrams").asLong()).as("gross grams").isEqualTo(expected.grossGrams());
    assertThat(t.get("weakGrams").asLong()).as("weak grams").isEqualTo(expected.weakGrams());
    List<AggregateRow> cells = new ArrayList<>();
    for (JsonNode c : t.get("cells")) {
      cells.add(
          new AggregateRow(
              c.get("programme").asString(),
              c.get("action").asString(),
              c.get("region").asString(),
              c.get("month").asString(),
              c.get("events").asLong(),
              c.get("grams").asLong(),
              c.get("weakGrams").asLong()));
    }
    assertThat(cells)
        .as("every aggregate cell")
        .containsExactlyInAnyOrderElementsOf(ledger.aggregates());
    assertThat(t.get("accounts").asLong()).as("accounts").isEqualTo(ledger.actorCount());
  }

  /**
   * Points answered as a decimal number of points, in millionths: the text of the number read as a
   * decimal (at most six places and fifteen digits here, which a double's shortest text keeps).
   */
  private static long millionths(JsonNode points) {
    return org.scopeplus.core.scope3plus.Points.ofDecimal(
        new java.math.BigDecimal(points.asString()));
  }

  private static void assertAccounts(
      TenantFixture tenant, Ledger ledger, List<EventOutcome> outcomes) {
    long points = 0;
    for (String actor :
        outcomes.stream()
            .filter(EventOutcome::counted)
            .map(EventOutcome::actor)
            .distinct()
            .toList()) {
      Account a = ledger.account(actor);
      ApiClient.Reply r = tenant.verifier.get("/api/v1/ecosystem/cluster/accounts/" + actor);
      assertThat(r.status()).as(r.text()).isEqualTo(200);
      assertThat(
              new Account(
                  r.json().get("actor").asString(),
                  r.json().get("grams").asLong(),
                  millionths(r.json().get("points")),
                  r.json().get("events").asLong()))
          .as(actor)
          .isEqualTo(a);
      points += a.points();
    }
    JsonNode t = tenant.admin.get("/api/v1/ecosystem/cluster/totals").json();
    assertThat(millionths(t.get("points"))).as("points").isEqualTo(points);
    assertThat(tenant.viewer.get("/api/v1/ecosystem/cluster/accounts/x").status()).isEqualTo(403);
    assertThat(tenant.verifier.get("/api/v1/ecosystem/cluster/accounts/nobody").status())
        .isEqualTo(404);
  }

  /** The tenant's cluster totals once {@code records} records were applied (30 s at most). */
  private static JsonNode awaitRecords(TenantFixture tenant, long records)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    JsonNode t;
    do {
      ApiClient.Reply r = tenant.admin.get("/api/v1/ecosystem/cluster/totals");
      assertThat(r.status()).as(r.text()).isEqualTo(200);
      t = r.json();
      if (t.get("records").asLong() >= records) {
        assertThat(t.get("records").asLong()).isEqualTo(records);
        return t;
      }
      Thread.sleep(200);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("the service applied " + t.get("records") + " of " + records);
  }

  private KafkaProducer<byte[], byte[]> producer() {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.bootstrapServers(),
            ProducerConfig.TRANSACTIONAL_ID_CONFIG,
            "job-" + UUID.randomUUID(),
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            ByteArraySerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            ByteArraySerializer.class));
  }

  /** The records in transactions of 300, as checkpoint intervals of the job would cut them. */
  private static void send(
      KafkaProducer<byte[], byte[]> producer, String topic, List<EventOutcome> outcomes) {
    for (int from = 0; from < outcomes.size(); from += 300) {
      producer.beginTransaction();
      for (EventOutcome o : outcomes.subList(from, Math.min(outcomes.size(), from + 300))) {
        producer.send(record(topic, o.eventId(), o.toJson()));
      }
      producer.commitTransaction();
    }
  }

  private static ProducerRecord<byte[], byte[]> record(String topic, String key, String value) {
    return record(topic, key, value.getBytes(StandardCharsets.UTF_8));
  }

  private static ProducerRecord<byte[], byte[]> record(String topic, String key, byte[] value) {
    return new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value);
  }

  /** Every committed record of the topic, read from offset 0 by a consumer of its own. */
  private static List<ClusterLedgerStore.ConsumedRecord> readFromTheStart(String topic, int count) {
    List<ClusterLedgerStore.ConsumedRecord> out = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> c =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class))) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (int p = 0; p < PARTITIONS; p++) {
        partitions.add(new TopicPartition(topic, p));
      }
      c.assign(partitions);
      c.seekToBeginning(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (out.size() < count && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
          out.add(
              new ClusterLedgerStore.ConsumedRecord(
                  r.topic(), r.partition(), r.offset(), r.value()));
        }
      }
    }
    assertThat(out).as("committed records of the topic").hasSize(count);
    return out;
  }
}
