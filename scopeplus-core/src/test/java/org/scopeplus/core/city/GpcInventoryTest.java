package org.scopeplus.core.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scopeplus.core.gas.GasGroup;

/**
 * The GPC v1.1 totalling rules on hand-made inventories. Amounts are in tonnes CO2e in the comments
 * and grams in the assertions (1 t = 1,000,000 g).
 */
class GpcInventoryTest {

  private static final long T = 1_000_000L;

  static GpcLine line(String ref) {
    return GpcFramework.line(ref).orElseThrow();
  }

  static GpcEntry value(String ref, String tonnes) {
    return accepted(GpcEntry.estimated(line(ref), new BigDecimal(tonnes), Map.of()));
  }

  static GpcEntry key(String ref, NotationKey key) {
    return accepted(GpcEntry.keyed(line(ref), key, "reason for " + key));
  }

  static GpcEntry accepted(GpcEntry.Outcome o) {
    assertThat(o).isInstanceOf(GpcEntry.Outcome.Accepted.class);
    return ((GpcEntry.Outcome.Accepted) o).entry();
  }

  static String refused(GpcEntry.Outcome o) {
    assertThat(o).isInstanceOf(GpcEntry.Outcome.Refused.class);
    return ((GpcEntry.Outcome.Refused) o).reason();
  }

  /**
   * Every counting rule at once:
   *
   * <pre>
   * line     t      scope counting           BASIC  BASIC+  S1    S2   S3
   * I.1.1    100    1     BASIC              100    100     100
   * I.1.2    200    2     BASIC              200    200           200
   * I.1.3    10     3     BASIC+                    10                 10
   * I.4.4    1000   1     territorial only                  1000
   * II.1.1   300    1     BASIC              300    300     300
   * II.1.3   50     3     BASIC+                    50                 50
   * III.1.1  40     1     BASIC              40     40      40
   * III.1.2  20     3     BASIC              20     20                 20
   * III.1.3  70     1     territorial only                  70
   * IV.1     500    1     BASIC+                    500     500
   * V.2      -30    1     BASIC+ (net land)         -30     -30
   * VI.1     80     3     other scope 3                                80
   * I.2.1 NO, I.3.1 IE, II.2.1 NE, I.7.1 C: nothing
   * total                                660    1190    1980  200  160
   * </pre>
   */
  static CityInventory everyRule() {
    return CityInventory.of(
        "Hangzhou",
        2023,
        List.of(
            value("I.1.1", "100"),
            value("I.1.2", "200"),
            value("I.1.3", "10"),
            value("I.4.4", "1000"),
            value("II.1.1", "300"),
            value("II.1.3", "50"),
            value("III.1.1", "40"),
            value("III.1.2", "20"),
            value("III.1.3", "70"),
            value("IV.1", "500"),
            value("V.2", "-30"),
            value("VI.1", "80"),
            key("I.2.1", NotationKey.NO),
            key("I.3.1", NotationKey.IE),
            key("II.2.1", NotationKey.NE),
            key("I.7.1", NotationKey.C)));
  }

  @Test
  void totalsFollowTheGpcRulesInBothViews() {
    GpcTotals t = GpcTotals.of(everyRule());
    // city-induced view
    assertThat(t.basic()).isEqualTo(660 * T);
    assertThat(t.basicPlus()).isEqualTo(1190 * T);
    // scopes view: scope 1 is territorial and carries I.4.4 and III.1.3
    assertThat(t.territorial()).isEqualTo(1980 * T);
    assertThat(t.scope1()).isEqualTo(1980 * T);
    assertThat(t.scope2()).isEqualTo(200 * T);
    assertThat(t.scope3()).isEqualTo(160 * T);
  }

  @Test
  void sectorTotalsAddUpToTheCityTotals() {
    GpcTotals t = GpcTotals.of(everyRule());
    // I: BASIC 100+200 = 300; BASIC+ 300+10 = 310; S1 100+1000 = 1100; S2 200; S3 10
    assertThat(t.sectors().get(GpcSector.STATIONARY_ENERGY))
        .isEqualTo(new GpcTotals.SectorTotals(300 * T, 310 * T, 1100 * T, 200 * T, 10 * T));
    // II: BASIC 300; BASIC+ 350; S1 300; S3 50
    assertThat(t.sectors().get(GpcSector.TRANSPORTATION))
        .isEqualTo(new GpcTotals.SectorTotals(300 * T, 350 * T, 300 * T, 0, 50 * T));
    // III: BASIC 40+20 = 60 (waste treated outside is BASIC); S1 40+70 = 110; S3 20
    assertThat(t.sectors().get(GpcSector.WASTE))
        .isEqualTo(new GpcTotals.SectorTotals(60 * T, 60 * T, 110 * T, 0, 20 * T));
    assertThat(t.sectors().get(GpcSector.IPPU))
        .isEqualTo(new GpcTotals.SectorTotals(0, 500 * T, 500 * T, 0, 0));
    assertThat(t.sectors().get(GpcSector.AFOLU))
        .isEqualTo(new GpcTotals.SectorTotals(0, -30 * T, -30 * T, 0, 0));
    // VI is reported in scope 3 and in neither level
    assertThat(t.sectors().get(GpcSector.OTHER_SCOPE_3))
        .isEqualTo(new GpcTotals.SectorTotals(0, 0, 0, 0, 80 * T));
    long basic = 0;
    long plus = 0;
    for (GpcTotals.SectorTotals s : t.sectors().values()) {
      basic += s.at(GpcLevel.BASIC);
      plus += s.at(GpcLevel.BASIC_PLUS);
    }
    assertThat(basic).isEqualTo(t.at(GpcLevel.BASIC));
    assertThat(plus).isEqualTo(t.at(GpcLevel.BASIC_PLUS));
  }

