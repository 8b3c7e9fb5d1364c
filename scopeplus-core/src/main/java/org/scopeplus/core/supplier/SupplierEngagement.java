package org.scopeplus.core.supplier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.Scope;
import org.scopeplus.core.calculation.LineSink;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.quantity.QuantityKind;
import org.scopeplus.core.spend.PricedCurrency;

/**
 * Supplier engagement measured on a run's result lines: hand it every line (it is a {@link
 * LineSink}) and read the figures of each year.
 *
 * <p>The SBTi's supplier engagement target is stated as the share of a company's suppliers, by
 * emissions (or by spend), that will have science-based targets within five years (SBTi Corporate
 * Near-Term Criteria, the criterion on Scope 3 supplier or customer engagement targets, named by
 * its subject because its number changed between versions 5.1 to 5.3 and was not confirmed against
 * the criteria's text; SBTi Corporate Net-Zero Standard, near-term Scope 3 targets; SBTi guide
 * "Engaging supply chains on the decarbonization journey", 2023). Only suppliers whose target is
 * validated are counted, the conservative reading of a guide that encourages validation. It is
 * measured here as: grams of Scope 3 category 1 and 2 purchases from suppliers whose target was
 * validated in or before the year, over all Scope 3 grams of the year (and, beside it, over the
 * purchase grams), and spend with those suppliers over all purchase spend in the same currency and
 * price year ({@link PricedCurrency}: spend of one currency in two price years is two figures, not
 * added without deflation). Biogenic CO2 lines are outside the scopes and not counted.
 *
 * <p>A supplier's data maturity in a year is the weakest among its purchase lines: a line is
 * PACT-verified when it was calculated from a PACT footprint of a supplier whose footprints are
 * verified, supplier-specific when from the supplier's own factor or footprint, spend-based when
 * its quantity is money, and average otherwise.
 */
public final class SupplierEngagement implements LineSink {

  private final Map<String, Supplier> byKey = new HashMap<>();
  private final List<LabelTier> tiers;
  private final SortedMap<Integer, Year> years = new TreeMap<>();

  /**
   * @param suppliers the register (ids unique; no name or id may name two suppliers)
   * @param tiers the label tiers, best first
   * @throws IllegalArgumentException naming the supplier when the register is refused
   */
  public SupplierEngagement(List<Supplier> suppliers, List<LabelTier> tiers) {
    for (Supplier s : suppliers) {
      Optional<String> why = s.refusal();
      if (why.isPresent()) {
        throw new IllegalArgumentException("supplier " + s.id() + ": " + why.get());
      }
      for (String k : Set.of(Supplier.key(s.id()), Supplier.key(s.name()))) {
        Supplier before = byKey.putIfAbsent(k, s);
        if (before != null && before != s) {
          throw new IllegalArgumentException(
              "suppliers " + before.id() + " and " + s.id() + " are both matched by '" + k + "'");
        }
      }
    }
    for (LabelTier t : tiers) {
      Optional<String> why = t.refusal();
      if (why.isPresent()) {
        throw new IllegalArgumentException("tier " + t.name() + ": " + why.get());
      }
    }
    this.tiers = List.copyOf(tiers);
  }

  /** Whether the register has any supplier: without one, nothing is measured against it. */
  public boolean hasRegister() {
    return !byKey.isEmpty();
  }

  /** The registered supplier a purchase's supplier field names, if any. */
  public Optional<Supplier> supplierOf(String supplierField) {
    return Optional.ofNullable(byKey.get(Supplier.key(supplierField)));
  }

  /**
   * The data maturity of one line, for a supplier whose PACT footprints are or are not verified.
   */
  public static DataMaturity maturityOf(ResultLine line, boolean pactVerified) {
    ActivityRecord r = line.record();
    if (line.factor() == null && !r.supplierProduct().isEmpty()) {
      return pactVerified ? DataMaturity.PACT_VERIFIED : DataMaturity.SUPPLIER_SPECIFIC;
    }
    if (line.factor() == null && r.hasSupplierFactor()) {
      return DataMaturity.SUPPLIER_SPECIFIC;
    }
    if (r.unit().kind() == QuantityKind.SPEND || "spend-based".equals(line.type().method())) {
      return DataMaturity.SPEND_BASED;
    }
    return DataMaturity.AVERAGE;
  }

