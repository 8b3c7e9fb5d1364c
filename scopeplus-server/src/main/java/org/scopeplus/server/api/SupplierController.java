package org.scopeplus.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.scopeplus.core.spend.PricedCurrency;
import org.scopeplus.core.supplier.DataMaturity;
import org.scopeplus.core.supplier.EngagementYear;
import org.scopeplus.core.supplier.LabelTier;
import org.scopeplus.core.supplier.Supplier;
import org.scopeplus.core.supplier.SupplierYear;
import org.scopeplus.core.supplier.TargetStatus;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.supplier.SupplierRegisterStore;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supplier engagement: an admin replaces the supplier register and its label tiers; every role
 * reads them and a run's engagement figures (the SBTi supplier engagement metric and the
 * supplier-data share by year, measured when the run was calculated).
 */
@Tag(name = "Suppliers", description = "Supplier register, green label tiers and engagement")
@RestController
class SupplierController {

  /** A supplier as the API writes and reads it. */
  record SupplierBody(
      String supplierId,
      String name,
      String targetStatus,
      Integer targetYear,
      String ambition,
      Boolean pactVerified) {
    static SupplierBody of(Supplier s) {
      return new SupplierBody(
          s.id(),
          s.name(),
          s.target().label(),
          s.targetYear() == 0 ? null : s.targetYear(),
          s.ambition().isEmpty() ? null : s.ambition(),
          s.pactVerified());
    }
  }

  /** A label tier: the weakest target status and data maturity it accepts. */
  record TierBody(String tier, String minTargetStatus, String minDataMaturity) {
    static TierBody of(LabelTier t) {
      return new TierBody(t.name(), t.minTarget().label(), t.minMaturity().label());
    }
  }

  /** The register: suppliers by id, tiers best first (the defaults when none are configured). */
  record RegisterBody(List<SupplierBody> suppliers, List<TierBody> tiers) {}

  /** One supplier's purchases in one year of a run. */
  record SupplierYearView(
      String supplierId,
      String name,
      String targetStatus,
      Integer targetYear,
      String ambition,
      String dataMaturity,
      String tier,
      long grams) {}

  /**
   * Purchase spend in one currency of one price year: all of it, with suppliers holding a validated
   * target, and calculated from suppliers' own data; a share with nothing to divide by is null.
   * {@code priceYear} is null for spend kept before price years were (the label then says so).
   */
  record SpendView(
      String currency,
      Integer priceYear,
      String label,
      double spend,
      double validatedTargetSpend,
      Double validatedTargetShareOfSpend,
      double supplierSpecificSpend,
      Double supplierSpecificShareOfSpend) {
    static SpendView of(String key, EngagementYear.Spend s) {
      PricedCurrency p = PricedCurrency.parse(key).orElse(new PricedCurrency(key, 0));
      return new SpendView(
          p.currency(),
          p.priceYearKnown() ? p.priceYear() : null,
          p.label(),
          s.total(),
          s.validated(),
          finite(s.validatedShare()),
          s.supplierSpecific(),
          finite(s.supplierSpecificShare()));
    }
  }

  /**
   * One year of a run; a share with nothing to divide by is null; {@code spend} is null for a run
   * measured before spend was kept; {@code spendNote} says when one currency's spend is in several
   * price years (those amounts are not added), else null.
   */
  record YearView(
      int year,
      long scope3Grams,
      long purchaseGrams,
      long validatedTargetGrams,
      Double validatedTargetShareOfScope3,
      Double validatedTargetShareOfPurchases,
      long supplierSpecificGrams,
      Double supplierSpecificShareOfScope3,
      Double supplierSpecificShareOfPurchases,
      long unregisteredSupplierGrams,
      long noSupplierGrams,
      List<String> unregisteredSuppliers,
      List<SupplierYearView> suppliers,
      List<SpendView> spend,
      String spendNote) {}

  /**
   * A run's engagement by year. {@code measured} is false for a run calculated before the register
   * existed or while it was empty, and {@code note} then says so (and says when spend is missing).
   */
  record EngagementView(
      String runId, String unit, boolean measured, String note, List<YearView> years) {}

  static final String NOT_MEASURED =
      "This run has no supplier engagement measurement: it was calculated before the supplier"
          + " register existed or while the register was empty. Calculate the run again to"
          + " measure it.";

  static final String WITHOUT_SPEND =
      "This run was measured by emissions only: it was calculated before spend with suppliers was"
          + " kept, so its spend shares are not known. Calculate the run again to measure them.";

  static final int MAX_SUPPLIERS = 20_000;

  private final Database db;
  private final SupplierRegisterStore register = new SupplierRegisterStore();
  private final RunStore runs = new RunStore();

  SupplierController(Database db) {
    this.db = db;
  }

  @Operation(summary = "Read the supplier register and the label tiers")
  @GetMapping("/api/v1/suppliers")
  RegisterBody read(@AuthenticationPrincipal Caller caller) {
    return db.inTransaction(
        c ->
            new RegisterBody(
                register.suppliers(c, caller.tenantId()).stream().map(SupplierBody::of).toList(),
                register.tiers(c, caller.tenantId()).stream().map(TierBody::of).toList()));
  }