  @Test
  void notationKeysAddNothing() {
    CityInventory keysOnly =
        CityInventory.of(
            "Keys",
            2020,
            List.of(
                key("I.1.1", NotationKey.NO),
                key("I.1.2", NotationKey.IE),
                key("I.1.3", NotationKey.NE),
                key("I.4.4", NotationKey.C)));
    GpcTotals t = GpcTotals.of(keysOnly);
    assertThat(List.of(t.basic(), t.basicPlus(), t.scope1(), t.scope2(), t.scope3()))
        .containsOnly(0L);
  }

  @Test
  void theFrameworkHasFiftyThreeLinesCountedAsTheGpcSays() {
    // I: 5 sub-sectors x 3 + I.4 x 4 + I.7.1 + I.8.1 = 21; II: 4 x 3 + II.5 x 2 = 14;
    // III: 4 x 3 = 12; IV: 2; V: 3; VI: 1 -> 53
    assertThat(GpcFramework.lines()).hasSize(53);
    // BASIC: I 14 (x.1, x.2 of six sub-sectors, I.7.1, I.8.1) + II 10 + III 8 = 32
    assertThat(GpcCompleteness.required(GpcLevel.BASIC)).hasSize(32);
    // BASIC+ adds I.x.3 (6), II.x.3 (4), IV (2), V (3) = 47
    assertThat(GpcCompleteness.required(GpcLevel.BASIC_PLUS)).hasSize(47);
    assertThat(line("I.4.4").counting()).isEqualTo(GpcCounting.TERRITORIAL_ONLY);
    assertThat(line("I.4.4").scope()).isEqualTo(1);
    for (String w : List.of("III.1", "III.2", "III.3", "III.4")) {
      assertThat(line(w + ".1").scope()).isEqualTo(1);
      assertThat(line(w + ".1").counting()).isEqualTo(GpcCounting.BASIC);
      assertThat(line(w + ".2").scope()).isEqualTo(3);
      assertThat(line(w + ".2").counting()).isEqualTo(GpcCounting.BASIC);
      assertThat(line(w + ".3").scope()).isEqualTo(1);
      assertThat(line(w + ".3").counting()).isEqualTo(GpcCounting.TERRITORIAL_ONLY);
    }
    assertThat(GpcFramework.line("II.5.3")).isEmpty();
    assertThat(line("II.4.3").counting()).isEqualTo(GpcCounting.BASIC_PLUS);
    assertThat(line("VI.1").counting()).isEqualTo(GpcCounting.OTHER_SCOPE_3);
    assertThat(line("V.3").counting()).isEqualTo(GpcCounting.BASIC_PLUS);
  }

  @Test
  void completenessNamesEveryRequiredLineWithoutValueOrKey() {
    GpcCompleteness basic = GpcCompleteness.of(everyRule(), GpcLevel.BASIC);
    // 32 BASIC lines; reported: I.1.1, I.1.2, II.1.1, III.1.1, III.1.2 (values) and
    // I.2.1, I.3.1, II.2.1, I.7.1 (keys) = 9 -> 23 missing
    assertThat(basic.missing()).hasSize(23);
    assertThat(basic.complete()).isFalse();
    assertThat(basic.missing())
        .extracting(GpcLine::reference)
        .contains("I.2.2", "I.4.1", "I.8.1", "II.5.2", "III.4.2")
        .doesNotContain("I.1.1", "I.2.1", "I.7.1", "II.2.1", "I.4.4", "III.1.3", "VI.1", "IV.1");
    assertThat(basic.notEstimated()).extracting(GpcLine::reference).containsExactly("II.2.1");

    // BASIC+ requires 47; reported among them: the 9 above + I.1.3, II.1.3, IV.1, V.2 = 13
    GpcCompleteness plus = GpcCompleteness.of(everyRule(), GpcLevel.BASIC_PLUS);
    assertThat(plus.missing()).hasSize(34);
    assertThat(plus.missing()).extracting(GpcLine::reference).contains("IV.2", "V.1", "II.4.3");
  }

