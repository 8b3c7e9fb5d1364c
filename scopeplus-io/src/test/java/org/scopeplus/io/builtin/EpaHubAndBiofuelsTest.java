package org.scopeplus.io.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.calculation.CalculationOutcome;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.factor.Verification;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.quantity.UnitSymbols;

/**
 * The US EPA GHG Emission Factors Hub rows of the built-in data (Table 1, Stationary Combustion)
 * and the biofuels and blends built on them, each checked by hand against the Hub's own per-unit
 * columns: gas grams = quantity x the row's value x the blend share, rounded half-even once.
 */
class EpaHubAndBiofuelsTest {

  private static final ReferenceData DATA = BuiltInReferenceData.load();

  private static List<ResultLine> calculate(String type, double qty, String unit, String region) {
    ActivityRecord r =
        ActivityRecord.of(
            "epa",
            "Group",
            "",
            Period.parse("2024-03").orElseThrow(),
            type,
            qty,
            UnitSymbols.of(unit),
            region);
    List<ResultLine> lines = new ArrayList<>();
    CalculationOutcome outcome =
        DATA.engine(CalculationOptions.defaults().withGwpSet(GwpSet.AR5)).calculate(r, lines::add);
    assertThat(outcome).as(outcome.toString()).isInstanceOf(CalculationOutcome.Calculated.class);
    return lines;
  }

  private static long grams(List<ResultLine> lines, String gas, boolean biogenic) {
    return lines.stream()
        .filter(l -> l.gas().id().equals(gas) && l.biogenic() == biogenic)
        .mapToLong(ResultLine::gasGrams)
        .sum();
  }

  @Test
  void aUsNaturalGasRecordInMscfTakesTheHubsPerScfRow() {
    // Hub Table 1, Natural Gas, per scf: 0.05444 kg CO2, 0.00103 g CH4, 0.00010 g N2O.
    // 1,000 Mscf = 1,000,000 scf: CO2 54,440 kg; CH4 1,030 g; N2O 100 g
    List<ResultLine> l =
        calculate("s1.stationary.commercial_institutional.natural_gas", 1000, "Mscf", "US");
    assertThat(grams(l, "CO2", false)).isEqualTo(54_440_000L);
    assertThat(grams(l, "CH4", false)).isEqualTo(1_030L);
    assertThat(grams(l, "N2O", false)).isEqualTo(100L);
    assertThat(l.get(0).factor().id())
        .isEqualTo("epa.hub.table1.natural_gas.scf.commercial_institutional");
    assertThat(l.get(0).factor().citation().table()).isEqualTo("Table 1 Stationary Combustion");
    assertThat(l.get(0).factor().citation().year()).isEqualTo("2024");
  }

  @Test
  void aUsNaturalGasRecordInMmbtuIsConvertedFromGrossToNetForTheIpccFactor() {
    // the per-scf US row cannot take energy, so IPCC 2006 (56,100 kg CO2/TJ, net) applies:
    // 1,000 MMBtu (gross) = 1.05505585262 TJ x 0.90 (IPCC 2006 Vol. 2 Ch. 1, natural gas)
    // = 0.949550267358 TJ net x 56,100 = 53,269.7699987838 kg -> 53,269,770 g
    List<ResultLine> l =
        calculate("s1.stationary.commercial_institutional.natural_gas", 1000, "MMBtu", "US");
    assertThat(grams(l, "CO2", false)).isEqualTo(53_269_770L);
    assertThat(l.get(0).factorNote()).contains("cannot take a quantity in MMBtu");
    assertThat(l.get(0).conversion())
        .contains("gross x 0.9 (NCV/GCV, IPCC 2006 Vol. 2 Ch. 1 default for natural gas)");
  }

