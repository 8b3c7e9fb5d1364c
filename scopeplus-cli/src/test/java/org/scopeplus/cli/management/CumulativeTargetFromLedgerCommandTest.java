package org.scopeplus.cli.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scopeplus targets progress --data DIR --state DIR}: a cumulative target takes its actuals
 * from the Scope 3+ ledger of an ecosystem state directory.
 */
class CumulativeTargetFromLedgerCommandTest {

  @TempDir Path dir;

  private static String trip(String id, String time) {
    return "{\"event_id\":\""
        + id
        + "\",\"programme\":\"employees\",\"actor\":\"emp-"
        + id
        + "\",\"action\":\"office.rail_instead_of_air\",\"quantities\":[{\"value\":400,"
        + "\"unit\":\"km\"}],\"time\":\""
        + time
        + "\",\"region\":\"GB\",\"evidence\":\"booking\"}";
  }

  @Test
  void theLedgersNetTonnesPerYearAreTheActuals() throws Exception {
    Path events = dir.resolve("events.ndjson");
    Files.writeString(
        events,
        String.join(
            "\n",
            trip("a", "2021-03-04T09:00:00Z"),
            trip("b", "2021-06-04T09:00:00Z"),
            trip("c", "2023-02-01T09:00:00Z")));
    Path state = dir.resolve("state");
    CommandRun ingest =
        CommandRun.of("ecosystem", "ingest", events.toString(), "--state", state.toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    Path data = Files.createDirectory(dir.resolve("data"));
    Files.writeString(
        data.resolve("targets.csv"),
        "id,name,kind,org_unit,base_year,target_year,target_value\n"
            + "C1,Reductions of 1 t over 2021-2025,cumulative,Group,2021,2025,1\n");

    CommandRun r =
        CommandRun.of(
            "targets",
            "progress",
            "--data",
            data.toString(),
            "--state",
            state.toString(),
            "--year",
            "2023",
            "--format",
            "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode t = JsonMapper.builder().build().readTree(r.out()).get("targets").get(0);
    // One trip of 400 p.km by rail instead of air: 400 x (0.13003 - 0.03549) kg = 37.816 kg
    // (DESNZ 2021 domestic flight and national rail, as EcosystemCommandTest). 2021: two trips,
    // 0.075632 t; 2022: none, 0 t (the ledger was kept); 2023: one, 0.037816 t; cumulative
    // 0.113448 t by 2023. The linear pathway spends
    // 1 t over the 5 years: 0.2 t a year, 0.6 t by 2023.
    for (JsonNode y : t.get("years")) {
      switch (y.get("year").asInt()) {
        case 2021, 2022 -> assertThat(y.get("actual").asDouble()).isCloseTo(0.075632, within(1e-9));
        case 2023 -> {
          assertThat(y.get("actual").asDouble()).isCloseTo(0.113448, within(1e-9));
          assertThat(y.get("pathway").asDouble()).isCloseTo(0.6, within(1e-9));
        }
        default -> {}
      }
    }
    assertThat(t.get("status").asString()).isEqualTo("OFF_TRACK");

    CommandRun missing =
        CommandRun.of(
            "targets",
            "progress",
            "--data",
            data.toString(),
            "--state",
            dir.resolve("nothing").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err())
        .contains("no Scope 3+ state there (see 'scopeplus ecosystem ingest')");
  }
}
