package org.scopeplus.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.demo.DemoCompany;
import org.scopeplus.server.it.OnH2;
import org.scopeplus.store.Database;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.baseyear.BaseYearStore;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.tenant.Tenant;
import org.scopeplus.store.tenant.TenantStore;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code serve --demo}: the demo company loads once, a period and a run per year, base year 2020.
 */
@OnH2
class DemoCompanyH2IT {

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
      assertThat(y.spend()).containsKey("USD");
    }
  }
}