  @Test
  void aBasicInventoryOfKeysIsCompleteAtBasicAndLacksExactlyTheBasicPlusLines() {
    List<GpcEntry> entries = new ArrayList<>();
    for (GpcLine l : GpcCompleteness.required(GpcLevel.BASIC)) {
      entries.add(accepted(GpcEntry.keyed(l, NotationKey.NO, "does not occur")));
    }
    CityInventory inv = CityInventory.of("Small town", 2022, entries);
    assertThat(GpcCompleteness.of(inv, GpcLevel.BASIC).complete()).isTrue();
    assertThat(GpcCompleteness.of(inv, GpcLevel.BASIC_PLUS).missing())
        .extracting(GpcLine::reference)
        .containsExactly(
            "I.1.3", "I.2.3", "I.3.3", "I.4.3", "I.5.3", "I.6.3", "II.1.3", "II.2.3", "II.3.3",
            "II.4.3", "IV.1", "IV.2", "V.1", "V.2", "V.3");
  }

  @ParameterizedTest
  @EnumSource(NotationKey.class)
  void everyNotationKeyNeedsItsExplanation(NotationKey k) {
    assertThat(refused(GpcEntry.keyed(line("II.3.1"), k, " ")))
        .contains("notation key " + k.name())
        .contains("II.3.1")
        .contains("explanation");
    assertThat(refused(GpcEntry.keyed(line("II.3.1"), k, null))).contains("explanation");
    assertThat(accepted(GpcEntry.keyed(line("II.3.1"), k, "port closed since 2019")))
        .isEqualTo(new GpcEntry.Keyed(line("II.3.1"), k, "port closed since 2019"));
    assertThat(NotationKey.parse(k.name().toLowerCase(java.util.Locale.ROOT))).contains(k);
  }

  @Test
  void gasesAreOptionalAndMustAddUpToTheLine() {
    Map<GasGroup, BigDecimal> split = new EnumMap<>(GasGroup.class);
    split.put(GasGroup.CO2, new BigDecimal("295"));
    split.put(GasGroup.CH4, new BigDecimal("1"));
    split.put(GasGroup.N2O, new BigDecimal("4"));
    GpcEntry e = accepted(GpcEntry.estimated(line("II.1.1"), new BigDecimal("300"), split));
    assertThat(((GpcEntry.Estimated) e).gases())
        .containsEntry(GasGroup.CO2, 295 * T)
        .containsEntry(GasGroup.CH4, T)
        .containsEntry(GasGroup.N2O, 4 * T);
    split.put(GasGroup.N2O, new BigDecimal("5"));
    assertThat(refused(GpcEntry.estimated(line("II.1.1"), new BigDecimal("300"), split)))
        .contains("add up to 301 t CO2e, not the line's 300 t CO2e");
    assertThat(
            refused(
                GpcEntry.estimated(
                    line("II.1.1"),
                    BigDecimal.ONE,
                    Map.of(GasGroup.MONTREAL_MEMO, BigDecimal.ONE))))
        .contains("not one a GPC line is split into");
  }

  @Test
  void tonnesAreRoundedOnceHalfEvenToGrams() {
    // 0.0000005 t = 0.5 g -> 0 g (half to even); 0.0000015 t = 1.5 g -> 2 g
    assertThat(((GpcEntry.Estimated) value("I.1.1", "0.0000005")).co2eGrams()).isZero();
    assertThat(((GpcEntry.Estimated) value("I.1.1", "0.0000015")).co2eGrams()).isEqualTo(2);
    assertThat(((GpcEntry.Estimated) value("I.1.1", "1234.567891")).co2eGrams())
        .isEqualTo(1_234_567_891L);
  }

  @Test
  void absurdAndNegativeAmountsAreRefused() {
    assertThat(refused(GpcEntry.estimated(line("I.1.1"), new BigDecimal("1e300"), Map.of())))
        .contains("beyond the 9007199254.740992 t");
    // 2^53 g is the last amount a line holds
    assertThat(((GpcEntry.Estimated) value("I.1.1", "9007199254.740992")).co2eGrams())
        .isEqualTo(1L << 53);
    assertThat(
            refused(
                GpcEntry.estimated(line("I.1.1"), new BigDecimal("9007199254.740993"), Map.of())))
        .contains("beyond");
    assertThat(refused(GpcEntry.estimated(line("I.1.1"), new BigDecimal("-1"), Map.of())))
        .contains("only V.2 (land) may be net negative");
  }

  @Test
  void yearsAndCitiesOutsideReasonAreRefused() {
    assertThat(CityInventory.yearRefusal(0)).contains("inventory year 0 is outside 1990 to 2100");
    assertThat(CityInventory.yearRefusal(2023)).isEmpty();
    assertThat(CityInventory.cityRefusal(" ")).contains("the city is missing");
    assertThat(CityInventory.cityRefusal("x".repeat(201))).isPresent();
    assertThatThrownBy(() -> CityInventory.of("A", 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> CityInventory.of("A", 2020, List.of(value("I.1.1", "1"), value("I.1.1", "2"))))
        .hasMessageContaining("line reported twice: I.1.1");
  }

  @Test
  void levelsParseAsWritten() {
    assertThat(GpcLevel.parse("basic")).contains(GpcLevel.BASIC);
    assertThat(GpcLevel.parse("BASIC+")).contains(GpcLevel.BASIC_PLUS);
    assertThat(GpcLevel.parse("basic_plus")).contains(GpcLevel.BASIC_PLUS);
    assertThat(GpcLevel.parse("full")).isEmpty();
  }
}
