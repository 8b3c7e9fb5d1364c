package org.scopeplus.flink.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.core.scope3plus.Assessment;
import org.scopeplus.core.scope3plus.Dimension;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.RawEvent;
import org.scopeplus.core.scope3plus.RejectionReason;
import org.scopeplus.core.scope3plus.Scope3PlusRules;
import org.scopeplus.io.scope3plus.EventGenerator;
import org.scopeplus.io.scope3plus.NdjsonEventParser;

/**
 * The Flink job and the embedded ledger give the same verdict for every line of one seeded input
 * that makes every {@link RejectionReason} happen: generated events (redeliveries, double claims,
 * daily caps, invalid lines), then lines drawn from a seeded random for each other reason, among
 * them an event refused for its daily cap after it named a claim (the claim goes to the next
 * claimant), an event refused for its claim (it takes no place under its cap), 4,100 new programme
 * names (the ledger holds 4,095) and a programme whose points rate takes an event and then the sum
 * of points beyond their range. The ledger is offered the lines in the job's order (event time,
 * then id, then the line).
 */
class EveryRefusalReasonTest {

  @RegisterExtension static final MiniClusterExtension CLUSTER = TwoSlotCluster.extension();

  private static final String RAIL = "green_trip.rail";

  /**
   * Test configuration, not reference data: a rail substitution survey (rail counts only with one)
   * and the net paper of a waybill (so that electronic labels in China meet BUSINESS_AS_USUAL);
   * crediting the buyer of recycled content, so that the recyclers' events meet
   * OTHER_SIDE_CREDITED; attribution shares for rail and box recycling, so that the job's
   * attributed grams differ from the gross and must equal the ledger's.
   */
  static final String CONFIGURATION =
      """
      key,value,unit,source
      required.survey.green_trip.rail.share.car,0.60,fraction,test survey
      required.survey.green_trip.rail.share.coach,0.25,fraction,test survey
      required.survey.green_trip.rail.share.no_trip,0.15,fraction,test survey
      required.e_label.net_paper_mass_per_label,15,g/label,test configuration
      recycling.credited_side,buyer,,test configuration
      attribution.green_trip.rail,0.4,fraction,test attribution share
      attribution.office.box_recycling,0.25,fraction,test attribution share
      """;

  private static final long DAY = 86_400L;
  private static final long LATER = 1_610_236_800L; // 2021-01-10, after the generated days

  /**
   * Four years (2021-01-10 to 2025-01-10): the setpoint methodology, the one with a maximum second
   * quantity, counts from the 2025 vintage of its saving per degree.
   */
  private static final long IN_2025 = 1_736_467_200L - LATER;

  @TempDir static Path folder;
  private static Path events;
  private static Path configuration;
  private static EcosystemSettings settings;
  private static double whaleRate;
  private static LedgerInEventTimeOrder reference;
  private static final List<String> expected = new ArrayList<>();

