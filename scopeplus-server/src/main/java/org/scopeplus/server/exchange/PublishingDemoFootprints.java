package org.scopeplus.server.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.exchange.FootprintCriteria;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.demo.DemoCompany;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.exchange.FootprintStore;
import org.scopeplus.store.exchange.StoredFootprint;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.org.ReportingPeriod;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.tenant.Tenant;
import org.scopeplus.store.tenant.TenantStore;
import org.scopeplus.store.user.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code serve --demo}, the demo company publishes PACT footprints of three of its services,
 * computed from its runs like any admin's: a cloud vCPU-hour (first from the run of the year before
 * the last, then superseded by the last year's, so the first is Deprecated and the second names it
 * in precedingPfIds) and a delivered parcel. The delivered units and allocation shares are the demo
 * company's assumptions, stated in each footprint's allocation rule.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // after the demo company is loaded
public class PublishingDemoFootprints implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(PublishingDemoFootprints.class);
  private static final String COMPANY_ID = "urn:pact:kestrel.example:company:kestrel-group";

  private final Database db;
  private final Exchanging exchanging;
  private final boolean demo;
  private final ReferenceData reference;

  public PublishingDemoFootprints(
      Database db,
      Exchanging exchanging,
      ReferenceData reference,
      @Value("${scopeplus.demo:false}") boolean demo) {
    this.db = db;
    this.exchanging = exchanging;
    this.reference = reference;
    this.demo = demo;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!demo) {
      return;
    }
    Tenant tenant =
        db.inTransaction(c -> new TenantStore().byName(c, DemoCompany.NAME)).orElse(null);
    if (tenant == null
        || !db.inTransaction(
                c ->
                    new FootprintStore()
                        .list(c, tenant.id(), StoredFootprint.OWN, FootprintCriteria.ALL))
            .isEmpty()) {
      return;
    }
    Map<Integer, String> runs = runsByYear(tenant.id());
    String last = runs.get(DemoCompany.LAST_YEAR);
    String before = runs.get(DemoCompany.LAST_YEAR - 1);
    if (last == null || before == null) {
      return;
    }
    Caller demoAdmin = new Caller("demo", tenant.id(), "demo", Role.ADMIN, List.of());
    PactAdminController.Publishing publishing =
        new PactAdminController.Publishing(db, exchanging, reference);
    String first =
        (String)
            ((Map<?, ?>)
                    PactJson.parseOrNull(publishing.publish(demoAdmin, vcpuHour(before, null))))
                .get("id");
    publishing.publish(demoAdmin, vcpuHour(last, first));
    publishing.publish(demoAdmin, parcel(last));
    LOG.info("demo company {} published 3 PACT footprints (1 superseded)", DemoCompany.NAME);
  }

  private Map<Integer, String> runsByYear(String tenantId) {
    return db.inTransaction(
        c -> {
          Map<Integer, String> out = new java.util.HashMap<>();
          PeriodStore periods = new PeriodStore();
          List<CalculationRun> all =
              new ArrayList<>(
                  new RunStore().list(c, tenantId, null, new PageRequest(0, 100)).items());
          for (CalculationRun r : all) {
            ReportingPeriod p = periods.byId(c, tenantId, r.periodId()).orElseThrow();
            out.putIfAbsent(p.start().getYear(), r.id());
          }
          return out;
        });
  }

  private static PactAdminController.NewFootprint vcpuHour(String runId, String supersedes) {
    return new PactAdminController.NewFootprint(
        runId,
        "Kestrel/Cloud",
        List.of("urn:pact:kestrel.example:product:cloud-vcpu-hour"),
        "Kestrel Cloud compute, one vCPU-hour",
        "One virtual CPU for one hour on a general-purpose instance, all regions",
        List.of("urn:pact:productclassification:un-cpc:83159"),
        DemoCompany.NAME,
        List.of(COMPANY_ID),
        "hour",
        BigDecimal.ONE,
        BigDecimal.ZERO,
        new BigDecimal("48000000000"),
        new BigDecimal("0.55"),
        "Demo assumption: compute takes 55% of the cloud unit's emissions by IT energy, over 48"
            + " billion vCPU-hours sold in the year",
        "CN",
        null,
        BigDecimal.ZERO,
        null,
        supersedes);
  }

  private static PactAdminController.NewFootprint parcel(String runId) {
    return new PactAdminController.NewFootprint(
        runId,
        "Kestrel/Logistics",
        List.of("urn:pact:kestrel.example:product:parcel-standard"),
        "Kestrel Logistics standard parcel delivery",
        "Delivery of one standard parcel (up to 5 kg) from warehouse to door",
        List.of("urn:pact:productclassification:un-cpc:68111"),
        DemoCompany.NAME,
        List.of(COMPANY_ID),
        "piece",
        BigDecimal.ONE,
        BigDecimal.ZERO,
        new BigDecimal("6500000000"),
        new BigDecimal("0.8"),
        "Demo assumption: standard parcels take 80% of the logistics unit's emissions by"
            + " parcel-kilometres, over 6.5 billion parcels in the year",
        "CN",
        null,
        BigDecimal.ZERO,
        null,
        null);
  }
}
