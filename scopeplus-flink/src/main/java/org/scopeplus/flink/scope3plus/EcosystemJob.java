package org.scopeplus.flink.scope3plus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.Encoder;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.fs.Path;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.functions.sink.filesystem.BucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.SimpleVersionedStringSerializer;

/**
 * The Scope 3+ event engine as a Flink job: NDJSON lines are judged by the embedded engine's parser
 * and {@link org.scopeplus.core.scope3plus.Scope3PlusRules#assess} in parallel, decided (event ids,
 * claims, daily caps, names, ranges) by {@link ApplyingTheRules} in one keyed task, and summed per
 * aggregate cell, actor, refusal reason and in total in parallel. Decisions that depend on order
 * follow event time, then event id. See docs/scope3plus-flink.md ("Why one task decides").
 *
 * <pre>
 * flink run -c org.scopeplus.flink.scope3plus.EcosystemJob scopeplus-flink-job.jar --output OUT [--streaming]
 *     [--outcomes] [--event-id-retention P7D]
 *     [--out-of-orderness PT1H] [--checkpoint-interval PT10S] [--configuration values.csv]
 *     [--points-rate maps=2]... [--default-points-rate 1] events.ndjson [more.ndjson | dir]...
 *
 * flink run ... scopeplus-flink-job.jar --kafka-bootstrap-servers HOST:9092 [--kafka-property K=V]...
 *     --input-topic events [--input-topic more]... [--group-id G] [--until-latest]
 *     [--output-topics PREFIX [--transactional-id-prefix P]] [--output OUT] [options above]
 * </pre>
 *
 * <p>Reading or writing Kafka runs in streaming execution with exactly-once checkpoints.
 */
public final class EcosystemJob {

  private EcosystemJob() {}