  @Operation(summary = "Replace the supplier register and the label tiers (admin)")
  @PutMapping("/api/v1/suppliers")
  RegisterBody replace(@AuthenticationPrincipal Caller caller, @RequestBody RegisterBody body) {
    Access.admin(caller);
    if (body == null || body.suppliers() == null) {
      throw ApiProblem.badRequest("give the register as JSON with suppliers (and tiers)");
    }
    if (body.suppliers().size() > MAX_SUPPLIERS) {
      throw ApiProblem.badRequest("at most " + MAX_SUPPLIERS + " suppliers");
    }
    List<Supplier> suppliers = new ArrayList<>();
    int i = 0;
    for (SupplierBody s : body.suppliers()) {
      String at = "suppliers[" + i++ + "]";
      if (s == null) {
        throw ApiProblem.badRequest(at + " is empty");
      }
      RequestText.within(at + ".supplierId", s.supplierId(), 200);
      RequestText.within(at + ".name", s.name(), 200);
      RequestText.within(at + ".ambition", s.ambition(), 20);
      TargetStatus status =
          s.targetStatus() == null
              ? TargetStatus.NONE
              : TargetStatus.parse(s.targetStatus())
                  .orElseThrow(
                      () ->
                          ApiProblem.badRequest(
                              at + ".targetStatus is none, committed or validated"));
      suppliers.add(
          new Supplier(
              s.supplierId(),
              s.name(),
              status,
              s.targetYear() == null ? 0 : s.targetYear(),
              s.ambition(),
              Boolean.TRUE.equals(s.pactVerified())));
    }
    List<LabelTier> tiers = new ArrayList<>();
    i = 0;
    for (TierBody t : body.tiers() == null ? List.<TierBody>of() : body.tiers()) {
      String at = "tiers[" + i++ + "]";
      if (t == null) {
        throw ApiProblem.badRequest(at + " is empty");
      }
      RequestText.within(at + ".tier", t.tier(), 60);
      tiers.add(
          new LabelTier(
              t.tier(),
              TargetStatus.parse(t.minTargetStatus())
                  .orElseThrow(
                      () ->
                          ApiProblem.badRequest(
                              at + ".minTargetStatus is none, committed or validated")),
              DataMaturity.parse(t.minDataMaturity())
                  .orElseThrow(
                      () ->
                          ApiProblem.badRequest(
                              at
                                  + ".minDataMaturity is spend-based, average, supplier-specific"
                                  + " or pact-verified"))));
    }
    try {
      db.inTransaction(
          c -> {
            register.replace(c, caller.tenantId(), suppliers, tiers, caller.username());
            return null;
          });
    } catch (IllegalArgumentException e) {
      throw ApiProblem.refused("Supplier Register Refused", e.getMessage());
    }
    return read(caller);
  }

  @Operation(
      summary =
          "A run's supplier engagement: share of Scope 3 emissions from suppliers with validated"
              + " science-based targets and from supplier-specific data, by year")
  @GetMapping("/api/v1/runs/{id}/supplier-engagement")
  EngagementView engagement(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    RequestText.within("id", id, 36);
    SupplierRegisterStore.Measurement[] how = new SupplierRegisterStore.Measurement[1];
    SortedMap<Integer, EngagementYear> years =
        db.inTransaction(
            c -> {
              TenantReads.found(c, caller, "run", id, runs::byId);
              how[0] = register.measurement(c, id);
              return register.ofRun(c, id);
            });
    boolean spendKept = how[0] == SupplierRegisterStore.Measurement.MEASURED;
    List<YearView> out = new ArrayList<>();
    for (EngagementYear y : years.values()) {
      List<SupplierYearView> suppliers = new ArrayList<>();
      for (SupplierYear s : y.suppliers()) {
        suppliers.add(
            new SupplierYearView(
                s.supplier().id(),
                s.supplier().name(),
                s.status().label(),
                s.supplier().targetYear() == 0 ? null : s.supplier().targetYear(),
                s.supplier().ambition().isEmpty() ? null : s.supplier().ambition(),
                s.maturity().label(),
                s.tier().isEmpty() ? null : s.tier(),
                s.grams()));
      }
      out.add(
          new YearView(
              y.year(),
              y.scope3Grams(),
              y.purchaseGrams(),
              y.validatedGrams(),
              finite(y.validatedShareOfScope3()),
              finite(y.validatedShareOfPurchases()),
              y.supplierSpecificGrams(),
              finite(y.supplierSpecificShareOfScope3()),
              finite(y.supplierSpecificShareOfPurchases()),
              y.unregisteredGrams(),
              y.unnamedGrams(),
              y.unregistered(),
              suppliers,
              spendKept
                  ? y.spend().entrySet().stream()
                      .map(e -> SpendView.of(e.getKey(), e.getValue()))
                      .toList()
                  : null,
              spendKept ? y.spendNotAdded().orElse(null) : null));
    }
    return switch (how[0]) {
      case NOT_MEASURED -> new EngagementView(id, "g CO2e", false, NOT_MEASURED, out);
      case WITHOUT_SPEND -> new EngagementView(id, "g CO2e", true, WITHOUT_SPEND, out);
      case MEASURED -> new EngagementView(id, "g CO2e", true, null, out);
    };
  }

  private static Double finite(double d) {
    return Double.isFinite(d) ? d : null;
  }
}
