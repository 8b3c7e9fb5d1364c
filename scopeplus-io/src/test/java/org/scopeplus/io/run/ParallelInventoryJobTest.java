package org.scopeplus.io.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.demo.ActivityGenerator;
import org.scopeplus.io.demo.DemoDataset;

/**
 * The parallel job must give exactly what {@link InventoryJob} gives: the same inventory to the
 * gram (and the same manifest, record and line counts), or the same problems in the same order.
 */
class ParallelInventoryJobTest {

  private static final ReferenceData REFERENCE = BuiltInReferenceData.load();

  @TempDir Path dir;

  private static InventoryOutcome reference(InventoryRequest request) throws IOException {
    return new InventoryJob(REFERENCE).run(request, bytes -> {});
  }

  /** Whether the last parallel run handed the request to the general job. */
  private static boolean handedOver;

  private static InventoryOutcome parallel(InventoryRequest request, int chunkBytes)
      throws IOException {
    ParallelInventoryJob job = new ParallelInventoryJob(REFERENCE, 3, chunkBytes);
    InventoryOutcome out = job.run(request, bytes -> {});
    handedOver = job.handedOver;
    return out;
  }

  private static void assertSame(InventoryRequest request, int chunkBytes) throws IOException {
    InventoryOutcome expected = reference(request);
    InventoryOutcome actual = parallel(request, chunkBytes);
    assertThat(actual.problems()).isEqualTo(expected.problems());
    assertThat(actual.problemCount()).isEqualTo(expected.problemCount());
    assertThat(actual.inventory()).isEqualTo(expected.inventory());
  }

  private static InventoryRequest request(
      List<Path> files, Path org, ConsolidationApproach approach, int year) {
    return new InventoryRequest(files, List.of(), org, null, GwpSet.AR5, approach, year, false);
  }