  @Test
  void b20IsTwentyPercentBiodieselAndEightyPercentDieselByVolume() {
    // 100 US gal of B20: 20 gal biodiesel (Hub: 9.45 kg CO2, 0.00014 kg CH4, 0.00001 kg N2O per
    // gal) and 80 gal distillate No. 2 (10.21 kg CO2, 0.00041 kg CH4, 0.00008 kg N2O per gal).
    // biogenic CO2 20 x 9.45 = 189 kg, outside the scopes; fossil CO2 80 x 10.21 = 816.8 kg;
    // CH4 2.8 g -> 3 g and 32.8 g -> 33 g; N2O 0.2 g -> 0 g and 6.4 g -> 6 g
    List<ResultLine> l = calculate("s1.stationary.biodiesel_blend.b20", 100, "US gal", "US");
    assertThat(l).hasSize(6);
    assertThat(grams(l, "CO2", true)).isEqualTo(189_000L);
    assertThat(grams(l, "CO2", false)).isEqualTo(816_800L);
    assertThat(grams(l, "CH4", false)).isEqualTo(3L + 33L);
    assertThat(grams(l, "N2O", false)).isEqualTo(0L + 6L);
    assertThat(l.get(0).share()).isEqualTo(0.2);
    assertThat(l.get(0).type().key()).isEqualTo("s1.stationary.biodiesel");
    assertThat(l.get(0).factorNote())
        .startsWith(
            "blend s1.stationary.biodiesel_blend.b20: 0.2 of the quantity is"
                + " s1.stationary.biodiesel; ");
    assertThat(l.get(3).share()).isEqualTo(0.8);
    // the biofuel's CH4 and N2O count in Scope 1 with the fossil part's
    assertThat(l.stream().filter(ResultLine::biogenic)).hasSize(1);
  }

  @Test
  void e85InLitresIsEightyFivePercentEthanol() {
    // 378.5411784 L = 100 US gal: ethanol 85 gal x 5.75 = 488.75 kg biogenic CO2; gasoline
    // 15 gal x 8.78 = 131.7 kg fossil CO2
    List<ResultLine> l = calculate("s1.stationary.ethanol_blend.e85", 378.5411784, "L", "CN");
    assertThat(grams(l, "CO2", true)).isEqualTo(488_750L);
    assertThat(grams(l, "CO2", false)).isEqualTo(131_700L);
  }

  @Test
  void landfillGasCo2IsBiogenicAndItsMethaneCounts() {
    // Hub Table 1, Landfill Gas, per scf: 0.025254 kg CO2, 0.001552 g CH4, 0.000306 g N2O.
    // 10,000 scf: 252.54 kg biogenic CO2; 15.52 g CH4 -> 16 g; 3.06 g N2O -> 3 g
    List<ResultLine> l = calculate("s1.stationary.landfill_gas", 10_000, "scf", "US");
    assertThat(grams(l, "CO2", true)).isEqualTo(252_540L);
    assertThat(grams(l, "CH4", false)).isEqualTo(16L);
    assertThat(grams(l, "N2O", false)).isEqualTo(3L);
  }

  @Test
  void usWoodInShortTonsTakesTheHubRow() {
    // Hub Table 1, Wood and Wood Residuals, per short ton: 1,640 kg CO2 (biogenic), 126 g CH4,
    // 63 g N2O; 10 short tons: 16,400 kg, 1,260 g, 630 g
    List<ResultLine> l =
        calculate("s1.stationary.commercial_institutional.wood_wood_waste", 10, "short ton", "US");
    assertThat(grams(l, "CO2", true)).isEqualTo(16_400_000L);
    assertThat(grams(l, "CH4", false)).isEqualTo(1_260L);
    assertThat(grams(l, "N2O", false)).isEqualTo(630L);
  }

  @Test
  void thePerGallonHubRowsReadInEpasOwnWorkbookAreNoLongerWeak() {
    // Hub 2024, Table 1, Ethanol (100%): 5.75 kg CO2 per gallon (workbook cell H83), the value the
    // OEFDB transcription of the 2022 edition gave; read in EPA's own workbook, so published
    List<ResultLine> l = calculate("s1.stationary.ethanol", 1, "US gal", "US");
    assertThat(l.get(0).factor().citation().verification()).isEqualTo(Verification.PUBLISHED);
    assertThat(l.get(0).factor().citation().verification().isWeak()).isFalse();
    assertThat(l.get(0).factor().citation().notes()).contains("cells H83:J83");
  }
}
