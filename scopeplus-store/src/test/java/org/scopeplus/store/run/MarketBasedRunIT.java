package org.scopeplus.store.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.instrument.Allocation;
import org.scopeplus.core.instrument.Consumption;
import org.scopeplus.core.instrument.Instrument;
import org.scopeplus.core.instrument.InstrumentKind;
import org.scopeplus.core.instrument.InstrumentOutcome;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.TestDatabases;
import org.scopeplus.store.activity.ImportOutcome;
import org.scopeplus.store.activity.ImportingActivities;
import org.scopeplus.store.instrument.KeepingInstruments;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.tenant.TenantStore;

/**
 * A stored calculation run takes market-based Scope 2 from the tenant's instrument registry, on H2
 * (file database) and PostgreSQL. Built-in factors for China 2023 (MEE/NBS): grid average 0.5306 kg
 * CO2/kWh, average excluding market-traded non-fossil power (the residual mix) 0.6096.
 *
 * <p>Hand calculation. DC-1 consumed 1,000 MWh in January 2023, 400 MWh of a wind GEC allocated:
 * market-based 0 + 600,000 kWh x 0.6096 = 365,760 kg. DC-2 consumed 1,000 MWh and names the same
 * certificate in its instrument column without an allocation: 1,000,000 kWh x 0.6096 = 609,600 kg.
 * Market-based 975,360 kg; location-based 2 x 1,000,000 x 0.5306 = 1,061,200 kg. A tenant without a
 * registry keeps the column's meaning: DC-1 609,600 kg and DC-2 zero.
 */
class MarketBasedRunIT {

  private static final String ACTIVITY =
      "record_id,org_unit,facility,period,activity_type,quantity,unit,region,instrument\n"
          + "E1,Group/Cloud,DC-1,2023-01,s2.electricity,1000,MWh,CN,\n"
          + "E2,Group/Cloud,DC-2,2023-01,s2.electricity,1000,MWh,CN,GEC-2023-1\n";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void theRunAppliesTheRegistrysAllocationsNotTheInstrumentColumn(String database)
      throws Exception {
    DatabaseSettings settings =
        database.equals("h2") ? TestDatabases.h2(dir) : TestDatabases.freshPostgres();
    ReferenceData reference = BuiltInReferenceData.load();
    Path file = Files.writeString(dir.resolve("meters.csv"), ACTIVITY);
    try (Database db = Database.open(settings)) {
      CalculationRun withRegistry =
          db.inTransaction(c -> run(c, reference, file, "with-registry", true));
      CalculationRun without = db.inTransaction(c -> run(c, reference, file, "without", false));

      Totals t = db.inTransaction(c -> new RunStore().total(c, withRegistry));
      assertThat(t.scope2Market()).isEqualTo(975_360_000L);
      assertThat(t.scope2Location()).isEqualTo(1_061_200_000L);
      assertThat(withRegistry.manifest()).contains("instrumentClaimsSha256");

      Totals old = db.inTransaction(c -> new RunStore().total(c, without));
      assertThat(old.scope2Market()).isEqualTo(609_600_000L);
      assertThat(without.manifest()).doesNotContain("instrumentClaimsSha256");

      List<TraceLine> market =
          db
              .inTransaction(
                  c -> new RunStore().lines(c, withRegistry, null, new PageRequest(0, 100)))
              .items()
              .stream()
              .filter(l -> l.method().equals("MARKET"))
              .toList();
      assertThat(market)
          .extracting(TraceLine::recordId, TraceLine::co2eGrams)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("E1", 0L),
              org.assertj.core.groups.Tuple.tuple("E1", 365_760_000L),
              org.assertj.core.groups.Tuple.tuple("E2", 609_600_000L));
      assertThat(market.get(0).factorNote())
          .contains("(gec, wind) has 400 MWh of the 1000 MWh consumed by DC-1 in 2023-01");
      assertThat(market.get(1).factorNote()).contains("0.6 of this record goes down the hierarchy");
      assertThat(market.get(2).factorNote())
          .contains("instrument 'GEC-2023-1' named on the record has no kWh allocated to DC-2")
          .contains("market-based exceeds location-based here because the residual mix");
    }
  }

  private static CalculationRun run(
      Connection c, ReferenceData reference, Path file, String name, boolean registry)
      throws java.sql.SQLException {
    String tenant = new TenantStore().create(c, name, "test").id();
    String period =
        new PeriodStore()
            .add(c, tenant, "FY2023", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), "t")
            .id();
    ImportOutcome imported =
        new ImportingActivities(reference)
            .importFile(c, tenant, period, file, u -> true, null, "test");
    assertThat(imported).isInstanceOf(ImportOutcome.Stored.class);
    if (registry) {
      KeepingInstruments keeping = new KeepingInstruments();
      YearMonth january = YearMonth.of(2023, 1);
      for (String facility : List.of("DC-1", "DC-2")) {
        assertThat(
                keeping.consume(
                    c,
                    tenant,
                    new Consumption(
                        "Group/Cloud", facility, january, "CN", 1_000_000L, null, 609.6, 530.6),
                    "test"))
            .isInstanceOf(InstrumentOutcome.Done.class);
      }
      InstrumentOutcome<Instrument> gec =
          keeping.register(
              c,
              tenant,
              new Instrument(
                  "GEC-2023-1",
                  InstrumentKind.GEC,
                  "GEC-2023",
                  1,
                  400,
                  400_000,
                  "wind",
                  YearMonth.of(2023, 1),
                  YearMonth.of(2023, 12),
                  "CN",
                  "China GEC",
                  0),
              "test");
      assertThat(gec).isInstanceOf(InstrumentOutcome.Done.class);
      String id = ((InstrumentOutcome.Done<Instrument>) gec).value().id();
      assertThat(keeping.allocate(c, tenant, new Allocation(id, "DC-1", january, 400_000), "test"))
          .isInstanceOf(InstrumentOutcome.Done.class);
    }
    RunOutcome o =
        new CalculatingRun(reference)
            .run(
                c,
                tenant,
                new RunRequest(
                    period, GwpSet.AR5, ConsolidationApproach.OPERATIONAL_CONTROL, List.of()),
                "test");
    assertThat(o).isInstanceOf(RunOutcome.Calculated.class);
    return ((RunOutcome.Calculated) o).run();
  }
}