  private Path generated(String name, int rows, long seed) throws IOException {
    Path p = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(p)) {
      ActivityGenerator.ofDemo().write(rows, seed, out);
    }
    return p;
  }

  @Test
  void theDemoCompanyGivesTheSameInventoryUnderEveryConsolidationApproach() throws IOException {
    DemoDataset.DemoFiles demo = DemoDataset.extract(dir.resolve("demo"));
    for (ConsolidationApproach approach : ConsolidationApproach.values()) {
      InventoryRequest r = request(List.of(demo.activity()), demo.org(), approach, 0);
      InventoryOutcome expected = reference(r);
      assertThat(expected.ok()).isTrue();
      assertThat(parallel(r, 64 << 10).inventory()).isEqualTo(expected.inventory());
    }
  }

  @Test
  void generatedRowsCutIntoManySmallChunksGiveTheSameInventory() throws IOException {
    Path f = generated("g.csv", 20_000, 7);
    assertSame(request(List.of(f), null, ConsolidationApproach.OPERATIONAL_CONTROL, 0), 10_000);
    assertThat(handedOver).isFalse();
    assertSame(request(List.of(f), null, ConsolidationApproach.OPERATIONAL_CONTROL, 2023), 7_777);
    assertThat(handedOver).isFalse();
  }

  @Test
  void severalFilesKeepTheirOwnDigestsAndCounts() throws IOException {
    Path a = generated("a.csv", 3_000, 1);
    Path b = dir.resolve("b.csv");
    // the same generator with another seed reuses ids, so give b its own ids
    List<String> lines = Files.readAllLines(generated("b0.csv", 2_000, 2));
    List<String> renamed = new ArrayList<>();
    renamed.add(lines.get(0));
    for (int i = 1; i < lines.size(); i++) {
      renamed.add("B" + lines.get(i));
    }
    Files.write(b, renamed);
    assertSame(request(List.of(a, b), null, ConsolidationApproach.EQUITY_SHARE, 0), 50_000);
  }

  @Test
  void aStreamedTraceHasTheLinesInventoryJobKeepsInTheSameOrder() throws IOException {
    Path f = generated("t.csv", 5_000, 11);
    InventoryRequest plain = request(List.of(f), null, ConsolidationApproach.EQUITY_SHARE, 0);
    InventoryRequest keeping =
        new InventoryRequest(
            List.of(f),
            List.of(),
            null,
            null,
            GwpSet.AR5,
            ConsolidationApproach.EQUITY_SHARE,
            0,
            true);
    InventoryOutcome kept = reference(keeping);
    assertThat(kept.lines()).isNotEmpty();

    List<ResultLine> streamed = new ArrayList<>();
    ParallelInventoryJob job = new ParallelInventoryJob(REFERENCE, 3, 20_000);
    InventoryOutcome out = job.run(plain, bytes -> {}, streamed::add);
    assertThat(job.handedOver).isFalse();
    assertThat(out.inventory()).isEqualTo(kept.inventory());
    assertThat(out.lines()).isEmpty();
    assertThat(streamed).isEqualTo(kept.lines());

    List<ResultLine> general = new ArrayList<>();
    InventoryOutcome direct = new InventoryJob(REFERENCE).run(plain, bytes -> {}, general::add);
    assertThat(direct.inventory()).isEqualTo(kept.inventory());
    assertThat(general).isEqualTo(kept.lines());
  }

  @Test
  void unusualButValidCsvGivesTheSameInventory() throws IOException {
    String header = DemoDataset.HEADER;
    String body =
        String.join(
            "\r\n",
            "A1, Kestrel/Cloud / DC1 ,DC1,2023-5,s2.electricity,1000,MWh,cn-zj,,GEC,measured",
            "A2,Kestrel/Retail/SM1,SM1,2023-Q2,s1.stationary.commercial_institutional.natural_gas,"
                + "1e3,m3,CN-SH,,,",
            "",
            "A3,Kestrel/Retail/SM1,SM1,2023,s1.refrigerant.purchased,12.5,kg,CN-SH,R-404A,,",
            "A4,Kestrel/Retail/SM1,SM1,2023-06,s3.c1.mass.board,.5,t,CN,,,",
            "A5,Kestrel/Retail/SM1,SM1,2023-06,s3.c1.mass.board,0.000001234567891234,t,CN,,,",
            "A6,Kestrel/Logistics,Fleet,2024-01,s1.mobile.road.gas_diesel_oil,12.75,t,CN-BJ,,,",
            "A7,Kestrel/Logistics,Fleet,2024-01,s1.mobile.road.gas_diesel_oil,3000,L,CN-BJ,,,");
    Path bom = dir.resolve("bom.csv");
    byte[] text = (header + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    Files.write(bom, withBom);
    // A7 is in litres with no density: a problem, stated the same way by both
    assertSame(request(List.of(bom), null, ConsolidationApproach.OPERATIONAL_CONTROL, 0), 64);
    assertThat(handedOver).isFalse();
    Path quoted = dir.resolve("quoted.csv");
    Files.writeString(
        quoted,
        header
            + "\n\"Q1\",\"Kestrel/Cloud, Hangzhou\",DC1,2023-05,s2.electricity,1000,MWh,CN-ZJ,,,\n");
    assertSame(request(List.of(quoted), null, ConsolidationApproach.OPERATIONAL_CONTROL, 0), 64);
    assertThat(handedOver).as("quoted CSV is read by the general reader").isTrue();
  }

  @Test
  void countriesAndSubdivisionsOutsideTheRegionTableGiveTheSameInventory() throws IOException {
    Path f = dir.resolve("iso.csv");
    Files.writeString(
        f,
        DemoDataset.HEADER
            + "\nK1,Kestrel/Logistics,Fleet,2024-01,s1.mobile.road.gas_diesel_oil,12.75,t,KE,,,"
            + "\nK2,Kestrel/Logistics,Fleet,2024-01,s1.mobile.road.gas_diesel_oil,3.5,t,ke-30,,,\n");
    InventoryRequest r = request(List.of(f), null, ConsolidationApproach.OPERATIONAL_CONTROL, 0);
    assertThat(reference(r).ok()).isTrue();
    assertSame(r, 64);
    assertThat(handedOver).isFalse();
  }

  @Test
  void badRowsGiveTheSameProblemsInTheSameOrder() throws IOException {
    Path f = generated("bad.csv", 6_000, 11);
    List<String> lines = new ArrayList<>(Files.readAllLines(f));
    String[] wrong = {
      "s2.electricity_typo", "-5", "2021-13", "XX-YY", "", "kg", "1,5", "short", "1.5.2"
    };
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 400; i++) {
      int row = 1 + random.nextInt(lines.size() - 1);
      String[] c = lines.get(row).split(",", -1);
      if (c.length < 11) {
        continue; // already cut short
      }
      String w = wrong[random.nextInt(wrong.length)];
      switch (w) {
        case "s2.electricity_typo" -> c[4] = w;
        case "-5", "1,5", "1.5.2" -> c[5] = w;
        case "2021-13" -> c[3] = w;
        case "XX-YY" -> c[7] = w;
        case "" -> c[0] = w;
        case "kg" -> c[6] = w;
        default -> c = new String[] {c[0], c[1]};
      }
      lines.set(row, String.join(",", c));
    }
    Files.write(f, lines);
    assertSame(request(List.of(f), null, ConsolidationApproach.OPERATIONAL_CONTROL, 0), 20_000);
    assertThat(handedOver).isFalse();
  }

  @Test
  void moreProblemsThanAreListedAreCountedTheSame() throws IOException {
    Path f = dir.resolve("many.csv");
    StringBuilder b = new StringBuilder(DemoDataset.HEADER).append('\n');
    for (int i = 0; i < 3_000; i++) {
      b.append("M").append(i).append(",Kestrel/X,F,2023-01,no.such.type,1,kWh,CN,,,\n");
    }
    Files.writeString(f, b.toString());
    InventoryRequest r = request(List.of(f), null, ConsolidationApproach.OPERATIONAL_CONTROL, 0);
    assertSame(r, 8_192);
    assertThat(parallel(r, 8_192).problemCount()).isEqualTo(3_000);
    assertThat(handedOver).isFalse();
  }

  @Test
  void duplicateRecordIdsAreReportedWithTheirFirstRow() throws IOException {
    Path f = generated("dup.csv", 5_000, 5);
    List<String> lines = new ArrayList<>(Files.readAllLines(f));
    lines.set(4_000, lines.get(17).split(",", 2)[0] + "," + lines.get(4_000).split(",", 2)[1]);
    Files.write(f, lines);
    InventoryRequest r = request(List.of(f), null, ConsolidationApproach.OPERATIONAL_CONTROL, 0);
    assertSame(r, 10_000);
    assertThat(parallel(r, 10_000).problems().get(0).message()).contains("used twice");
    assertThat(handedOver).isTrue();
  }

  @Test
  void headerProblemsAndMissingFilesAreReportedInFileOrder() throws IOException {
    Path good = generated("good.csv", 100, 1);
    Path badHeader = dir.resolve("header.csv");
    Files.writeString(badHeader, "record_id,org_unit,quantiy\nX,Y,1\n");
    Path missing = dir.resolve("missing.csv");
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "");
    assertSame(
        request(
            List.of(missing, good, badHeader, empty),
            null,
            ConsolidationApproach.OPERATIONAL_CONTROL,
            0),
        1_000);
  }

  @Test
  void quantitiesAndLinesBeyondTheirBoundsAreRefusedTheSameWayWithTheirRows() throws IOException {
    Path f = generated("bounds.csv", 3_000, 21);
    List<String> lines = new ArrayList<>(Files.readAllLines(f));
    // 5e13 MWh twice (as the issue reported it, and in digits, which the lean reader parses):
    // beyond the 1e9 MWh bound of energy
    lines.set(100, "X1,Kestrel/Cloud/SG,SG1,2020-03,s2.electricity,5e13,MWh,SG,,,");
    lines.set(200, "X2,Kestrel/Cloud/SG,SG1,2020-03,s2.electricity,50000000000000,MWh,SG,,,");
    // 4e8 kg SF6 is within the bound of mass, but x 23,500 (AR5) x 1000 = 9.4e15 g > 2^53 g
    lines.set(300, "X3,Kestrel/Grid,GIS,2024-01,s1.refrigerant.purchased,400000000,kg,CN,SF6,,");
    Files.write(f, lines);
    InventoryRequest r = request(List.of(f), null, ConsolidationApproach.OPERATIONAL_CONTROL, 0);
    assertSame(r, 20_000);
    assertThat(handedOver).isFalse();
    List<Problem> problems = reference(r).problems();
    assertThat(problems)
        .extracting(p -> p.row() + ":" + p.column())
        .containsExactly("101:quantity", "201:quantity", "301:quantity");
    assertThat(problems.get(1).message()).contains("50000000000000 MWh").contains("1e9 MWh");
    assertThat(problems.get(2).message()).contains("9.400e+15 g CO2e of SF6");
  }

  @Test
  void recordsAtTheBoundGiveTheSameInventoryToTheGram() throws IOException {
    Path f = generated("near.csv", 3_000, 22);
    List<String> lines = new ArrayList<>(Files.readAllLines(f));
    // 1e9 MWh in SG, the bound of energy: 1e12 kWh x 0.4080 kg/kWh (EMA 2020) = 4.08e14 g
    lines.set(10, "N1,Kestrel/Cloud/SG,SG1,2020-03,s2.electricity,1000000000,MWh,SG,,,");
    // 3.8e8 kg SF6 x 23,500 x 1000 = 8.93e15 g, just under 2^53 = 9.007e15 g
    lines.set(20, "N2,Kestrel/Grid,GIS,2024-01,s1.refrigerant.purchased,380000000,kg,CN,SF6,,");
    // a mass-balance term of both signs in one shape: the negative one is left to the engine
    lines.set(30, "N3,Kestrel/Grid,GIS,2024-01,s1.refrigerant.inventory_decrease,10,kg,CN,SF6,,");
    lines.set(40, "N4,Kestrel/Grid,GIS,2024-01,s1.refrigerant.inventory_decrease,-4,kg,CN,SF6,,");
    Files.write(f, lines);
    InventoryRequest r = request(List.of(f), null, ConsolidationApproach.OPERATIONAL_CONTROL, 0);
    assertSame(r, 20_000);
    assertThat(handedOver).isFalse();
    InventoryOutcome out = reference(r);
    assertThat(out.ok()).isTrue();
    assertThat(out.inventory().byActivityType().get("s1.refrigerant.purchased").scope1())
        .isGreaterThanOrEqualTo(8_930_000_000_000_000L);
    // (10 - 4) kg SF6 x 23,500 = 141,000 kg CO2e
    assertThat(out.inventory().byActivityType().get("s1.refrigerant.inventory_decrease").scope1())
        .isEqualTo(141_000_000L);
  }

  @Test
  void sumsBeyondTheRangeOfLongAreRefusedNamingTheSameRecordOnBothPaths() throws IOException {
    // 1,100 rows of 3.8e8 kg SF6: each line 8.93e15 g (under 2^53), but 1,033 of them are
    // 9.22469e18 g > Long.MAX_VALUE = 9.22337e18 g, while 1,032 are 9.21576e18 g
    StringBuilder b = new StringBuilder(DemoDataset.HEADER).append('\n');
    for (int i = 0; i < 1_100; i++) {
      b.append("S")
          .append(i)
          .append(",Kestrel/Grid,GIS,2024-01,s1.refrigerant.purchased,380000000,kg,CN,SF6,,\n");
    }
    Path f = dir.resolve("sf6.csv");
    Files.writeString(f, b.toString());
    InventoryRequest r = request(List.of(f), null, ConsolidationApproach.OPERATIONAL_CONTROL, 0);
    assertSame(r, 8_192);
    assertThat(handedOver).as("the lean sums overflowed: made record by record").isTrue();
    List<Problem> problems = reference(r).problems();
    assertThat(problems).hasSize(1);
    // the 1,033rd record is on row 1,034 (the header is row 1)
    assertThat(problems.get(0).row()).isEqualTo(1_034);
    assertThat(problems.get(0).column()).isEqualTo("quantity");
    assertThat(problems.get(0).message()).contains("9223372036854775807 g");
  }

  @Test
  void leanNumbersAreExactlyThoseOfParseDouble() {
    SplittableRandom random = new SplittableRandom(99);
    for (int i = 0; i < 200_000; i++) {
      long mantissa = random.nextLong(1, 1_000_000_000_000_000L);
      int scale = random.nextInt(0, 12);
      String s = Long.toString(mantissa);
      if (scale > 0) {
        s =
            s.length() > scale
                ? s.substring(0, s.length() - scale) + "." + s.substring(s.length() - scale)
                : s;
      }
      byte[] b = s.getBytes(StandardCharsets.US_ASCII);
      double lean = ChunkCalculation.number(b, 0, b.length);
      if (!Double.isNaN(lean)) {
        assertThat(lean).as(s).isEqualTo(Double.parseDouble(s));
      }
    }
    byte[] big = "12345678901234567.5".getBytes(StandardCharsets.US_ASCII);
    assertThat(ChunkCalculation.number(big, 0, big.length)).isNaN();
  }
}