  @BeforeAll
  static void generate() throws Exception {
    MethodologyCatalog catalog =
        new EcosystemSettings(CONFIGURATION, Map.of(), 1.0, Duration.ofDays(1)).catalog();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new EventGenerator(11, 40, 4, 0.05, 0.08, 0.03, catalog).write(2_000, out);
    List<String> lines =
        new ArrayList<>(Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n")));

    // The rate of the "whale" programme: a 100 km rail trip gets just under 3e18 millionths of a
    // point (grams x rate x 1000), so three such trips fit in a long and a fourth does not, and a
    // 200 km trip alone is beyond 2^62 millionths. A whole number of points per kg: exact.
    long gramsOf100Km = grams(catalog, trip("w", "whale", "w", RAIL, 100, LATER, ""));
    whaleRate = Math.floor(3e15 / gramsOf100Km);
    settings =
        new EcosystemSettings(
            CONFIGURATION, Map.of("whale", whaleRate), 1.0, Duration.ofDays(3650));

    Random random = new Random(11);
    List<String> drawn = new ArrayList<>();
    Methodology unusable =
        catalog.methodologies().stream().filter(m -> !m.usable()).findFirst().orElseThrow();
    Methodology withSecondMaximum =
        catalog.methodologies().stream()
            .filter(m -> m.usable() && m.eligibility().maximumSecondQuantity() > 0)
            .findFirst()
            .orElseThrow();
    for (int i = 0; i < 5; i++) {
      long t = LATER + random.nextInt(80_000);
      String a = "edge-" + random.nextInt(1000);
      drawn.add("{\"event_id\":\"m-" + i + "\",\"programme\":");
      drawn.add(
          "{\"event_id\":\"f-"
              + i
              + "\",\"programme\":\"maps\",\"action\":\"green_trip.rail\",\"quantities\":[{\"value\":5,\"unit\":\"km\"}],\"time\":\""
              + Instant.ofEpochSecond(t)
              + "\"}");
      drawn.add(trip("l-" + i, "p".repeat(41 + i), a, RAIL, 10, t, ""));
      drawn.add(trip("u-" + i, "maps", a, "no.such.action", 10, t, ""));
      drawn.add(line("c-" + i, "maps", a, unusable, quantities(unusable, 1), t, ""));
      drawn.add(
          line(
              "q-" + i,
              "maps",
              a,
              catalog.byAction(RAIL),
              "{\"value\":5,\"unit\":\"km\"},{\"value\":5,\"unit\":\"km\"}",
              t,
              ""));
      drawn.add(
          line(
              "n-" + i,
              "maps",
              a,
              catalog.byAction(RAIL),
              "{\"value\":5,\"unit\":\"furlong\"}",
              t,
              ""));
      drawn.add(
          line(
              "d-" + i, "maps", a, catalog.byAction(RAIL), "{\"value\":5,\"unit\":\"kg\"}", t, ""));
      drawn.add(trip("v-" + i, "maps", a, RAIL, -1 - random.nextInt(9), t, ""));
      drawn.add(trip("t-" + i, "maps", a, RAIL, 10, 946_684_800L - 1 - random.nextInt(999), ""));
      // 2005: earlier than every vintage of the rail factors (DESNZ 2021)
      drawn.add(trip("y-" + i, "maps", a, RAIL, 10, 1_104_537_600L + random.nextInt(80_000), ""));
      drawn.add(trip("b-" + i, "maps", a, RAIL, 0.5, t, ""));
      drawn.add(
          line(
                  "x-" + i,
                  "maps",
                  a,
                  withSecondMaximum,
                  quantities(
                      withSecondMaximum,
                      1,
                      withSecondMaximum.eligibility().maximumSecondQuantity() + 1),
                  t + IN_2025,
                  "")
              .replace(
                  "\"region\":\"GB\"",
                  "\"region\":\"" + withSecondMaximum.validity().regions().get(0) + "\""));
      drawn.add(trip("o-" + i, "maps", a, RAIL, 5_001 + random.nextInt(5_000), t, ""));
      Methodology recycling = catalog.byAction("office.box_recycling");
      drawn.add(
          line("r-" + i, "maps", a, recycling, quantities(recycling, 3), t, "")
              .replace("\"region\":\"GB\"", "\"region\":\"GB\",\"evidence\":\"mill:receipt\""));
      Methodology meeting = catalog.byAction("remote_meeting.replaces_rail");
      drawn.add(line("e-" + i, "maps", a, meeting, quantities(meeting, 100, 0, 1), t, ""));
    }

    // Rail allows 4 trips per actor and day. cap-a's fifth trip names shared-1: refused for the
    // cap, it holds no claim, so cap-b's report of the trip counts and cap-c's is refused.
    long day = LATER + 2 * DAY;
    for (int h = 0; h < 4; h++) {
      drawn.add(trip("cap-a" + h, "maps", "cap-a", RAIL, 20, day + h * 3600, ""));
    }
    String cappedClaimant = trip("cap-a4", "maps", "cap-a", RAIL, 20, day + 4 * 3600, "shared-1");
    String nextClaimant =
        trip("cap-b0", "transit-partner", "cap-b", RAIL, 20, day + 5 * 3600, "shared-1");
    String lateClaimant =
        trip("cap-c0", "marketplace", "cap-c", RAIL, 20, day + 6 * 3600, "shared-1");
    drawn.addAll(List.of(cappedClaimant, nextClaimant, lateClaimant, nextClaimant, cappedClaimant));
    expected.add(JobResults.outcome("DAILY_CAP_REACHED", cappedClaimant));
    expected.add(JobResults.outcome("", nextClaimant));
    expected.add(JobResults.outcome("ALREADY_CLAIMED", lateClaimant));
    expected.add(JobResults.outcome("DUPLICATE_EVENT", nextClaimant));
    // cap-d's first trip is refused for its claim: it takes no place, four more trips count.
    drawn.add(trip("cap-e0", "transit-partner", "cap-e", RAIL, 20, day, "shared-2"));
    String claimed = trip("cap-d0", "maps", "cap-d", RAIL, 20, day + 600, "shared-2");
    drawn.add(claimed);
    expected.add(JobResults.outcome("ALREADY_CLAIMED", claimed));
    for (int h = 1; h <= 4; h++) {
      String counted = trip("cap-d" + h, "maps", "cap-d", RAIL, 20, day + h * 3600, "");
      drawn.add(counted);
      expected.add(JobResults.outcome("", counted));
    }

    // Points beyond range: one whale trip of 200 km alone; the fourth of 100 km in the sum.
    for (int i = 0; i < 4; i++) {
      drawn.add(trip("whale-" + i, "whale", "whale-" + i, RAIL, 100, day + 7200 + i, ""));
    }
    String tooManyPoints = trip("whale-x", "whale", "whale-x", RAIL, 200, day + 7100, "");
    drawn.add(tooManyPoints);
    expected.add(JobResults.outcome("OUT_OF_RANGE", tooManyPoints));

    // 4,100 new programmes a day later: the ledger holds 4,095 names.
    for (int i = 0; i < 4_100; i++) {
      drawn.add(
          trip(
              String.format("name-%04d", i),
              String.format("programme-%04d", i),
              "names-" + i,
              RAIL,
              10 + random.nextInt(100),
              day + DAY + i,
              ""));
    }
    java.util.Collections.shuffle(drawn, random);
    lines.addAll(drawn);

    configuration = folder.resolve("configuration.csv");
    Files.writeString(configuration, CONFIGURATION);
    events = folder.resolve("events.ndjson");
    Files.writeString(events, String.join("\n", lines) + "\n");
    reference = LedgerInEventTimeOrder.run(lines, settings);
  }

  @Test
  void theInputMakesEveryRefusalReasonHappenInTheEmbeddedLedger() {
    for (RejectionReason r : RejectionReason.values()) {
      assertThat(reference.ledger.rejectedCount(r)).as(r.name()).isPositive();
    }
    assertThat(reference.ledger.acceptedCount()).isGreaterThan(1_000);
    assertThat(reference.outcomes).containsAll(expected);
  }

  @Test
  void streamingExecutionGivesTheLedgersVerdictForEveryLine() throws Exception {
    StreamExecutionEnvironment env = TwoSlotCluster.environment(RuntimeExecutionMode.STREAMING);
    env.enableCheckpointing(200, CheckpointingMode.EXACTLY_ONCE);
    JobResults results =
        JobResults.collect(
            EcosystemJob.pipeline(EcosystemJob.read(env, List.of(events.toString())), settings));

    assertThat(results.outcomes()).isEqualTo(reference.outcomes);
    results.assertSameAs(reference.ledger);
  }

  @Test
  void batchExecutionWritesTheLedgersVerdictForEveryLine() throws Exception {
    Path output = folder.resolve("batch-output");
    EcosystemJob.main(
        new String[] {
          "--output",
          output.toString(),
          "--outcomes",
          "--configuration",
          configuration.toString(),
          "--points-rate",
          "whale=" + whaleRate,
          events.toString()
        });

    JobResults results = JobResults.read(output);
    assertThat(results.outcomes()).isEqualTo(reference.outcomes);
    results.assertSameAs(reference.ledger);
  }

  private static long grams(MethodologyCatalog catalog, String line) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    RawEvent s = new RawEvent();
    assertThat(new NdjsonEventParser().parse(b, 0, b.length, s)).isTrue();
    return ((Assessment.Valid) new Scope3PlusRules(catalog).assess(s)).grams();
  }

