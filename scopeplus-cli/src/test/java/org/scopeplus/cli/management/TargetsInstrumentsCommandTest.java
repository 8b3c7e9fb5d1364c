package org.scopeplus.cli.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scopeplus targets progress --data DIR} reads the folder's instruments.csv and
 * allocations.csv as {@code inventory --instruments DIR} does (one reader, {@link
 * InstrumentFolder}), so a market-based target and a renewable-share target are measured on the
 * registry's claims.
 *
 * <p>The folder: DC-1 uses 600 + 400 MWh and DC-2 1,000 MWh in January 2025, all in Zhejiang at the
 * supplier's 500 kg CO2e/MWh; one 300 MWh wind GEC of 2025; the free-text instrument column names
 * GEC-1 on two rows, which the registry ignores.
 */
class TargetsInstrumentsCommandTest {

  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  @BeforeEach
  void folder() throws IOException {
    write(
        "targets.csv",
        "id,name,kind,org_unit,scopes,scope2,denominator,base_year,target_year,target_value,"
            + "pathway,criteria\n"
            + "M1,Scope 2 market-based net zero by 2030,absolute,Group,2,market,,2025,2030,1,"
            + "linear,\n"
            + "R1,Group 100% renewable by 2030,renewable-share,Group,,,,2025,2030,1,linear,RE100\n");
    write(
        "activity.csv",
        "record_id,org_unit,facility,period,activity_type,quantity,unit,region,"
            + "supplier_factor_kg_co2e,supplier_factor_unit,instrument\n"
            + "E1,Group,DC-1,2025-01,s2.electricity,600,MWh,CN-ZJ,500,MWh,GEC-1\n"
            + "E2,Group,DC-1,2025-01,s2.electricity,400,MWh,CN-ZJ,500,MWh,\n"
            + "E3,Group,DC-2,2025-01,s2.electricity,1000,MWh,CN-ZJ,500,MWh,GEC-1\n");
    write(
        "org.csv",
        "org_unit,equity_share,operational_control,financial_control\nGroup,1,yes,yes\n");
    write(
        "instruments.csv",
        "id,kind,serial_block,serial_first,serial_last,mwh,technology,generated_from,"
            + "generated_to,market,registry,kg_co2e_per_mwh\n"
            + "G1,gec,GEC-2025-ZJ,1,300,300,wind,2025-01,2025-12,CN,China GEC,0\n");
  }

