package org.scopeplus.core.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An own product (or service) whose footprint is computed from a calculation run, and how the run's
 * emissions are allocated to it.
 *
 * @param productIds its product ids (URNs)
 * @param productNameCompany its trade name
 * @param productDescription what it is
 * @param classifications its classification URNs (may be empty)
 * @param companyName the company's name
 * @param companyIds the company's ids (URNs)
 * @param declaredUnit the PACT declared unit (e.g. hour for a vCPU-hour, ton kilometer, piece)
 * @param declaredUnitAmount how many declared units one footprint value is for (usually 1)
 * @param productMassPerDeclaredUnit kg of product per declared unit (0 for a service)
 * @param unitsProduced declared units delivered over the reference period
 * @param allocationShare the share of the org unit's emissions that falls to this product, from 0
 *     (excluded) to 1, e.g. its share of the data center's IT energy
 * @param allocationRule the allocation rule in a sentence, published as allocationRulesDescription
 * @param referencePeriodStart start of the reference period (inclusive)
 * @param referencePeriodEnd end of the reference period (exclusive)
 * @param geographyCountry ISO 3166-1 alpha-2 country, or "" for a region or global
 * @param geographyRegion a UN M49 region, or ""
 * @param ipccCharacterizationFactors the GWP set of the run, e.g. AR5
 * @param exemptedEmissionsPercent the share of emissions left out, per cent
 * @param boundary the processes included, in a sentence
 */
public record OwnProduct(
    List<String> productIds,
    String productNameCompany,
    String productDescription,
    List<String> classifications,
    String companyName,
    List<String> companyIds,
    String declaredUnit,
    BigDecimal declaredUnitAmount,
    BigDecimal productMassPerDeclaredUnit,
    BigDecimal unitsProduced,
    BigDecimal allocationShare,
    String allocationRule,
    Instant referencePeriodStart,
    Instant referencePeriodEnd,
    String geographyCountry,
    String geographyRegion,
    String ipccCharacterizationFactors,
    BigDecimal exemptedEmissionsPercent,
    String boundary) {

  public OwnProduct {
    productIds = List.copyOf(productIds);
    classifications = List.copyOf(classifications);
    companyIds = List.copyOf(companyIds);
  }
}
