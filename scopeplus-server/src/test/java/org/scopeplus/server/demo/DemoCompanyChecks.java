package org.scopeplus.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.instrument.InstrumentRegistry;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.demo.DemoCompany;
import org.scopeplus.io.demo.DemoDataset;
import org.scopeplus.io.demo.DemoInstruments;
import org.scopeplus.io.run.InventoryOutcome;
import org.scopeplus.io.run.InventoryRequest;
import org.scopeplus.io.run.ParallelInventoryJob;
import org.scopeplus.store.Database;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.baseyear.BaseYearStore;
import org.scopeplus.store.instrument.KeepingInstruments;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.tenant.Tenant;
import org.scopeplus.store.tenant.TenantStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

/**
 * {@code serve --demo}: the demo company loads once, a period and a run per year, base year 2020;
 * the same checks run on H2 ({@link DemoCompanyH2IT}) and PostgreSQL ({@link
 * DemoCompanyPostgresIT}).
 */
abstract class DemoCompanyChecks {

  @Autowired Database database;
  @Autowired ReferenceData reference;

  @Test
  void theDemoCompanyLoadsOnceWithARunPerYearAndItsBaseYear() throws Exception {
    LoadingDemoCompany loading = new LoadingDemoCompany(database, reference, true);
    loading.run(null);
    loading.run(null);
    Tenant t =
        database.inTransaction(c -> new TenantStore().byName(c, DemoCompany.NAME)).orElseThrow();
    int years = DemoCompany.LAST_YEAR - DemoCompany.FIRST_YEAR + 1;
    PageRequest all = new PageRequest(0, 100);
    assertThat(database.inTransaction(c -> new PeriodStore().list(c, t.id(), all)).total())
        .isEqualTo(years);
    assertThat(database.inTransaction(c -> new RunStore().list(c, t.id(), null, all)).total())
        .isEqualTo(years);
    assertThat(database.inTransaction(c -> new BaseYearStore().get(c, t.id())).orElseThrow().year())
        .isEqualTo(DemoCompany.FIRST_YEAR);
    // the register is in place before the runs, so each run is measured against it
    org.scopeplus.store.supplier.SupplierRegisterStore register =
        new org.scopeplus.store.supplier.SupplierRegisterStore();
    java.util.List<org.scopeplus.core.supplier.Supplier> kept =
        database.inTransaction(c -> register.suppliers(c, t.id()));
    assertThat(kept).hasSize(7);
    java.util.List<org.scopeplus.store.run.CalculationRun> runs =
        database.inTransaction(c -> new RunStore().list(c, t.id(), null, all)).items();
    for (org.scopeplus.store.run.CalculationRun run : runs) {
      org.scopeplus.store.supplier.SupplierRegisterStore.Measurement how =
          database.inTransaction(c -> register.measurement(c, run.id()));
      assertThat(how)
          .isEqualTo(org.scopeplus.store.supplier.SupplierRegisterStore.Measurement.MEASURED);
      java.util.SortedMap<Integer, org.scopeplus.core.supplier.EngagementYear> measured =
          database.inTransaction(c -> register.ofRun(c, run.id()));
      assertThat(measured).hasSize(1);
      org.scopeplus.core.supplier.EngagementYear y = measured.values().iterator().next();
      assertThat(y.purchaseGrams()).isPositive();
      assertThat(y.noRegisteredSupplierGrams()).isZero();
      // the demo's spend column says USD@2018: kept per currency and price year, never the bare
      // currency
      assertThat(y.spend()).containsOnlyKeys("USD@2018");
    }
  }

  /**
   * The demo's certificates and PPAs are the tenant's registry entries, the same ones {@code
   * scopeplus demo} applies: the renewable share of the cloud unit is the command line's, and the
   * runs' market-based Scope 2, added over the years, is the grams of a file run of the demo with
   * the same registry (exact integer sums, so the split into yearly runs changes nothing).
   */
  @Test
  void theServiceRunsTheDemosRegistryAsTheCommandLineDoes() throws Exception {
    new LoadingDemoCompany(database, reference, true).run(null);
    Tenant t =
        database.inTransaction(c -> new TenantStore().byName(c, DemoCompany.NAME)).orElseThrow();
    InstrumentRegistry kept =
        database.inTransaction(c -> new KeepingInstruments().registry(c, t.id()));
    Path dir = Files.createTempDirectory("demo-registry");
    try {
      DemoDataset.DemoFiles files = DemoDataset.extract(dir);
      InstrumentRegistry registry = DemoInstruments.registry(files.activity());
      assertThat(kept.instruments()).hasSameSizeAs(registry.instruments());
      assertThat(kept.allocations()).hasSameSizeAs(registry.allocations());
      String cloud = DemoCompany.ROOT + "/Cloud";
      assertThat(kept.renewableShare().of(cloud)).isEqualTo(registry.renewableShare().of(cloud));
      // the cloud unit's share rises as the demo buys more (DemoCompany.CERTIFICATE_SHARE)
      assertThat(registry.renewableShare().of(cloud).get(2025))
          .isGreaterThan(registry.renewableShare().of(cloud).get(2020) + 0.4);
      InventoryOutcome file =
          new ParallelInventoryJob(reference, 1)
              .run(
                  new InventoryRequest(
                          List.of(files.activity()),
                          List.of(),
                          files.org(),
                          null,
                          GwpSet.DEFAULT,
                          ConsolidationApproach.OPERATIONAL_CONTROL,
                          0,
                          false)
                      .withClaims(registry.claims()),
                  done -> {});
      assertThat(file.ok()).as(String.valueOf(file.problems())).isTrue();
      long service = 0;
      for (CalculationRun run :
          database
              .inTransaction(c -> new RunStore().list(c, t.id(), null, new PageRequest(0, 100)))
              .items()) {
        service += database.inTransaction(c -> new RunStore().total(c, run)).scope2Market();
      }
      assertThat(service).isEqualTo(file.inventory().totals().scope2Market());
    } finally {
      FileSystemUtils.deleteRecursively(dir);
    }
  }
}
