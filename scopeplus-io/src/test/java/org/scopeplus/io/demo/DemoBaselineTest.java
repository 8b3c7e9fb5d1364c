package org.scopeplus.io.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.inventory.IntensityDenominator;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.run.InventoryJob;
import org.scopeplus.io.run.InventoryOutcome;
import org.scopeplus.io.run.InventoryRequest;

/**
 * The demo company reproduces, through the real engine ({@link InventoryJob} on the shipped files,
 * AR5, operational control), the published 2020 baseline of the company it is modelled on: Alibaba
 * Group, <i>Carbon Neutrality Action Report</i> (December 2021), 2020 baseline — Scope 1 0.51 Mt
 * CO2e (fuel combustion in own vehicles about 32.3% of it), Scope 2 location-based 3.71 Mt, Scope 3
 * 5.29 Mt, total 9.51 Mt, Scope 3 intensity 8.22 t CO2e per million RMB of revenue (revenue about
 * RMB 644 billion). Each figure within 1%.
 */
class DemoBaselineTest {

  @TempDir Path dir;

  private Inventory inventory(int year) throws IOException {
    DemoDataset.DemoFiles demo = DemoDataset.extract(dir);
    InventoryOutcome out =
        new InventoryJob(BuiltInReferenceData.load())
            .run(
                new InventoryRequest(
                    List.of(demo.activity()),
                    List.of(),
                    demo.org(),
                    demo.metrics(),
                    GwpSet.AR5,
                    ConsolidationApproach.OPERATIONAL_CONTROL,
                    year,
                    false),
                b -> {});
    assertThat(out.problems()).isEmpty();
    return out.inventory();
  }

  private static double tonnes(long grams) {
    return grams / 1e6;
  }

  @Test
  void the2020InventoryReproducesThePublishedBaselineWithinOnePercent() throws IOException {
    Totals t = inventory(2020).totals();
    assertThat(tonnes(t.scope1())).isCloseTo(510_000, within(5_100.0));
    assertThat(tonnes(t.scope2Location())).isCloseTo(3_710_000, within(37_100.0));
    assertThat(tonnes(t.scope3())).isCloseTo(5_290_000, within(52_900.0));
    assertThat(tonnes(t.totalLocation())).isCloseTo(9_510_000, within(95_100.0));
  }

  @Test
  void fuelBurnedInOwnVehiclesIsAbout32point3PercentOfScope1In2020() throws IOException {
    Inventory inv = inventory(2020);
    long vehicles = 0;
    for (Map.Entry<String, Totals> e : inv.byActivityType().entrySet()) {
      if (e.getKey().startsWith("s1.mobile.")) {
        vehicles += e.getValue().scope1();
      }
    }
    double share = (double) vehicles / inv.totals().scope1();
    assertThat(share).isCloseTo(0.323, within(0.323 * 0.01));
  }

  @Test
  void scope3IntensityIs8point22TonnesPerMillionRmbOfRevenueIn2020() throws IOException {
    Inventory inv = inventory(2020);
    IntensityDenominator revenue =
        inv.intensityDenominators().stream()
            .filter(d -> d.metric().equals("revenue"))
            .findFirst()
            .orElseThrow();
    assertThat(revenue.value()).isCloseTo(644_000, within(6_440.0));
    assertThat(tonnes(inv.totals().scope3()) / revenue.value()).isCloseTo(8.22, within(0.0822));
  }

  @Test
  void laterYearsGrowWhileCertificatesCoverMoreOfTheElectricity() throws IOException {
    Totals y2020 = inventory(2020).totals();
    Totals y2025 = inventory(2025).totals();
    assertThat(y2025.scope2Location()).isGreaterThan(y2020.scope2Location());
    double market2020 = (double) y2020.scope2Market() / y2020.scope2Location();
    double market2025 = (double) y2025.scope2Market() / y2025.scope2Location();
    assertThat(market2025).isLessThan(market2020 - 0.3);
  }

  @Test
  void theShippedFilesAreWhatTheDatasetCodeWrites() throws IOException {
    DemoDataset.DemoFiles fresh =
        DemoDataset.write(BuiltInReferenceData.load(), dir.resolve("new"));
    assertThat(Files.readString(fresh.activity())).isEqualTo(DemoDataset.shippedActivity());
    DemoDataset.DemoFiles shipped = DemoDataset.extract(dir.resolve("shipped"));
    assertThat(Files.readString(fresh.org())).isEqualTo(Files.readString(shipped.org()));
    assertThat(Files.readString(fresh.metrics())).isEqualTo(Files.readString(shipped.metrics()));
  }

  @Test
  void theGeneratorIsAPureFunctionOfRowsAndSeedAndItsRowsAreValid() throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    Path c = dir.resolve("c.csv");
    ActivityGenerator g = ActivityGenerator.ofDemo();
    try (OutputStream out = Files.newOutputStream(a)) {
      g.write(5_000, 42, out);
    }
    try (OutputStream out = Files.newOutputStream(b)) {
      ActivityGenerator.ofDemo().write(5_000, 42, out);
    }
    try (OutputStream out = Files.newOutputStream(c)) {
      g.write(5_000, 43, out);
    }
    assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
    assertThat(Files.mismatch(a, c)).isNotEqualTo(-1L);
    assertThat(Files.readAllLines(a)).hasSize(5_001);
    InventoryOutcome out =
        new InventoryJob(BuiltInReferenceData.load()).run(InventoryRequest.of(List.of(a)), x -> {});
    assertThat(out.problems()).isEmpty();
    assertThat(out.inventory().records()).isEqualTo(5_000);
    assertThat(out.inventory().totals().scope3()).isPositive();
  }
}