  /** Runs the job; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    List<String> inputs = new ArrayList<>();
    String output = null;
    boolean streaming = false;
    boolean outcomes = false;
    Duration outOfOrderness = Duration.ofDays(1);
    Duration checkpointInterval = Duration.ofSeconds(10);
    Duration eventIdRetention = EcosystemSettings.EVENT_ID_RETENTION;
    String configuration = "";
    Map<String, Double> rates = new HashMap<>();
    double defaultRate = 1.0;
    String bootstrapServers = null;
    Map<String, String> kafkaProperties = new HashMap<>();
    List<String> inputTopics = new ArrayList<>();
    String groupId = KafkaTopics.DEFAULT_GROUP;
    boolean untilLatest = false;
    String outputTopics = null;
    String transactionalIdPrefix = KafkaTopics.DEFAULT_TRANSACTIONAL_ID_PREFIX;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--output" -> output = value(args, ++i, a);
        case "--streaming" -> streaming = true;
        case "--outcomes" -> outcomes = true;
        case "--out-of-orderness" -> outOfOrderness = Duration.parse(value(args, ++i, a));
        case "--checkpoint-interval" -> checkpointInterval = Duration.parse(value(args, ++i, a));
        case "--event-id-retention" -> eventIdRetention = Duration.parse(value(args, ++i, a));
        case "--configuration" ->
            configuration = Files.readString(java.nio.file.Path.of(value(args, ++i, a)));
        case "--points-rate" -> {
          String[] p = value(args, ++i, a).split("=", 2);
          if (p.length != 2) {
            throw new IllegalArgumentException("--points-rate takes PROGRAMME=RATE");
          }
          rates.put(p[0], Double.parseDouble(p[1]));
        }
        case "--default-points-rate" -> defaultRate = Double.parseDouble(value(args, ++i, a));
        case "--kafka-bootstrap-servers" -> bootstrapServers = value(args, ++i, a);
        case "--kafka-property" -> {
          String[] p = value(args, ++i, a).split("=", 2);
          if (p.length != 2) {
            throw new IllegalArgumentException("--kafka-property takes KEY=VALUE");
          }
          kafkaProperties.put(p[0], p[1]);
        }
        case "--input-topic" -> inputTopics.add(value(args, ++i, a));
        case "--group-id" -> groupId = value(args, ++i, a);
        case "--until-latest" -> untilLatest = true;
        case "--output-topics" -> outputTopics = value(args, ++i, a);
        case "--transactional-id-prefix" -> transactionalIdPrefix = value(args, ++i, a);
        default -> {
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + a);
          }
          inputs.add(a);
        }
      }
    }
    if ((output == null && outputTopics == null)
        || inputs.isEmpty() == inputTopics.isEmpty()
        || (bootstrapServers == null && (outputTopics != null || !inputTopics.isEmpty()))) {
      throw new IllegalArgumentException(
          "usage: EcosystemJob --output DIR [options] events.ndjson [more.ndjson | dir]...\n"
              + "   or: EcosystemJob --kafka-bootstrap-servers HOST:PORT --input-topic T..."
              + " [--output-topics PREFIX] [--output DIR] [options]");
    }
    KafkaTopics.Connection kafka =
        bootstrapServers == null
            ? null
            : new KafkaTopics.Connection(bootstrapServers, kafkaProperties);
    // Kafka is read and written exactly once only through checkpoints.
    streaming |= kafka != null;
    EcosystemSettings settings =
        new EcosystemSettings(configuration, rates, defaultRate, outOfOrderness, eventIdRetention);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    if (streaming) {
      env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
      env.enableCheckpointing(checkpointInterval.toMillis(), CheckpointingMode.EXACTLY_ONCE);
    } else {
      env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    }
    DataStream<String> lines =
        inputTopics.isEmpty()
            ? read(env, inputs)
            : KafkaTopics.read(env, kafka, inputTopics, groupId, untilLatest);
    Pipeline p = pipeline(lines, settings);
    DataStream<ResultLine> withOutcomes =
        p.results()
            .union(
                p.outcomes()
                    .map(ResultLine::outcome)
                    .returns(ResultLine.class)
                    .name("outcome lines"));
    if (output != null) {
      writeTo(outcomes ? withOutcomes : p.results(), output);
    }
    if (outputTopics != null) {
      // The outcome of every event is the stream of counted events a consumer follows.
      KafkaTopics.writeTo(withOutcomes, kafka, outputTopics, transactionalIdPrefix);
    }
    env.execute("ScopePlus Scope 3+ events");
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  /** The job on NDJSON files or folders of them: {@link #read}, then {@link #build}. */
  public static DataStream<ResultLine> build(
      StreamExecutionEnvironment env, List<String> inputs, EcosystemSettings settings) {
    return build(read(env, inputs), settings);
  }

  /**
   * The lines of NDJSON files or folders of them (UTF-8), through Flink's file source, whose read
   * positions are part of every checkpoint.
   */
  public static DataStream<String> read(StreamExecutionEnvironment env, List<String> inputs) {
    Path[] paths = inputs.stream().map(Path::new).toArray(Path[]::new);
    FileSource<String> source =
        FileSource.forRecordStreamFormat(new TextLineInputFormat(), paths).build();
    return env.fromSource(source, WatermarkStrategy.noWatermarks(), "NDJSON events");
  }

  /**
   * The pipeline on a stream of NDJSON lines: one {@link ResultLine} per aggregate cell, per
   * refusal reason that occurred, per account and one for the totals, emitted when the input ends.
   */
  public static DataStream<ResultLine> build(DataStream<String> lines, EcosystemSettings settings) {
    return pipeline(lines, settings).results();
  }

  /**
   * The results of the job and the outcome of every line (counted, or refused with its reason).
   *
   * @param results one line per aggregate cell, refusal reason, account, and the totals
   * @param outcomes one per non-blank line read
   */
  public record Pipeline(DataStream<ResultLine> results, DataStream<Outcome> outcomes) {}

