package org.scopeplus.io.factor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.factor.FactorLibrary;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.builtin.BuiltInReferenceData;

class FactorLibraryReaderTest {

  private static final String HEADER =
      "factor_id,activity_key,region,valid_from,valid_to,gas,value,unit,factor_type,publication,verification\n";

  private static ReadResult<FactorLibrary> read(String csv) throws IOException {
    return new FactorLibraryReader(BuiltInReferenceData.load().gwps())
        .read(
            "mine.csv",
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
            "mine",
            "1");
  }

  /**
   * Found by FactorLibraryFuzzTest: 1e308 Gg/kWh is finite, but 1e308 x 10^6 kg is not, and the
   * infinite rate used to escape as an exception (a 500 on upload) instead of a located problem.
   */
  @Test
  void aValueThatOverflowsInKilogramsIsRefusedAtItsCell() throws IOException {
    ReadResult<FactorLibrary> read =
        read(
            HEADER
                + "huge,grid.location,CN,2024,2024,CO2,1e308,Gg/kWh,grid_average,Utility 2024,user_supplied\n");

    assertThat(read.ok()).isFalse();
    assertThat(read.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p)
                  .extracting(Problem::file, Problem::row, Problem::column)
                  .containsExactly("mine.csv", 2L, "value");
              assertThat(p.message()).contains("1e308").contains("too large");
            });
  }

  @Test
  void theLargestValueThatFitsInKilogramsIsRead() throws IOException {
    // 1e302 Gg = 1e308 kg, still a finite double (the largest is about 1.797e308)
    ReadResult<FactorLibrary> read =
        read(
            HEADER
                + "big,grid.location,CN,2024,2024,CO2,1e302,Gg/kWh,grid_average,Utility 2024,user_supplied\n");

    assertThat(read.problems()).isEmpty();
    assertThat(read.value().factors().get(0).rates().get(0).kgPerUnit())
        .isCloseTo(1e308, org.assertj.core.data.Percentage.withPercentage(1e-9));
  }
}
