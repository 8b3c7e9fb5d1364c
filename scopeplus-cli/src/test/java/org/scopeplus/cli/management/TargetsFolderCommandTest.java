package org.scopeplus.cli.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code scopeplus targets progress --data DIR} on a small folder written here. */
class TargetsFolderCommandTest {

  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  private void folder() throws IOException {
    write(
        "targets.csv",
        "id,name,kind,org_unit,scopes,scope2,denominator,base_year,target_year,target_value,"
            + "pathway,criteria\n"
            + "A1,Scope 1 net zero by 2030,absolute,Group,1,,,2020,2030,1,linear,\n"
            + "R1,Group 100% renewable by 2025,renewable-share,Group,,,,2020,2025,1,linear,RE100\n"
            + "C1,\"Reductions, 100 t over 2020-2023\",cumulative,Group,,,,2020,2023,100,,\n");
    write(
        "activity.csv",
        "record_id,org_unit,facility,period,activity_type,quantity,unit,region\n"
            + "D1,Group,S,2020,s1.stationary.energy_industries.gas_diesel_oil,200,GJ,CN\n"
            + "D2,Group,S,2022,s1.stationary.energy_industries.gas_diesel_oil,100,GJ,CN\n");
    write(
        "org.csv",
        "org_unit,equity_share,operational_control,financial_control\nGroup,1,yes,yes\n");
    write(
        "indicators.csv",
        "org_unit,facility,year,month,metric,value\n"
            + "Group,,2020,,electricity,1000\n"
            + "Group,,2020,,renewable_electricity,200\n"
            + "Group,,2022,,electricity,1000\n"
            + "Group,,2022,,renewable_electricity,600\n"
            + "Group,,2020,,scope3plus_reductions,10\n"
            + "Group,,2021,,scope3plus_reductions,20\n"
            + "Group,,2022,,scope3plus_reductions,30\n");
  }

  @Test
  void progressFromAFolderMatchesAHandCalculation() throws IOException {
    folder();
    CommandRun r =
        CommandRun.of(
            "targets", "progress", "--data", dir.toString(), "--year", "2022", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode targets = JsonMapper.builder().build().readTree(r.out()).get("targets");
    assertThat(targets.size()).isEqualTo(3);

    // Absolute, hand calculation: the same fuel (one IPCC default factor) burned at 200 GJ in 2020
    // and 100 GJ in 2022, so the 2022 actual is half the base E; the linear pathway to net zero
    // over 2020-2030 stands at E x (1 - 2/10) = 0.8 E in 2022, the gap 0.5 E - 0.8 E = -0.3 E.
    // The inventory keeps whole grams per record, so the half may differ by one gram (1e-6 t).
    JsonNode abs = targets.get(0);
    double base = abs.get("baseValue").asDouble();
    assertThat(base).isPositive();
    JsonNode y2022 = year(abs, 2022);
    assertThat(y2022.get("actual").asDouble()).isCloseTo(0.5 * base, within(1e-6));
    assertThat(y2022.get("pathway").asDouble()).isCloseTo(0.8 * base, within(1e-6));
    assertThat(y2022.get("gap").asDouble()).isCloseTo(-0.3 * base, within(1e-6));

    // Renewable share: 200/1000 = 0.2 in 2020, 600/1000 = 0.6 in 2022; the linear pathway from
    // 0.2 to 1 over 2020-2025 is 0.2 + 0.8 x 2/5 = 0.52 in 2022, so 2022 is 0.08 ahead.
    JsonNode re = targets.get(1);
    assertThat(re.get("baseValue").asDouble()).isCloseTo(0.2, within(1e-12));
    assertThat(year(re, 2022).get("actual").asDouble()).isCloseTo(0.6, within(1e-12));
    assertThat(year(re, 2022).get("pathway").asDouble()).isCloseTo(0.52, within(1e-12));
    assertThat(year(re, 2022).get("gap").asDouble()).isCloseTo(0.08, within(1e-12));

    // Cumulative: 10 + 20 + 30 = 60 t by 2022 against a pathway spending 100 t evenly over four
    // years, 75 t by 2022.
    JsonNode cum = targets.get(2);
    assertThat(year(cum, 2022).get("actual").asDouble()).isCloseTo(60, within(1e-9));
    assertThat(year(cum, 2022).get("pathway").asDouble()).isCloseTo(75, within(1e-9));
  }

  @Test
  void refusalsNameFileRowAndField() throws IOException {
    folder();
    write(
        "indicators.csv",
        "org_unit,facility,year,month,metric,value\nGroup,,2020,,electricity,1000\n"
            + "Group,,2021,,electricity,lots\n");
    CommandRun r = CommandRun.of("targets", "progress", "--data", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("indicators.csv, row 3, value: 'lots' is not a number");

    write(
        "targets.csv",
        "id,name,kind,org_unit,base_year,target_year,target_value\n"
            + "X,Something,hoped-for,Group,2020,2030,1\n");
    r = CommandRun.of("targets", "progress", "--data", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("targets.csv, row 2, kind: is absolute, intensity");

    write(
        "targets.csv",
        "id,name,kind,org_unit,base_year,target_year,target_value\n"
            + "X,Share,renewable-share,Group,0,2030,1\n");
    r = CommandRun.of("targets", "progress", "--data", dir.toString());
    assertThat(r.err()).contains("targets.csv, row 2, base_year: 0 is not a year between 1990");

    assertThat(CommandRun.of("targets", "progress").exit()).isEqualTo(2);
    assertThat(CommandRun.of("targets", "progress", "--demo", "--data", dir.toString()).exit())
        .isEqualTo(2);
  }

  private static JsonNode year(JsonNode target, int year) {
    for (JsonNode y : target.get("years")) {
      if (y.get("year").asInt() == year) {
        return y;
      }
    }
    throw new AssertionError("no year " + year + " in " + target);
  }
}
