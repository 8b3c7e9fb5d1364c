package org.scopeplus.core.supplier;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scopeplus.core.spend.PricedCurrency;

/**
 * One year's supplier engagement figures. Shares are of whole grams and of spend in one currency; a
 * share with nothing to divide by is NaN.
 *
 * @param year the reporting year
 * @param scope3Grams all Scope 3 grams CO2e of the year (biogenic CO2 excluded)
 * @param purchaseGrams the grams of purchases (Scope 3 categories 1 and 2)
 * @param validatedGrams the purchase grams of suppliers with a target validated by the year
 * @param supplierSpecificGrams the purchase grams calculated from suppliers' own data
 * @param unregisteredGrams the purchase grams naming a supplier not in the register
 * @param unnamedGrams the purchase grams naming no supplier
 * @param spend purchase spend by currency and price year ({@code USD@2018}, {@link
 *     PricedCurrency#key()}): total, of validated suppliers, from supplier data
 * @param unregistered the supplier names purchases use that the register lacks
 * @param suppliers the registered suppliers with purchases in the year, by id
 */
public record EngagementYear(
    int year,
    long scope3Grams,
    long purchaseGrams,
    long validatedGrams,
    long supplierSpecificGrams,
    long unregisteredGrams,
    long unnamedGrams,
    SortedMap<String, Spend> spend,
    List<String> unregistered,
    List<SupplierYear> suppliers) {

  /**
   * Spend in one currency (the unit purchases are recorded in).
   *
   * @param total all purchase spend
   * @param validated spend with suppliers holding a validated target
   * @param supplierSpecific spend calculated from suppliers' own data
   */
  public record Spend(double total, double validated, double supplierSpecific) {
    public double validatedShare() {
      return total == 0 ? Double.NaN : validated / total;
    }

    public double supplierSpecificShare() {
      return total == 0 ? Double.NaN : supplierSpecific / total;
    }
  }

  /**
   * The currencies whose spend this year is in more than one price year, sorted: their amounts are
   * not added (no deflation is applied to engagement spend), so each price year has its own shares.
   */
  public List<String> currenciesInSeveralPriceYears() {
    Map<String, Integer> count = new TreeMap<>();
    for (String key : spend.keySet()) {
      PricedCurrency.parse(key).ifPresent(p -> count.merge(p.currency(), 1, Integer::sum));
    }
    return count.entrySet().stream().filter(e -> e.getValue() > 1).map(e -> e.getKey()).toList();
  }

  /**
   * The sentence saying which spend is not added across price years, or empty when every currency
   * has one price year.
   */
  public Optional<String> spendNotAdded() {
    List<String> several = currenciesInSeveralPriceYears();
    if (several.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "The "
            + year
            + " spend in "
            + String.join(", ", several)
            + " is in more than one price year; amounts of different price years are not added"
            + " without deflation, so each price year has its own shares. Record the purchases in"
            + " one price year (e.g. USD@2018) to get one share.");
  }

  /** The SBTi supplier engagement metric by emissions: validated grams over all Scope 3 grams. */
  public double validatedShareOfScope3() {
    return share(validatedGrams, scope3Grams);
  }

  /** Validated grams over the purchase grams (categories 1 and 2). */
  public double validatedShareOfPurchases() {
    return share(validatedGrams, purchaseGrams);
  }

  /** Supplier-specific grams over all Scope 3 grams. */
  public double supplierSpecificShareOfScope3() {
    return share(supplierSpecificGrams, scope3Grams);
  }

  /** Supplier-specific grams over the purchase grams. */
  public double supplierSpecificShareOfPurchases() {
    return share(supplierSpecificGrams, purchaseGrams);
  }

  /** The purchase grams naming no registered supplier: unregistered names and no name at all. */
  public long noRegisteredSupplierGrams() {
    return Math.addExact(unregisteredGrams, unnamedGrams);
  }

  private static double share(long part, long whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }
}
