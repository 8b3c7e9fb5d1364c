package org.scopeplus.core.exchange;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Computes the PACT v3 footprint of an own product from the result lines of a calculation run for
 * the org unit that makes it (cradle-to-gate: its Scope 1, Scope 2 market-based and Scope 3 lines).
 *
 * <p>{@code pcfExcludingBiogenicUptake [kg CO2e per declared unit] = (fossil + biogenic grams) x
 * allocationShare / unitsProduced x declaredUnitAmount / 1000}, exactly in decimals and then
 * rounded half-even to 6 significant digits. Scope 2 location-based lines are left out (the PACT
 * Methodology accounts for electricity market-based), so the same kilowatt-hour is never counted
 * twice. Biogenic CO2 emissions are in the footprint (they are in pcfExcludingBiogenicUptake by the
 * specification's definition); biogenic uptake is not known from an inventory run, so {@code
 * pcfIncludingBiogenicUptake} equals the excluding value and {@code biogenicCO2Uptake} is left
 * undefined. The primary data share is the share of grams from primary lines, per cent.
 *
 * <p>The data-quality ratings ({@code dqi}: {@code technologicalDQR}, {@code geographicalDQR},
 * {@code temporalDQR}) are the lines' own 1-5 scores of the same name (the pedigree scores of
 * {@code org.scopeplus.core.quality.DataQualityScoring}), averaged with the lines' grams CO2e as
 * weights (absolute grams), exactly and then rounded half-even to one decimal: the specification
 * defines each rating as a "weighted average of all inputs" between 1 and 5. So they are given only
 * when every line in the footprint with grams is scored; one unscored line leaves {@code dqi}
 * undefined rather than rating a part as the whole (docs/pact.md).
 */
public final class ComputingProductFootprint {

  private static final MathContext SIX_DIGITS = new MathContext(6, RoundingMode.HALF_EVEN);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  /** A computed footprint or the reason there is none. */
  public sealed interface Outcome {
    /** The footprint as a tree of maps, lists and strings, ready to check and serve. */
    record Computed(Map<String, Object> footprint) implements Outcome {}

    /** No footprint, with the reason in a sentence. */
    record Refused(String reason) implements Outcome {}
  }

  private ComputingProductFootprint() {}

  /**
   * The footprint of the product.
   *
   * @param id the new footprint's id
   * @param created when it is created
   * @param preceding the ids of the footprints it supersedes (empty for a first version)
   */
  public static Outcome compute(
      OwnProduct p, List<FootprintLine> lines, UUID id, Instant created, List<String> preceding) {
    if (p.unitsProduced() == null || p.unitsProduced().signum() <= 0) {
      return new Outcome.Refused("the units produced must be more than zero");
    }
    if (p.allocationShare() == null
        || p.allocationShare().signum() < 0
        || p.allocationShare().compareTo(BigDecimal.ONE) > 0) {
      return new Outcome.Refused("the allocation share must be from 0 to 1");
    }
    if (p.declaredUnitAmount() == null || p.declaredUnitAmount().signum() <= 0) {
      return new Outcome.Refused("the declared unit amount must be more than zero");
    }
    if (!p.referencePeriodEnd().isAfter(p.referencePeriodStart())) {
      return new Outcome.Refused("the reference period must end after it starts");
    }
    BigInteger fossil = BigInteger.ZERO;
    BigInteger biogenic = BigInteger.ZERO;
    BigInteger primary = BigInteger.ZERO;
    BigInteger[] dqiSums = {BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO};
    BigInteger dqiWeight = BigInteger.ZERO;
    boolean allScored = true;
    int used = 0;
    for (FootprintLine l : lines) {
      if (l.scope() == 2 && "LOCATION".equals(l.method())) {
        continue;
      }
      used++;
      BigInteger g = BigInteger.valueOf(l.co2eGrams());
      if (l.biogenic()) {
        biogenic = biogenic.add(g);
      } else {
        fossil = fossil.add(g);
      }
      if (l.primary()) {
        primary = primary.add(g);
      }
      if (l.technological() > 0 && l.geographical() > 0 && l.temporal() > 0) {
        BigInteger w = g.abs();
        dqiSums[0] = dqiSums[0].add(w.multiply(BigInteger.valueOf(l.technological())));
        dqiSums[1] = dqiSums[1].add(w.multiply(BigInteger.valueOf(l.geographical())));
        dqiSums[2] = dqiSums[2].add(w.multiply(BigInteger.valueOf(l.temporal())));
        dqiWeight = dqiWeight.add(w);
      } else if (l.co2eGrams() != 0) {
        allScored = false;
      }
    }
    if (used == 0) {
      return new Outcome.Refused("the run has no result lines for this product's org unit");
    }
    if (fossil.signum() < 0 || biogenic.signum() < 0) {
      return new Outcome.Refused(
          "the org unit's emissions add up to less than zero; a footprint cannot be negative");
    }
    BigDecimal perUnit = p.allocationShare().multiply(p.declaredUnitAmount());
    BigDecimal fossilKg = perKg(fossil, perUnit, p.unitsProduced());
    BigDecimal totalKg = perKg(fossil.add(biogenic), perUnit, p.unitsProduced());
    BigInteger all = fossil.add(biogenic);
    BigDecimal primaryShare =
        all.signum() == 0
            ? BigDecimal.ZERO
            : new BigDecimal(primary)
                .multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(all), 1, RoundingMode.HALF_EVEN);

