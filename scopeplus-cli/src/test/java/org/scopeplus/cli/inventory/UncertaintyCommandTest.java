package org.scopeplus.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.scopeplus.cli.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code scopeplus uncertainty} end to end on the example file of the documentation. */
class UncertaintyCommandTest {

  private static final String EXAMPLE = Path.of("../examples/activity-2024.csv").toString();

  private static JsonNode json(CommandRun r) {
    assertThat(r.exit()).as(r.err()).isZero();
    return JsonMapper.builder().build().readTree(r.out());
  }

  @Test
  void bothApproachesBoundTheInventorysTotals() {
    JsonNode inventory =
        json(CommandRun.of("inventory", EXAMPLE, "--format", "json", "--no-progress"));
    JsonNode u =
        json(
            CommandRun.of(
                "uncertainty",
                EXAMPLE,
                "--format",
                "json",
                "--no-progress",
                "--iterations",
                "2000"));
    assertThat(u.get("schema").asString()).isEqualTo("scopeplus.uncertainty/1");
    for (String approach : new String[] {"approach1", "approach2"}) {
      JsonNode total = u.get(approach).get("intervals").get(0);
      assertThat(total.get("total").asString()).isEqualTo("total-location-based");
      // the central value is the inventory's own total, to the gram
      assertThat(total.get("centralTonnes").decimalValue())
          .isEqualByComparingTo(inventory.get("totals").get("totalLocation").decimalValue());
      assertThat(total.get("lowerTonnes").decimalValue())
          .isLessThan(total.get("centralTonnes").decimalValue());
      assertThat(total.get("upperTonnes").decimalValue())
          .isGreaterThan(total.get("centralTonnes").decimalValue());
    }
    assertThat(u.get("dataQuality").get(0).get("part").asString()).isEqualTo("total");
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOtherNumbers() {
    String[] args = {
      "uncertainty",
      EXAMPLE,
      "--format",
      "json",
      "--no-progress",
      "--approach",
      "2",
      "--iterations",
      "500",
      "--seed",
      "11"
    };
    CommandRun first = CommandRun.of(args);
    CommandRun again = CommandRun.of(args);
    assertThat(first.exit()).isZero();
    assertThat(again.out()).isEqualTo(first.out());
    args[args.length - 1] = "12";
    assertThat(CommandRun.of(args).out()).isNotEqualTo(first.out());
  }

  @Test
  void anOverrideChangesTheInterval() {
    JsonNode plain =
        json(
            CommandRun.of(
                "uncertainty", EXAMPLE, "--format", "json", "--no-progress", "--approach", "1"));
    JsonNode wider =
        json(
            CommandRun.of(
                "uncertainty",
                EXAMPLE,
                "--format",
                "json",
                "--no-progress",
                "--approach",
                "1",
                "--activity-uncertainty",
                "s2.electricity=40"));
    assertThat(wider.get("approach1").get("intervals").get(0).get("plusPercent").doubleValue())
        .isGreaterThan(
            plain.get("approach1").get("intervals").get(0).get("plusPercent").doubleValue());
  }

  @Test
  void unusableOptionsAreRefusedWithASentence() {
    CommandRun few = CommandRun.of("uncertainty", EXAMPLE, "--iterations", "10", "--no-progress");
    assertThat(few.exit()).isEqualTo(2);
    assertThat(few.err()).contains("--iterations must be 100 to 1000000, not 10.");
    CommandRun bad =
        CommandRun.of("uncertainty", EXAMPLE, "--factor-uncertainty", "grid=lots", "--no-progress");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("'lots' is not a percentage for grid");
    CommandRun approach = CommandRun.of("uncertainty", EXAMPLE, "--approach", "3", "--no-progress");
    assertThat(approach.exit()).isEqualTo(2);
    assertThat(approach.err()).contains("--approach is 1, 2 or both, not '3'.");
  }
}