  private static JsonNode progress(Path dir) {
    CommandRun r =
        CommandRun.of(
            "targets", "progress", "--data", dir.toString(), "--year", "2025", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    return JsonMapper.builder().build().readTree(r.out()).get("targets");
  }

  @Test
  void theFoldersRegistryGivesTheMarketBasedActualAndTheRenewableShare() {
    JsonNode targets = progress(dir);
    // by hand: (2,000 - 300 MWh) x 0.5 t/MWh = 850 t market-based in 2025 (first fit gives the
    // 300 MWh to DC-1; the instrument column claims nothing with a registry)
    assertThat(targets.get(0).get("baseValue").asDouble()).isCloseTo(850.0, within(1e-6));
    // by hand: 300 MWh covered / 2,000 MWh consumed = 0.15 (RE100: covered over total)
    assertThat(targets.get(1).get("baseValue").asDouble()).isCloseTo(0.15, within(1e-12));
  }

  @Test
  void explicitAllocationsAreReadToo() throws IOException {
    // by hand: 100 MWh allocated to DC-2 only: (2,000 - 100) x 0.5 = 950 t; 100 / 2,000 = 0.05
    write("allocations.csv", "instrument_id,facility,month,mwh\nG1,DC-2,2025-01,100\n");
    JsonNode targets = progress(dir);
    assertThat(targets.get(0).get("baseValue").asDouble()).isCloseTo(950.0, within(1e-6));
    assertThat(targets.get(1).get("baseValue").asDouble()).isCloseTo(0.05, within(1e-12));
  }

  @Test
  void aClaimBeyondTheCertificateIsRefusedWithItsFileAndRow() throws IOException {
    write("allocations.csv", "instrument_id,facility,month,mwh\nG1,DC-1,2025-01,400\n");
    CommandRun r =
        CommandRun.of(
            "targets", "progress", "--data", dir.toString(), "--year", "2025", "--format", "json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains(
            "allocations.csv, row 2, mwh: instrument G1 has 300 MWh left; 400 MWh cannot be"
                + " claimed");
  }

  @Test
  void aRenewableShareTargetOnTheHourlyBasisIsMeasuredOnTheFoldersHourlyFile() throws IOException {
    write(
        "targets.csv",
        "id,name,kind,org_unit,scopes,scope2,denominator,base_year,target_year,target_value,"
            + "pathway,criteria,basis\n"
            + "R1,Group 100% renewable by 2030,renewable-share,Group,,,,2025,2030,1,linear,RE100,\n"
            + "H1,Group 100% hour by hour by 2030,renewable-share,Group,,,,2025,2030,1,linear,"
            + "24/7,hourly\n");
    // DC-1 (CN-ZJ, in Group by activity.csv) uses 100 kWh in each of three hours; solar for CN-ZJ
    // gives 0, 250 and 50 kWh and wind for CN 30 kWh in the first; DC-9 is no facility of Group
    write(
        "hourly.csv",
        "hour,side,name,region,kwh\n"
            + "2025-06-01T11:00,consumption,DC-1,CN-ZJ,100\n"
            + "2025-06-01T12:00,consumption,DC-1,CN-ZJ,100\n"
            + "2025-06-01T13:00,consumption,DC-1,CN-ZJ,100\n"
            + "2025-06-01T13:00,consumption,DC-9,CN-ZJ,1000\n"
            + "2025-06-01T12:00,supply,solar,CN-ZJ,250\n"
            + "2025-06-01T13:00,supply,solar,CN-ZJ,50\n"
            + "2025-06-01T11:00,supply,wind,CN,30\n");
    JsonNode targets = progress(dir);
    // annual (RE100), from the registry: 300 / 2,000 MWh = 0.15
    assertThat(targets.get(0).get("baseValue").asDouble()).isCloseTo(0.15, within(1e-12));
    // hourly, by hand: 30 + 100 + 50 = 180 of DC-1's 300 kWh matched in the same hour = 0.6
    assertThat(targets.get(1).get("baseValue").asDouble()).isCloseTo(0.6, within(1e-12));
  }

  @Test
  void anHourlyTargetWithoutTheHourlyFileIsRefusedWithTheFileNamed() throws IOException {
    write(
        "targets.csv",
        "id,name,kind,org_unit,base_year,target_year,target_value,basis\n"
            + "H1,Group 100% hour by hour by 2030,renewable-share,Group,2025,2030,1,hourly\n");
    CommandRun r =
        CommandRun.of(
            "targets", "progress", "--data", dir.toString(), "--year", "2025", "--format", "json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "hourly.csv, row 0, file: missing in "
                + dir
                + "; a renewable-share target on the hourly basis is measured on it");
    write(
        "targets.csv",
        "id,name,kind,org_unit,base_year,target_year,target_value,basis\n"
            + "H1,Group 100% hour by hour by 2030,renewable-share,Group,2025,2030,1,weekly\n");
    CommandRun weekly =
        CommandRun.of("targets", "progress", "--data", dir.toString(), "--year", "2025");
    assertThat(weekly.exit()).isEqualTo(2);
    assertThat(weekly.err()).contains("targets.csv, row 2, basis: is annual or hourly");
  }

  @Test
  void withoutInstrumentsCsvTheMarketBasedActualTakesTheRecordsAsBefore() throws IOException {
    Files.delete(dir.resolve("instruments.csv"));
    // the legacy path: E1 and E3 name an instrument and count at 0; E2 400 x 0.5 = 200 t
    assertThat(progress(dir).get(0).get("baseValue").asDouble()).isCloseTo(200.0, within(1e-6));
  }
}
