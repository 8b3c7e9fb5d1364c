package org.scopeplus.flink.energy;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.scopeplus.energy.load.HourlySeries;
import org.scopeplus.energy.load.MeterFiles;
import org.scopeplus.energy.suggest.Tariff;
import org.scopeplus.energy.weather.WeatherFiles;

/**
 * The nightly energy batch as a Flink job in batch execution: the rows of readings files ({@link
 * ReadingsFormat}) keyed by meter id, each meter's rows assembled and run through the embedded
 * batch's own step ({@link RunningEachMeter}), one NDJSON line per meter ({@link MeterResultLine}).
 * Time zone, tariff, grid factor and weather year (for the PV suggestion) are the run's, or a
 * meter's own from the meters file ({@link MeterSitesFile}). See docs/energy.md, "Nightly batch on
 * Flink".
 *
 * <pre>
 * flink run -c org.scopeplus.flink.energy.NightlyBatchJob scopeplus-flink-job.jar --output OUT
 *     --tariff tariff.properties --grid-factor 0.5366 [--zone Asia/Shanghai] [--meters meters.csv]
 *     [--weather tmy3.csv]
 *     [--forecast-temperatures forecast.csv] [--parallelism N] readings.csv [more.csv | dir]...
 * </pre>
 */
public final class NightlyBatchJob {

  private NightlyBatchJob() {}

  /** Runs the job; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    List<String> inputs = new ArrayList<>();
    String output = null;
    String tariff = null;
    Double grid = null;
    String zone = "UTC";
    String forecast = null;
    String meterSites = null;
    String weather = null;
    int parallelism = -1;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--output" -> output = value(args, ++i, a);
        case "--tariff" -> tariff = value(args, ++i, a);
        case "--grid-factor" -> grid = number(value(args, ++i, a), a);
        case "--zone" -> zone = value(args, ++i, a);
        case "--forecast-temperatures" -> forecast = value(args, ++i, a);
        case "--meters" -> meterSites = value(args, ++i, a);
        case "--weather" -> weather = value(args, ++i, a);
        case "--parallelism" -> parallelism = (int) (double) number(value(args, ++i, a), a);
        default -> {
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + a);
          }
          inputs.add(a);
        }
      }
    }
    if (output == null || tariff == null || grid == null || inputs.isEmpty()) {
      throw new IllegalArgumentException(
          "usage: NightlyBatchJob --output DIR --tariff FILE --grid-factor KG_PER_KWH [--zone ZONE]"
              + " [--meters FILE] [--weather FILE] [--forecast-temperatures FILE] [--parallelism N]"
              + " readings.csv"
              + " [more.csv | dir]...");
    }
    ZoneId sites = ZoneId.of(zone);
    HourlySeries given =
        forecast == null ? null : MeterFiles.readTemperature(Path.of(forecast), ZoneId.of("UTC"));
    NightlySettings settings = NightlySettings.of(sites, Tariff.read(Path.of(tariff)), grid, given);
    if (weather != null) {
      settings = settings.withWeather(WeatherFiles.read(Path.of(weather), null));
    }
    if (meterSites != null) {
      settings = settings.withMeters(MeterSitesFile.read(Path.of(meterSites), settings));
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    if (parallelism > 0) {
      env.setParallelism(parallelism);
    }
    writeTo(build(env, inputs, settings), output);
    env.execute("ScopePlus nightly energy batch");
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static Double number(String text, String option) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " '" + text + "' is not a number");
    }
  }

  /** The job on readings files or folders of them, in batch execution: one JSON line per meter. */
  public static DataStream<String> build(
      StreamExecutionEnvironment env, List<String> inputs, NightlySettings settings) {
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    DataStream<MeterRow> rows = null;
    for (String input : inputs) {
      FileSource<MeterRow> source =
          FileSource.forRecordStreamFormat(
                  new ReadingsFormat(input), new org.apache.flink.core.fs.Path(input))
              .build();
      DataStream<MeterRow> one =
          env.fromSource(source, WatermarkStrategy.noWatermarks(), "readings " + input);
      rows = rows == null ? one : rows.union(one);
    }
    return rows.keyBy(r -> r.meterId, Types.STRING)
        .process(new RunningEachMeter(settings))
        .returns(Types.STRING)
        .name("fit, forecast and suggest, meter by meter");
  }

  /** Writes the lines under {@code directory} as part files {@code part-*.ndjson}. */
  public static void writeTo(DataStream<String> lines, String directory) {
    lines
        .sinkTo(
            FileSink.forRowFormat(
                    new org.apache.flink.core.fs.Path(directory),
                    new SimpleStringEncoder<String>("UTF-8"))
                .withOutputFileConfig(OutputFileConfig.builder().withPartSuffix(".ndjson").build())
                .build())
        .name("result files");
  }
}
