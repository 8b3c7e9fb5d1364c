package org.scopeplus.io.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.city.activity.GpcActivity;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.table.TableReader;

/** The city activity file of docs/city.md: activity records with their GPC line, all or nothing. */
class CityActivityReaderTest {

  static final String HEADER =
      "record_id,org_unit,facility,period,activity_type,quantity,unit,region,gpc_reference\n";

  static ReadResult<List<GpcActivity>> read(CityActivityReader reader, String name, String csv)
      throws IOException {
    try (TableReader t =
        TableReader.csv(name, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
      return reader.read(t);
    }
  }

  static ReadResult<List<GpcActivity>> read(String name, String csv) throws IOException {
    return read(new CityActivityReader(BuiltInReferenceData.load()), name, csv);
  }

  @Test
  void readsEachRecordWithItsLine() throws IOException {
    ReadResult<List<GpcActivity>> r =
        read(
            "a.csv",
            HEADER
                + "E1,Example City,,2023,s2.electricity,10,MWh,CN,I.2.2\n"
                + "W1,Example City,,2023-03,s3.c5.waste.landfill.commercial_industrial,5,t,CN,"
                + "III.1.2\n");
    assertThat(r.ok()).as("%s", r.problems()).isTrue();
    assertThat(r.value()).hasSize(2);
    assertThat(r.value().get(0).line().reference()).isEqualTo("I.2.2");
    assertThat(r.value().get(0).city()).isEqualTo("Example City");
    assertThat(r.value().get(1).line().reference()).isEqualTo("III.1.2");
    assertThat(r.value().get(1).record().source().row()).isEqualTo(3);
  }

  @Test
  void withoutTheGpcReferenceColumnTheFileIsRefused() throws IOException {
    ReadResult<List<GpcActivity>> r =
        read(
            "nocol.csv",
            "record_id,org_unit,facility,period,activity_type,quantity,unit,region\n"
                + "E1,Example City,,2023,s2.electricity,10,MWh,CN\n");
    assertThat(r.ok()).isFalse();
    assertThat(r.problems().get(0).toString())
        .isEqualTo("nocol.csv:1 [gpc_reference]: required column 'gpc_reference' is missing");
  }

  @Test
  void aBadActivityCellAndABadLineAreBothListedAndNothingIsGiven() throws IOException {
    ReadResult<List<GpcActivity>> r =
        read(
            "bad.csv",
            HEADER
                + "E1,Example City,,2023,s2.electricity,1e300,MWh,CN,I.2.2\n"
                + "E2,Example City,,2023,s2.electricity,10,MWh,CN,I.2.2\n"
                + "E3,Example City,,2023,s2.electricity,10,MWh,CN,i.2.2x\n");
    assertThat(r.ok()).isFalse();
    assertThat(r.value()).isNull();
    assertThat(r.problems()).hasSize(2);
    assertThat(r.problems().get(0).toString()).startsWith("bad.csv:2 [quantity]: quantity 1e300");
    assertThat(r.problems().get(1).toString())
        .isEqualTo(
            "bad.csv:4 [gpc_reference]: unknown GPC reference 'i.2.2x'; the lines are I.1.1 to"
                + " VI.1 as docs/city.md lists them");
  }

  @Test
  void aRecordIdIsUniqueAcrossTheFilesOfOneReader() throws IOException {
    CityActivityReader reader = new CityActivityReader(BuiltInReferenceData.load());
    String row = "E1,Example City,,2023,s2.electricity,10,MWh,CN,I.2.2\n";
    assertThat(read(reader, "a.csv", HEADER + row).ok()).isTrue();
    ReadResult<List<GpcActivity>> second = read(reader, "b.csv", HEADER + row);
    assertThat(second.ok()).isFalse();
    assertThat(second.problems().get(0).toString())
        .isEqualTo("b.csv:2 [record_id]: record id 'E1' is used twice (first at a.csv row 2)");
  }
}