    Map<String, Object> pf = new LinkedHashMap<>();
    pf.put("id", id.toString());
    pf.put("specVersion", "3.0.3");
    if (!preceding.isEmpty()) {
      pf.put("precedingPfIds", List.copyOf(preceding));
    }
    pf.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
    pf.put("status", "Active");
    pf.put("companyName", p.companyName());
    pf.put("companyIds", p.companyIds());
    pf.put("productDescription", p.productDescription());
    pf.put("productIds", p.productIds());
    if (!p.classifications().isEmpty()) {
      pf.put("productClassifications", p.classifications());
    }
    pf.put("productNameCompany", p.productNameCompany());
    pf.put(
        "comment",
        "Computed from a ScopePlus inventory run: the org unit's Scope 1, Scope 2 market-based and"
            + " Scope 3 emissions, allocated to the product.");

    Map<String, Object> pcf = new LinkedHashMap<>();
    pcf.put("declaredUnitOfMeasurement", p.declaredUnit());
    pcf.put("declaredUnitAmount", plain(p.declaredUnitAmount()));
    pcf.put("productMassPerDeclaredUnit", plain(p.productMassPerDeclaredUnit()));
    pcf.put("referencePeriodStart", p.referencePeriodStart().toString());
    pcf.put("referencePeriodEnd", p.referencePeriodEnd().toString());
    if (!p.geographyCountry().isEmpty()) {
      pcf.put("geographyCountry", p.geographyCountry());
    } else if (!p.geographyRegion().isEmpty()) {
      pcf.put("geographyRegionOrSubregion", p.geographyRegion());
    }
    if (!p.boundary().isEmpty()) {
      pcf.put("boundaryProcessesDescription", p.boundary());
    }
    pcf.put("pcfExcludingBiogenicUptake", plain(totalKg));
    pcf.put("pcfIncludingBiogenicUptake", plain(totalKg));
    pcf.put("fossilGhgEmissions", plain(fossilKg));
    pcf.put("fossilCarbonContent", "0");
    pcf.put("ipccCharacterizationFactors", List.of(p.ipccCharacterizationFactors()));
    pcf.put("crossSectoralStandards", List.of("GHGP-Product", "PACT-3.0"));
    pcf.put("exemptedEmissionsPercent", plain(p.exemptedEmissionsPercent()));
    if (!p.allocationRule().isEmpty()) {
      pcf.put("allocationRulesDescription", p.allocationRule());
    }
    pcf.put("primaryDataShare", primaryShare.toPlainString());
    if (allScored && dqiWeight.signum() > 0) {
      Map<String, Object> dqi = new LinkedHashMap<>();
      dqi.put("technologicalDQR", rating(dqiSums[0], dqiWeight));
      dqi.put("geographicalDQR", rating(dqiSums[1], dqiWeight));
      dqi.put("temporalDQR", rating(dqiSums[2], dqiWeight));
      pcf.put("dqi", dqi);
    }
    pf.put("pcf", pcf);
    return new Outcome.Computed(pf);
  }

  /** The footprint ids a new version names as preceding: the old one's, then its own list. */
  public static List<String> precedingOf(Map<?, ?> previous) {
    List<String> out = new ArrayList<>();
    out.add((String) previous.get("id"));
    return out;
  }

  private static BigDecimal perKg(BigInteger grams, BigDecimal perUnit, BigDecimal units) {
    return new BigDecimal(grams).multiply(perUnit).divide(units.multiply(THOUSAND), SIX_DIGITS);
  }

  private static String plain(BigDecimal v) {
    String s = v.stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  /**
   * A data-quality rating: the grams-weighted sum of scores over the grams, half-even to one
   * decimal. Scores are 1 to 5, so the rating is too.
   */
  static String rating(BigInteger weightedScores, BigInteger grams) {
    return new BigDecimal(weightedScores)
        .divide(new BigDecimal(grams), 1, RoundingMode.HALF_EVEN)
        .toPlainString();
  }
}
