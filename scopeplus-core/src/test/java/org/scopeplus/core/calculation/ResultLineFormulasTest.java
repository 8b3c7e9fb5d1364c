package org.scopeplus.core.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.Fixtures;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.FactorType;
import org.scopeplus.core.gas.Gas;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.quantity.QuantityKind;
import org.scopeplus.core.quantity.UnitSymbols;
import org.scopeplus.core.text.Decimals;

/**
 * The formulas a run writes through {@link ResultLine.Formulas}, which keeps the part between the
 * quantity and the grams for each unit, rate, gas, GWP and share, are the text of {@link
 * ResultLine#formula()} and the text it was always written as, line for line.
 */
class ResultLineFormulasTest {

  private static final ActivityType ELECTRICITY =
      Fixtures.type("s2.electricity", 2, 0, "grid.x", QuantityKind.ENERGY);

  private static final String[] UNITS = {"kWh", "t", "L", "m3", "USD", "GJ"};

  private static final String[] GASES = {"CO2", "CH4", "N2O", "SF6", "HFC-134a"};

  /** The formula as it was written before the middle was kept: the reference text. */
  private static String writtenBefore(ResultLine l) {
    String perUnit =
        l.factor() != null
            ? l.factor().perUnit().symbol()
            : l.record().supplierFactorUnit() != null
                ? l.record().supplierFactorUnit().symbol()
                : l.record().unit().symbol();
    StringBuilder b = new StringBuilder();
    b.append(Decimals.plain(l.quantity())).append(' ').append(perUnit);
    b.append(" x ")
        .append(Decimals.plain(l.kgPerUnit()))
        .append(" kg ")
        .append(l.gas().id())
        .append('/')
        .append(perUnit);
    b.append(" x GWP ").append(Decimals.plain(l.gwp()));
    if (l.share() != 1.0) {
      b.append(" x share ").append(Decimals.plain(l.share()));
    }
    b.append(" x 1000 g/kg = ").append(l.co2eGrams()).append(" g CO2e");
    return b.toString();
  }

  @Test
  void aLineOfElectricityReadsAsItsHandWrittenFormula() {
    // 1000 kWh x 0.5306 kg/kWh x GWP 1 x share 0.5 x 1000 g/kg = 265,300 g
    ResultLine l = line(record("kWh", null), null, gas("CO2"), 1000, 0.5306, 1, 0.5, 265_300);
    String expected =
        "1000 kWh x 0.5306 kg CO2/kWh x GWP 1 x share 0.5 x 1000 g/kg = 265300 g CO2e";
    assertThat(l.formula()).isEqualTo(expected);
    assertThat(new ResultLine.Formulas().of(l)).isEqualTo(expected);
  }

  @Test
  void keptMiddlesGiveTheFormulaOfEveryGeneratedLine() {
    SplittableRandom random = new SplittableRandom(10);
    double[] rates = {0.5306, 1, 0, 2.4567e-3, 1e-9, 12_345.678, -0.25, 0.1 + 0.2};
    double[] gwps = {1, 25, 28, 27.9, 298, 265, 23_500, 0.1 + 0.7};
    double[] shares = {1, -1, 0.5, 1.0 / 3, 0.25, 0, -0.0, 1 - 1e-16};
    double[] quantities = {0, -0.0, 1, 1000, -42.5, 2.4567 * 1000, 1e-7, 1e17, 123_456.789};
    long[] grams = {0, 1, -1, 530_600, -530_600, Long.MAX_VALUE, Long.MIN_VALUE};
    List<EmissionFactor> factors = new ArrayList<>();
    for (String unit : UNITS) {
      factors.add(
          Fixtures.factor(
              "F-" + unit, "grid.x", "CN", 2020, 2030, unit, FactorType.AVERAGE_DATA, "CO2", 1.0));
    }
    ResultLine.Formulas kept = new ResultLine.Formulas();
    for (int i = 0; i < 40_000; i++) {
      // a few keys again and again, as a run has, and now and then a rate never seen (a supplier's
      // own), so slots are both found and written over
      double rate =
          random.nextInt(10) == 0
              ? random.nextDouble(-1e6, 1e6)
              : rates[random.nextInt(rates.length)];
      double quantity =
          random.nextBoolean()
              ? quantities[random.nextInt(quantities.length)]
              : Math.round(random.nextDouble(-1e6, 1e6) * 1000) / 1000.0;
      String unit = UNITS[random.nextInt(UNITS.length)];
      EmissionFactor factor =
          random.nextInt(3) == 0 ? null : factors.get(random.nextInt(factors.size()));
      String supplied = random.nextBoolean() ? UNITS[random.nextInt(UNITS.length)] : null;
      ResultLine l =
          line(
              record(unit, supplied),
              factor,
              gas(GASES[random.nextInt(GASES.length)]),
              quantity,
              rate,
              gwps[random.nextInt(gwps.length)],
              shares[random.nextInt(shares.length)],
              random.nextInt(4) == 0 ? grams[random.nextInt(grams.length)] : random.nextLong());
      String before = writtenBefore(l);
      assertThat(kept.of(l)).isEqualTo(before);
      assertThat(l.formula()).isEqualTo(before);
    }
  }

  private static Gas gas(String id) {
    return Fixtures.gwps().gas(id).orElseThrow();
  }

  private static ActivityRecord record(String unit, String suppliedUnit) {
    ActivityRecord r =
        ActivityRecord.of(
            "r-1",
            "Group",
            "",
            Period.parse("2024-03").orElseThrow(),
            ELECTRICITY.key(),
            1,
            UnitSymbols.of(unit),
            "CN");
    return suppliedUnit == null ? r : r.withSupplierFactor(0.7, UnitSymbols.of(suppliedUnit), "");
  }

  private static ResultLine line(
      ActivityRecord r,
      EmissionFactor f,
      Gas gas,
      double quantity,
      double rate,
      double gwp,
      double share,
      long grams) {
    return new ResultLine(
        r,
        ELECTRICITY,
        Scope2Method.LOCATION,
        gas,
        false,
        grams,
        grams,
        f,
        "",
        quantity,
        "",
        rate,
        gwp,
        GwpSet.AR5,
        "",
        share);
  }
}
