package org.scopeplus.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Chinese company's file through {@code scopeplus inventory}: the plant that reports to the
 * national carbon market records its purchased electricity as {@code s2.electricity.cn_ets} and
 * takes MEE's ETS national grid factor; the office beside it records {@code s2.electricity} and
 * takes the MEE/NBS provincial average. The two factors are different products and stay apart.
 */
class ChinaEtsInventoryCommandTest {

  @TempDir Path dir;

  @Test
  void theEtsPlantTakesTheCarbonMarketFactorAndTheOfficeTheProvincialAverage() throws Exception {
    Path file = dir.resolve("cn-2022.csv");
    Files.writeString(
        file,
        "record_id,org_unit,facility,period,activity_type,quantity,unit,region\n"
            + "P1,Group/Plant,Dongguan,2022,s2.electricity.cn_ets,1000,MWh,CN-GD\n"
            + "P2,Group/Plant,Dongguan,2023,s2.electricity.cn_ets,1000,MWh,CN-GD\n"
            + "O1,Group/Office,Guangzhou,2022,s2.electricity,1000,MWh,CN-GD\n");
    CommandRun r = CommandRun.of("inventory", file.toString(), "--format", "json", "--no-progress");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    // 环办气候函〔2023〕43号: the 2022 national grid average factor for the carbon market is
    // 0.5703 t CO2/MWh. 2022: 1,000 MWh x 0.5703 = 570.3 t. 2023 has no ETS figure built in, so
    // the nearest earlier year's (2022) is taken and the run warns: another 570.3 t. Together
    // 1,140.6 t
    assertThat(json.get("byOrgUnit").get("Group/Plant").get("scope2Location").asDouble())
        .isEqualTo(1140.6);
    // MEE & NBS Announcement 2024 No. 33, provincial averages, row 广东: 0.4403 kg CO2/kWh;
    // 1,000,000 kWh x 0.4403 = 440.3 t
    assertThat(json.get("byOrgUnit").get("Group/Office").get("scope2Location").asDouble())
        .isEqualTo(440.3);
    assertThat(json.get("factorYearWarnings").toString())
        .contains("cn_mee_ets.cn.2022")
        .doesNotContain("cn_mee_nbs.average.cn-gd.2022");
    // both rest on values read in secondary material, and the run lists them
    assertThat(json.get("weakFactors").toString())
        .contains("cn_mee_ets.cn.2022")
        .contains("cn_mee_nbs.average.cn-gd.2022");
  }
}
