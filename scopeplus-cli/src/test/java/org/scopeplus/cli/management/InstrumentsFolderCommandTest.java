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

/** {@code scopeplus instruments share --data DIR} on a small folder written here. */
class InstrumentsFolderCommandTest {

  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  /**
   * Two data centres of Group/Cloud in Zhejiang and an office of Group/Retail: DC-1 1,000 MWh in
   * January and February 2025, DC-2 500 MWh in January (two records of 200 and 300 MWh), the office
   * 250,000 kWh in January. A 2025 wind GEC of 1,200 MWh and a 2024 solar GEC of 400 MWh.
   */
  private void folder() throws IOException {
    write(
        "activity.csv",
        "record_id,org_unit,facility,period,activity_type,quantity,unit,region\n"
            + "E1,Group/Cloud,DC-1,2025-01,s2.electricity,1000,MWh,CN-ZJ\n"
            + "E2,Group/Cloud,DC-1,2025-02,s2.electricity,1000,MWh,CN-ZJ\n"
            + "E3,Group/Cloud,DC-2,2025-01,s2.electricity,200,MWh,CN-ZJ\n"
            + "E4,Group/Cloud,DC-2,2025-01,s2.electricity,300,MWh,CN-ZJ\n"
            + "E5,Group/Retail,OF-1,2025-01,s2.electricity,250000,kWh,CN-ZJ\n"
            + "F1,Group/Cloud,DC-1,2025-01,s1.stationary.energy_industries.gas_diesel_oil,9,GJ,CN\n");
    write(
        "instruments.csv",
        "id,kind,serial_block,serial_first,serial_last,mwh,technology,generated_from,"
            + "generated_to,market,registry,kg_co2e_per_mwh\n"
            + "G25,gec,GEC-2025-ZJ,1,1200,1200,wind,2025-01,2025-12,CN,China GEC,0\n"
            + "G24,gec,GEC-2024-ZJ,1,400,400,solar PV,2024-01,2024-12,CN,China GEC,0\n");
  }

  private JsonNode share(String... more) {
    String[] args = new String[5 + more.length];
    args[0] = "instruments";
    args[1] = "share";
    args[2] = "--data";
    args[3] = dir.toString();
    args[4] = "--format=json";
    System.arraycopy(more, 0, args, 5, more.length);
    CommandRun r = CommandRun.of(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return JsonMapper.builder().build().readTree(r.out());
  }

  private String refused() {
    CommandRun r = CommandRun.of("instruments", "share", "--data", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    return r.err().strip();
  }

  @Test
  void firstFitWithoutAnAllocationsFile() throws IOException {
    folder();
    // First fit (docs/management.md): lines by month then facility. January: DC-1 1,000 MWh from
    // G25 (G24 is of 2024, outside the vintage), DC-2 the 200 MWh G25 has left, OF-1 nothing;
    // February: G25 is spent. Group: 1,200 renewable of 1,000 + 1,000 + 500 + 250 = 2,750 MWh.
    JsonNode all = share();
    assertThat(all.get("unit").asString()).isEqualTo("Group");
    assertThat(all.get("years").get("2025").asDouble()).isCloseTo(1200.0 / 2750, within(1e-12));
    JsonNode jan = all.get("months").get(0);
    assertThat(jan.get("month").asString()).isEqualTo("2025-01");
    assertThat(jan.get("consumedKwh").asLong()).isEqualTo(1_750_000L);
    assertThat(jan.get("renewableKwh").asLong()).isEqualTo(1_200_000L);
    // the cloud unit: 1,200 of 2,500 MWh
    JsonNode cloud = share("--unit", "Group/Cloud");
    assertThat(cloud.get("years").get("2025").asDouble()).isCloseTo(1200.0 / 2500, within(1e-12));
  }

  @Test
  void explicitAllocationsAreKeptAsWritten() throws IOException {
    folder();
    write(
        "allocations.csv",
        "instrument_id,facility,month,mwh\nG25,DC-1,2025-02,600\nG25,OF-1,2025-01,250\n");
    // Group: 600 + 250 = 850 of 2,750 MWh; Retail: 250 of 250
    assertThat(share().get("years").get("2025").asDouble()).isCloseTo(850.0 / 2750, within(1e-12));
    assertThat(share("--unit", "Group/Retail").get("years").get("2025").asDouble()).isEqualTo(1.0);
  }

  @Test
  void refusalsNameFileRowAndColumnWithTheRegistrysReason() throws IOException {
    folder();
    write(
        "allocations.csv",
        "instrument_id,facility,month,mwh\nG25,DC-1,2025-01,1000\nG25,DC-1,2025-02,300\n");
    assertThat(refused())
        .isEqualTo(
            "allocations.csv, row 3, mwh: instrument G25 has 200 MWh left; 300 MWh cannot be"
                + " claimed: a MWh is claimed once (Scope 2 Quality Criterion 2)");
    write("allocations.csv", "instrument_id,facility,month,mwh\nG24,DC-1,2025-01,100\n");
    assertThat(refused())
        .isEqualTo(
            "allocations.csv, row 2, mwh: instrument G24 was generated 2024-01 to 2024-12,"
                + " outside 2025, the year of the consumption (Scope 2 Quality Criterion 4)");
    Files.delete(dir.resolve("allocations.csv"));
    write(
        "instruments.csv",
        "id,kind,serial_block,serial_first,serial_last,mwh,technology,generated_from,"
            + "generated_to,market,registry,kg_co2e_per_mwh\n"
            + "G25,gec,GEC-2025-ZJ,1,1200,1200,wind,2025-01,2025-12,CN,China GEC,0\n"
            + "G26,gec,GEC-2025-ZJ,1000,1100,101,wind,2025-01,2025-12,CN,China GEC,0\n");
    assertThat(refused())
        .isEqualTo(
            "instruments.csv, row 3, id: serials GEC-2025-ZJ 1000-1100 overlap instrument G25: a"
                + " certificate is claimed once (Scope 2 Quality Criterion 2)");
    write(
        "instruments.csv",
        "id,kind,mwh,technology,generated_from,generated_to,market\n"
            + "P1,ppa,100,wind,2025-01,2025-12,CN\n");
    assertThat(refused())
        .startsWith("instruments.csv, row 2, kind: is gec, green-power-contract, i-rec");
    write(
        "instruments.csv",
        "id,kind,mwh,technology,generated_from,generated_to,market\n"
            + "P1,ppa-physical,0.0005,wind,2025-01,2025-12,CN\n");
    assertThat(refused())
        .isEqualTo(
            "instruments.csv, row 2, mwh: mwh is kept in whole kWh: give MWh to at most 3"
                + " decimals, not 0.0005");
    write(
        "activity.csv",
        "record_id,org_unit,facility,period,activity_type,quantity,unit,region\n"
            + "E1,Group/Cloud,DC-1,2025,s2.electricity,1000,MWh,CN-ZJ\n");
    assertThat(refused())
        .isEqualTo(
            "activity.csv, row 2, period: instruments are allocated to a facility's month: give"
                + " electricity by calendar month (e.g. 2025-03), not 2025");
  }
}