  /**
   * The pipeline on a stream of NDJSON lines: validation and grams in parallel ({@link
   * ValidatingLines}), every decision that reads state in one ordered stage ({@link
   * ApplyingTheRules}), then aggregates, accounts, refusal counts and totals in parallel.
   */
  public static Pipeline pipeline(DataStream<String> lines, EcosystemSettings settings) {
    SingleOutputStreamOperator<ValidEvent> valid =
        lines.process(new ValidatingLines(settings)).name("validate and calculate");
    DataStream<ValidEvent> timed =
        valid.assignTimestampsAndWatermarks(
            WatermarkStrategy.<ValidEvent>forBoundedOutOfOrderness(settings.outOfOrderness())
                .withTimestampAssigner((e, previous) -> e.timestamp()));

    SingleOutputStreamOperator<ValidEvent> counted =
        keyed(
            timed,
            e -> ApplyingTheRules.KEY,
            new ApplyingTheRules(settings),
            ValidEvent.class,
            "ids, claims, daily caps, names and ranges");

    DataStream<Outcome> refused =
        valid
            .getSideOutput(ValidatingLines.REFUSED)
            .union(counted.getSideOutput(ApplyingTheRules.REFUSED));
    DataStream<ResultLine> refusals =
        keyed(
            refused, v -> v.reason, new CountingRefusals(), ResultLine.class, "refusals by reason");
    DataStream<ResultLine> cells =
        keyed(counted, SummingCells::key, new SummingCells(), ResultLine.class, "aggregate cells");
    DataStream<ResultLine> accounts =
        keyed(counted, e -> e.actor, new SummingAccounts(), ResultLine.class, "accounts");
    DataStream<ResultLine> actions =
        keyed(
            cells,
            r -> r.action,
            new SummingActions(settings.catalog()),
            ResultLine.class,
            "attributed grams by action");
    DataStream<ResultLine> totals =
        keyed(
            cells.union(refusals, actions),
            r -> SummingTotals.KEY,
            new SummingTotals(settings.catalog().version()),
            ResultLine.class,
            "totals");
    DataStream<Outcome> outcomes =
        counted.map(Outcome::counted).returns(Outcome.class).name("counted").union(refused);
    return new Pipeline(cells.union(refusals, accounts, totals), outcomes);
  }

  /**
   * A keyed stage on {@code input}, keyed by a string, emitting {@code type}, named {@code name}.
   */
  private static <I, O> SingleOutputStreamOperator<O> keyed(
      DataStream<I> input,
      KeySelector<I, String> key,
      KeyedProcessFunction<String, I, O> stage,
      Class<O> type,
      String name) {
    return input.keyBy(key, Types.STRING).process(stage).returns(type).name(name);
  }

  /**
   * Writes the results under {@code directory}: {@code aggregates/}, {@code refusals/}, {@code
   * accounts/}, {@code totals/} (and {@code outcomes/} when asked), each holding part files of one
   * JSON object per line. Files are committed by Flink's two-phase commit: on checkpoints in
   * streaming execution, at the end in batch execution.
   */
  public static void writeTo(DataStream<ResultLine> results, String directory) {
    FileSink<ResultLine> sink =
        FileSink.forRowFormat(new Path(directory), new JsonLines())
            .withBucketAssigner(new ByKind())
            .withOutputFileConfig(OutputFileConfig.builder().withPartSuffix(".ndjson").build())
            .build();
    results.sinkTo(sink).name("result files");
  }

  /** One JSON object per line. */
  static final class JsonLines implements Encoder<ResultLine> {
    private static final long serialVersionUID = 1L;

    @Override
    public void encode(ResultLine line, OutputStream stream) throws IOException {
      stream.write(line.toJson().getBytes(StandardCharsets.UTF_8));
      stream.write('\n');
    }
  }

  /** One folder per kind of line. */
  static final class ByKind implements BucketAssigner<ResultLine, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String getBucketId(ResultLine line, Context context) {
      return line.kind;
    }

    @Override
    public SimpleVersionedSerializer<String> getSerializer() {
      return SimpleVersionedStringSerializer.INSTANCE;
    }
  }
}