  private static String trip(
      String id, String programme, String actor, String action, double km, long t, String claim) {
    return "{\"event_id\":\""
        + id
        + "\",\"programme\":\""
        + programme
        + "\",\"actor\":\""
        + actor
        + "\",\"action\":\""
        + action
        + "\",\"quantities\":[{\"value\":"
        + km
        + ",\"unit\":\"km\"}],\"time\":\""
        + Instant.ofEpochSecond(t)
        + "\",\"region\":\"GB\""
        + (claim.isEmpty() ? "" : ",\"claim\":\"" + claim + "\"")
        + "}";
  }

  private static String line(
      String id,
      String programme,
      String actor,
      Methodology m,
      String quantities,
      long t,
      String c) {
    return "{\"event_id\":\""
        + id
        + "\",\"programme\":\""
        + programme
        + "\",\"actor\":\""
        + actor
        + "\",\"action\":\""
        + m.action()
        + "\",\"quantities\":["
        + quantities
        + "],\"time\":\""
        + Instant.ofEpochSecond(t)
        + "\",\"region\":\"GB\""
        + (c.isEmpty() ? "" : ",\"claim\":\"" + c + "\"")
        + "}";
  }

  /** Quantities for {@code m}, each in a unit of its dimension, the given values then 1. */
  private static String quantities(Methodology m, double... values) {
    List<String> q = new ArrayList<>();
    for (int i = 0; i < m.dimensions().size(); i++) {
      double v = i < values.length ? values[i] : 1;
      q.add("{\"value\":" + v + ",\"unit\":\"" + symbol(m.dimensions().get(i)) + "\"}");
    }
    return String.join(",", q);
  }

  private static String symbol(Dimension d) {
    return d.symbol();
  }
}
