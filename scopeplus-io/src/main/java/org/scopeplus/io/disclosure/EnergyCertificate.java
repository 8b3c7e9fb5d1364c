package org.scopeplus.io.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the one-page low-carbon certificate of an SME states: its Scope 1 and 2 inventory of a year
 * calculated from its meters (both Scope 2 methods, grams CO2e as the run summed them), its energy
 * (consumption, own PV used on site and exported, purchased, gas), its purchased heat with its
 * emissions and factor when it bought any, its measured savings when given, the factors' sources
 * and the run that made the figures, with its hash.
 *
 * @param organisation the tenant or company named on the certificate
 * @param sites the sites covered, e.g. {@code Plant A, Office}
 * @param year the reporting year
 * @param scope1Grams Scope 1 grams CO2e
 * @param scope2LocationGrams Scope 2 location-based grams CO2e
 * @param scope2MarketGrams Scope 2 market-based grams CO2e
 * @param energy the year's electricity and gas
 * @param savings the measured savings, or null when none was given
 * @param factors the emission factors the run used, with their sources
 * @param runId the run's id (empty for a run from files, which is not stored)
 * @param runHash the run's hash: the stored run's {@code resultSha256}, or a file run's manifest
 *     hash
 * @param check how a verifier checks the hash
 * @param issued the issue date
 * @param heat the year's purchased heat with its emissions, or null when the sites bought none
 */
public record EnergyCertificate(
    String organisation,
    String sites,
    int year,
    long scope1Grams,
    long scope2LocationGrams,
    long scope2MarketGrams,
    Energy energy,
    Savings savings,
    List<FactorSource> factors,
    String runId,
    String runHash,
    HashCheck check,
    LocalDate issued,
    Heat heat) {

  public EnergyCertificate {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(sites, "sites");
    Objects.requireNonNull(energy, "energy");
    Objects.requireNonNull(runHash, "runHash");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(issued, "issued");
    runId = runId == null ? "" : runId;
    factors = List.copyOf(factors);
  }

  /** The same certificate with these measured savings. */
  public EnergyCertificate withSavings(Savings measured) {
    return with(measured, heat);
  }

  /** The same certificate with this purchased heat. */
  public EnergyCertificate withHeat(Heat purchased) {
    return with(savings, purchased);
  }

  private EnergyCertificate with(Savings measured, Heat purchased) {
    return new EnergyCertificate(
        organisation,
        sites,
        year,
        scope1Grams,
        scope2LocationGrams,
        scope2MarketGrams,
        energy,
        measured,
        factors,
        runId,
        runHash,
        check,
        issued,
        purchased);
  }

  /**
   * The year's energy, kWh and m³ (or kWh for gas metered as energy).
   *
   * @param certificateKwh purchased kWh covered by the certificates the inventory was given (0 when
   *     an instrument registry decided instead)
   */
  public record Energy(
      double consumptionKwh,
      double pvSelfConsumedKwh,
      double pvExportedKwh,
      double purchasedKwh,
      double certificateKwh,
      double gas,
      String gasUnit) {

    /**
     * The renewable share of the consumption: own PV used on site plus purchased kWh covered by
     * certificates, over the consumption; 0 without consumption.
     */
    public double renewableShare() {
      if (!(consumptionKwh > 0)) {
        return 0;
      }
      return Math.min(1, (pvSelfConsumedKwh + certificateKwh) / consumptionKwh);
    }
  }

  /**
   * Measured savings (IPMVP Option C, avoided energy use) with their ASHRAE Guideline 14 fractional
   * savings uncertainty.
   *
   * @param baseline the baseline period as given, e.g. {@code 2023-01-01/2023-12-31}
   * @param reporting the reporting period as given
   * @param kwh avoided energy use, kWh
   * @param uncertaintyKwh its uncertainty at {@code confidence}, kWh
   * @param confidence the confidence level, e.g. 0.68
   * @param pricePerKwh CNY a kWh, or null when no price was given
   * @param co2eGrams avoided grams CO2e: kWh x the location-based grid factor the inventory used
   * @param co2eUncertaintyGrams its uncertainty, grams
   */
  public record Savings(
      String baseline,
      String reporting,
      double kwh,
      double uncertaintyKwh,
      double confidence,
      Double pricePerKwh,
      long co2eGrams,
      long co2eUncertaintyGrams) {

    /** The fractional savings uncertainty: the uncertainty over the savings (infinite at 0). */
    public double fractionalUncertainty() {
      return kwh == 0 ? Double.POSITIVE_INFINITY : Math.abs(uncertaintyKwh / kwh);
    }
  }

  /**
   * The year's purchased heat (district heating, hot water): Scope 2 activity {@code s2.heat}, as
   * the run calculated it under the location-based method.
   *
   * @param kwh heat bought, kWh
   * @param co2eGrams its grams CO2e, the sum of the run's heat lines
   * @param factor the factor as the run's lines apply it, e.g. {@code 0.17073 kg CO2e/kWh}
   * @param factorId the factor's id
   * @param citation the factor's source
   */
  public record Heat(double kwh, long co2eGrams, String factor, String factorId, String citation) {

    public Heat {
      Objects.requireNonNull(factor, "factor");
      factorId = factorId == null ? "" : factorId;
      citation = citation == null ? "" : citation;
    }
  }

  /** An emission factor used by the run and its source. */
  public record FactorSource(String factorId, String citation) {}

  /** How a verifier checks the run hash. */
  public enum HashCheck {
    /** A stored service run: read it by id and compare its {@code resultSha256}. */
    SERVICE_RUN,
    /** A run from files: recalculate from the same files and compare the manifest hash. */
    FILE_RUN
  }
}
