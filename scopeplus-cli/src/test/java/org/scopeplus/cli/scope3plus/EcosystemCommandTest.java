package org.scopeplus.cli.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EcosystemCommandTest {

  @TempDir Path tmp;

  private String out;
  private String err;

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    CommandLine cl = new CommandLine(new EcosystemCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(new PrintWriter(o));
    cl.setErr(new PrintWriter(e));
    int code = cl.execute(args);
    out = o.toString();
    err = e.toString();
    return code;
  }

  private static String trip(String id, String programme, String actor, double km, String time) {
    return "{\"event_id\":\""
        + id
        + "\",\"programme\":\""
        + programme
        + "\",\"actor\":\""
        + actor
        + "\",\"action\":\"office.rail_instead_of_air\",\"quantities\":[{\"value\":"
        + km
        + ",\"unit\":\"km\"}],\"time\":\""
        + time
        + "\",\"region\":\"GB\",\"evidence\":\"booking\"}";
  }

  @Test
  void aCsvOfEventsWithAnUnclosedQuoteIsRefusedAtItsRow() throws Exception {
    java.nio.file.Path events = tmp.resolve("events.csv");
    java.nio.file.Files.writeString(
        events,
        "event_id,programme,actor,action,quantity_1,unit_1,time\n"
            + "E1,travel,u1,office.rail_instead_of_air,100,km,2024-05-01T08:00:00Z\n"
            + "E2,\"travel,u1,office.rail_instead_of_air,100,km,2024-05-01T08:00:00Z\n");
    String state = tmp.resolve("csv-state").toString();
    assertThat(run("ingest", events.toString(), "--state", state)).isEqualTo(1);
    assertThat(err).contains("events.csv:3").contains("never closed");
  }

  @Test
  void theShippedExampleCountsTwoTripsAndRefusesTheRestWithTheirReasons() throws Exception {
    String state = tmp.resolve("example-state").toString();
    assertThat(run("ingest", "../examples/scope3plus-events.ndjson", "--state", state)).isZero();
    assertThat(run("totals", "--state", state, "--format", "json")).isZero();
    JsonNode t = JsonMapper.builder().build().readTree(out);
    // rail instead of a domestic flight, DESNZ 2021: (0.13003 - 0.03549) kg/pkm = 0.09454 kg/pkm;
    // 412 p.km -> 38.95048 kg -> 38,950 g; 250 p.km -> 23.635 kg -> 23,635 g (half-even, once)
    assertThat(t.path("acceptedEvents").asLong()).isEqualTo(2);
    assertThat(t.path("grossGrams").asLong()).isEqualTo(38_950 + 23_635);
    assertThat(t.path("byProgramme").path("employees").asLong()).isEqualTo(62_585);
    assertThat(t.path("byProgramme").has("travel-agency")).isFalse();
    JsonNode refused = t.path("rejections");
    assertThat(refused.path("BELOW_MINIMUM").asLong()).as("30 km, under 50").isEqualTo(1);
    assertThat(refused.path("ALREADY_CLAIMED").asLong()).as("the agency's same trip").isEqualTo(1);
    assertThat(refused.path("DUPLICATE_EVENT").asLong()).as("emp-0001 again").isEqualTo(1);
    assertThat(refused.path("INVALID_QUANTITY").asLong()).as("-5 km").isEqualTo(1);
    assertThat(t.path("rejectedEvents").asLong()).isEqualTo(4);
  }

  @Test
  void ingestTotalsAccountsStatementsLeaderboardDeductionAndErasureEndToEnd() throws Exception {
    Path events = tmp.resolve("events.ndjson");
    Files.writeString(
        events,
        String.join(
            "\n",
            trip("r1", "employees", "emp-1", 400, "2024-03-04T09:00:00Z"),
            trip("r2", "employees", "emp-1", 400, "2024-04-04T09:00:00Z"),
            trip("r3", "employees", "emp-2", 100, "2024-04-05T09:00:00Z"),
            trip("r1", "employees", "emp-1", 400, "2024-03-04T09:00:00Z"),
            "{oops"));
    String state = tmp.resolve("state").toString();
    // a rate finer than a thousandth of a point per kg is refused before anything is counted
    assertThat(
            run("ingest", events.toString(), "--state", state, "--points-rate", "employees=2.0001"))
        .isEqualTo(2);
    assertThat(err)
        .contains("--points-rate employees has more than three decimals (2.0001)")
        .contains("nothing was counted");
    assertThat(run("ingest", events.toString(), "--state", state, "--points-rate", "employees=2"))
        .isZero();
    assertThat(out).contains("3 counted, 2 refused").contains("DUPLICATE_EVENT").contains(":5");

    assertThat(run("totals", "--state", state, "--format", "json")).isZero();
    JsonNode t = JsonMapper.builder().build().readTree(out);
    // 400 p.km x (0.13003 - 0.03549) kg/pkm (DESNZ 2021 domestic flight, national rail) = 37816 g
    assertThat(t.path("grossGrams").asLong()).isEqualTo(37_816 * 2 + 9_454);
    assertThat(t.path("rejections").path("MALFORMED").asLong()).isEqualTo(1);
    assertThat(t.path("byProgramme").path("employees").asLong()).isEqualTo(85_086);
    assertThat(t.path("progress").path("years").get(3).path("year").asInt()).isEqualTo(2024);

    assertThat(run("account", "emp-1", "--state", state, "--history")).isZero();
    // 2 points per kg: 37.816 kg x 2 = 75.632 points per trip, exactly; 2 trips 151.264
    assertThat(out).contains("75632 g CO2e avoided, 151.264 points, 2 events").contains("r2");

    assertThat(run("statement", "emp-1", "--month", "2024-04", "--state", state)).isZero();
    assertThat(out).contains("opening balance: 37816 g").contains("closing balance: 75632 g");

    assertThat(run("leaderboard", "--state", state)).isZero();
    assertThat(out.lines().findFirst().orElseThrow()).contains("emp-1");

    assertThat(
            run(
                "deduct",
                "--state",
                state,
                "--programme",
                "employees",
                "--tonnes",
                "0",
                "--month",
                "2024-04",
                "--reference",
                "X"))
        .isNotZero();
    assertThat(run("erase", "emp-1", "--state", state)).isZero();
    assertThat(run("account", "emp-1", "--state", state)).isEqualTo(1);
    assertThat(err).contains("unknown or erased");
    assertThat(run("totals", "--state", state, "--format", "json")).isZero();
    assertThat(JsonMapper.builder().build().readTree(out).path("grossGrams").asLong())
        .isEqualTo(85_086);
  }

  @Test
  void reverseTakesAWronglyCountedEventAwayOnceAndTheStateKeepsIt() throws Exception {
    Path events = tmp.resolve("events.ndjson");
    Files.writeString(
        events,
        String.join(
            "\n",
            trip("r1", "employees", "emp-1", 400, "2024-03-04T09:00:00Z"),
            trip("r2", "employees", "emp-1", 400, "2024-04-04T09:00:00Z"),
            trip("r3", "employees", "emp-2", 100, "2024-04-05T09:00:00Z"),
            trip("r4", "employees", "emp-2", 1e300, "2024-04-06T09:00:00Z")));
    String state = tmp.resolve("state").toString();
    assertThat(run("ingest", events.toString(), "--state", state, "--points-rate", "employees=2"))
        .isZero();
    assertThat(out).contains("3 counted, 1 refused").contains("QUANTITY_ABOVE_BOUND");

    assertThat(run("reverse", "--state", state, "--event", "r2", "--reason", "booked twice"))
        .isZero();
    // 400 p.km x (0.13003 - 0.03549) kg/pkm = 37816 g; 2 points per kg: 75.632 points
    assertThat(out).contains("Reversed event r2: 37816 g CO2e and 75.632 points taken away");
    assertThat(run("reverse", "--state", state, "--event", "r2", "--reason", "again")).isEqualTo(1);
    assertThat(err).contains("reversed already");
    assertThat(run("reverse", "--state", state, "--event", "r9", "--reason", "x")).isEqualTo(1);
    assertThat(err).contains("no counted event");
    assertThat(run("reverse", "--state", state, "--event", "r4", "--reason", "x")).isEqualTo(1);

    // each command opens the state again: the reversal is replayed from it
    assertThat(run("totals", "--state", state, "--format", "json")).isZero();
    JsonNode t = JsonMapper.builder().build().readTree(out);
    // r1 37816 g + r3 100 p.km x 0.09454 kg = 9454 g
    assertThat(t.path("grossGrams").asLong()).isEqualTo(37_816 + 9_454);
    assertThat(t.path("acceptedEvents").asLong()).isEqualTo(2);
    assertThat(run("account", "emp-1", "--state", state)).isZero();
    assertThat(out).contains("37816 g CO2e avoided, 75.632 points, 1 events");
    assertThat(run("leaderboard", "--state", state)).isZero();
    assertThat(out.lines().findFirst().orElseThrow()).contains("emp-1");
  }

  @Test
  void methodologiesListsSourcesAndWhatNeedsConfiguration() {
    assertThat(run("methodologies", "--state", tmp.resolve("s").toString())).isZero();
    assertThat(out)
        .contains("cloud_migration@2026.2")
        .contains("counts events from 2023")
        .contains("contribution: direct; attribution share 1.0")
        .contains("grid_cloud (other vintage)")
        .contains("changed cloud_migration from 2026.1 in scope3plus-methodologies-2026.4")
        .contains("NEEDS CONFIGURATION [utilisation_cloud, power_idle, power_max]")
        .contains("transport.uk.bus_local_avg.ttw_per_pkm")
        .contains("counts in: GB-LON")
        .contains("business as usual in CN")
        .contains("[GB] [vintage 2021]")
        .contains("to configure: Configure from a cited survey")
        .contains("retired cutlery_free.order.reported_average@2024.1");
  }

  /**
   * A state that counted ride pooling under version 2021.1 (a manifest of catalog 2026.2, written
   * before versions were recorded) is restated when opened: the totals list the change with its
   * reason and the event keeps its grams. Hand calculation (2024, grid of 2023): 10 km x 171.48 g -
   * 2 vkm x 171.48 g - 1 kWh x 530.6 g = 841.24 -> 841 g.
   */
  @Test
  void totalsShowARestatementByANewMethodologyVersion() throws Exception {
    Path events = tmp.resolve("pool.csv");
    Files.writeString(
        events,
        "event_id,programme,actor,action,quantity_1,unit_1,quantity_2,unit_2,quantity_3,unit_3,"
            + "time,region\n"
            + "P1,maps,u1,ride_pooling.private_car,10,km,2,vkm,1,kWh,2024-05-01T08:00:00Z,GB\n");
    Path state = tmp.resolve("pool-state");
    assertThat(run("ingest", events.toString(), "--state", state.toString())).as(err).isZero();
    Path manifest = state.resolve("manifest.json");
    tools.jackson.databind.node.ObjectNode root =
        (tools.jackson.databind.node.ObjectNode)
            JsonMapper.builder().build().readTree(manifest.toFile());
    root.put("catalog", "scope3plus-methodologies-2026.2");
    root.remove("versions");
    Files.writeString(manifest, root.toString());

    assertThat(run("totals", "--state", state.toString())).isZero();
    assertThat(out)
        .contains("restatements:")
        .contains(
            "ride_pooling.private_car 2021.1 -> 2026.1 in scope3plus-methodologies-2026.4: 1"
                + " events, 0.000841 t CO2e counted under 2021.1 keep their grams");
    assertThat(run("totals", "--state", state.toString(), "--format", "json")).isZero();
    JsonNode r = JsonMapper.builder().build().readTree(out).get("restatements").get(0);
    assertThat(r.get("kind").asString()).isEqualTo("version change");
    assertThat(r.get("grams").asLong()).isEqualTo(841);
    assertThat(r.get("reason").asString()).contains("nearest earlier");
  }

  @Test
  void aConfigurationOutsideItsRangesIsRefusedWithASentenceAndNotStored() throws Exception {
    Path config = tmp.resolve("bad.csv");
    Files.writeString(
        config,
        "key,value,unit,source\n"
            + "required.refurbished.displacement_rate,1.5,fraction,guess\n"
            + "required.cutlery.set_mass,\"10, g/set\",kg/set,guess\n");
    Path events = tmp.resolve("none.ndjson");
    Files.writeString(events, "");
    String state = tmp.resolve("refused-state").toString();
    assertThat(
            run(
                "ingest",
                events.toString(),
                "--state",
                state,
                "--configuration",
                config.toString()))
        .isEqualTo(1);
    assertThat(err)
        .contains("nothing was stored or counted")
        .contains("configuration row 3, field value: required.cutlery.set_mass");
    assertThat(Files.exists(Path.of(state, "configuration.csv"))).isFalse();
  }

  @Test
  void configurationMakesAMethodologyUsable() throws Exception {
    Path config = tmp.resolve("config.csv");
    Files.writeString(
        config, "key,value,unit,source\nrequired.cutlery.set_mass,0.01,kg/set,supplier spec\n");
    Path events = tmp.resolve("e.ndjson");
    Files.writeString(
        events,
        "{\"event_id\":\"c1\",\"programme\":\"delivery\",\"actor\":\"u\",\"action\":\"cutlery_free.order\","
            + "\"quantities\":[{\"value\":1,\"unit\":\"order\"}],\"time\":\"2024-01-01T12:00:00Z\","
            + "\"region\":\"CN\",\"evidence\":\"order\"}\n");
    String state = tmp.resolve("state").toString();
    assertThat(
            run(
                "ingest",
                events.toString(),
                "--state",
                state,
                "--configuration",
                config.toString()))
        .isZero();
    // 0.01 kg (configured) x 3.1047 kg CO2e/kg (DESNZ 2021 PP primary) = 31.047 g -> 31 g
    assertThat(run("totals", "--state", state, "--format", "json")).isZero();
    assertThat(JsonMapper.builder().build().readTree(out).path("grossGrams").asLong())
        .isEqualTo(31);
  }
}