  @Override
  public void accept(ResultLine line) {
    if (line.type().scope() != Scope.SCOPE_3 || line.biogenic()) {
      return;
    }
    ActivityRecord r = line.record();
    Year y = years.computeIfAbsent(r.period().year(), k -> new Year());
    long g = line.co2eGrams();
    y.scope3 = Math.addExact(y.scope3, g);
    int category = line.type().category();
    if (category != 1 && category != 2) {
      return;
    }
    y.purchases = Math.addExact(y.purchases, g);
    Supplier s = r.supplier().isBlank() ? null : byKey.get(Supplier.key(r.supplier()));
    DataMaturity maturity = maturityOf(line, s != null && s.pactVerified());
    boolean validated = s != null && s.statusIn(r.period().year()) == TargetStatus.VALIDATED;
    if (maturity.supplierSpecific()) {
      y.supplierSpecific = Math.addExact(y.supplierSpecific, g);
    }
    if (validated) {
      y.validated = Math.addExact(y.validated, g);
    }
    if (r.supplier().isBlank()) {
      y.unnamed = Math.addExact(y.unnamed, g);
    } else if (s == null) {
      y.unregistered = Math.addExact(y.unregistered, g);
      y.unregisteredNames.add(r.supplier().strip());
    }
    boolean firstLineOfRecord = y.records.add(r.id());
    double spend = firstLineOfRecord && r.unit().kind() == QuantityKind.SPEND ? r.quantity() : 0;
    // spend is kept per currency and price year: amounts of different price years are not added
    String currency = PricedCurrency.of(r.unit(), r.period().start().getYear()).key();
    if (spend != 0) {
      double[] c = y.spend.computeIfAbsent(currency, k -> new double[3]);
      c[0] += spend;
      c[1] += validated ? spend : 0;
      c[2] += maturity.supplierSpecific() ? spend : 0;
    }
    if (s != null) {
      Acc a = y.suppliers.computeIfAbsent(s.id(), k -> new Acc(s));
      a.grams = Math.addExact(a.grams, g);
      a.maturity = a.maturity == null || maturity.compareTo(a.maturity) < 0 ? maturity : a.maturity;
      if (spend != 0) {
        a.spend.merge(currency, spend, Double::sum);
      }
    }
  }

  /** The figures of each year that has Scope 3 lines. */
  public SortedMap<Integer, EngagementYear> years() {
    SortedMap<Integer, EngagementYear> out = new TreeMap<>();
    for (Map.Entry<Integer, Year> e : years.entrySet()) {
      int year = e.getKey();
      Year y = e.getValue();
      SortedMap<String, EngagementYear.Spend> spend = new TreeMap<>();
      y.spend.forEach((c, v) -> spend.put(c, new EngagementYear.Spend(v[0], v[1], v[2])));
      List<SupplierYear> suppliers = new ArrayList<>();
      for (Acc a : y.suppliers.values()) {
        TargetStatus status = a.supplier.statusIn(year);
        String tier = LabelTier.first(tiers, status, a.maturity).map(LabelTier::name).orElse("");
        suppliers.add(
            new SupplierYear(
                a.supplier,
                status,
                a.maturity,
                tier,
                a.grams,
                java.util.Collections.unmodifiableSortedMap(new TreeMap<>(a.spend))));
      }
      out.put(
          year,
          new EngagementYear(
              year,
              y.scope3,
              y.purchases,
              y.validated,
              y.supplierSpecific,
              y.unregistered,
              y.unnamed,
              java.util.Collections.unmodifiableSortedMap(spend),
              List.copyOf(y.unregisteredNames),
              List.copyOf(suppliers)));
    }
    return out;
  }

  private static final class Year {
    long scope3;
    long purchases;
    long validated;
    long supplierSpecific;
    long unregistered;
    long unnamed;
    final Set<String> records = new HashSet<>();
    final SortedMap<String, double[]> spend = new TreeMap<>();
    final Set<String> unregisteredNames = new TreeSet<>();
    final SortedMap<String, Acc> suppliers = new TreeMap<>();
  }

  private static final class Acc {
    final Supplier supplier;
    long grams;
    DataMaturity maturity;
    final SortedMap<String, Double> spend = new TreeMap<>();

    Acc(Supplier supplier) {
      this.supplier = supplier;
    }
  }
}
