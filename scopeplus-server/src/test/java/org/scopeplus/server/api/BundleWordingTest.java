package org.scopeplus.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.credit.CreditKind;
import org.scopeplus.core.credit.NeutralityClaim;
import org.scopeplus.core.targets.Coverage;
import org.scopeplus.core.targets.Pathway;
import org.scopeplus.core.targets.ProgressOutcome;
import org.scopeplus.core.targets.Target;
import org.scopeplus.core.targets.TargetKind;
import org.scopeplus.core.targets.TargetProgress;
import org.scopeplus.core.text.Sentence;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The neutrality claim's steps and reasons and the targets' explanations said from the console
 * bundles: in English the very sentences the core writes (one wording, two places kept equal by
 * this test), in Chinese the glossary's words with no English sentence left.
 */
class BundleWordingTest {

  private static final ResourceBundleMessageSource BUNDLES = bundles();
  private static final Sentence.Wording EN = BundleWording.of(BUNDLES, Locale.ENGLISH);
  private static final Sentence.Wording ZH = BundleWording.of(BUNDLES, Locale.SIMPLIFIED_CHINESE);

  /** Four or more lower-case Latin letters: an English word (the unit "tCO2e" is not written). */
  private static final String ENGLISH_WORD = "[a-z]{4,}";

  private static ResourceBundleMessageSource bundles() {
    ResourceBundleMessageSource m = new ResourceBundleMessageSource();
    m.setBasename("i18n/console");
    m.setDefaultEncoding("UTF-8");
    m.setFallbackToSystemLocale(false);
    return m;
  }

  private static final long T = 1_000_000L;

  /**
   * By hand: gross 800 t in 2025 against 1,000 t in 2020 is a 20.0% reduction; 100 + 50 t of
   * removals and 400 t of offsets retired = 550 t, short of 800 t by 250 t; 150 t of removals do
   * not neutralise 800 t.
   */
  private static NeutralityClaim shortClaim() {
    return NeutralityClaim.of(
        "Scopes 1+2 (market-based)",
        2025,
        800 * T,
        2020,
        1000 * T,
        Map.of(
            CreditKind.NATURE_BASED_REMOVAL, 100L,
            CreditKind.TECHNOLOGICAL_REMOVAL, 50L,
            CreditKind.AVOIDANCE_REDUCTION, 400L),
        10 * T);
  }

  /** By hand: 50 t against 1,000 t is 95.0% below; 50 t of removals neutralise the 50 t. */
  private static NeutralityClaim heldClaim() {
    return NeutralityClaim.of(
        "Scopes 1+2 (market-based)",
        2025,
        50 * T,
        2020,
        1000 * T,
        Map.of(CreditKind.TECHNOLOGICAL_REMOVAL, 50L),
        -1);
  }

  /** Gross above the base year: nothing reduced. */
  private static NeutralityClaim risenClaim() {
    return NeutralityClaim.of(
        "Scopes 1+2 (market-based)", 2025, 1200 * T, 2020, 1000 * T, Map.of(), -1);
  }

  @Test
  void theEnglishBundleSaysTheClaimInTheCoresOwnWords() {
    for (NeutralityClaim c : List.of(shortClaim(), heldClaim(), risenClaim())) {
      NeutralityClaim en = c.in(EN);
      assertThat(en.reasons()).isEqualTo(c.reasons());
      assertThat(en.lines()).isEqualTo(c.lines());
    }
  }

  @Test
  void theChineseClaimHasTheGlossarysWordsAndNoEnglishSentence() {
    NeutralityClaim zh = shortClaim().in(ZH);
    assertThat(zh.reasons())
        .containsExactly(
            "碳中和不成立：为2025年注销的550吨碳信用比800吨总排放量少250吨",
            "净零不成立：排放比2020年基准年低20.0%，而科学碳目标倡议（SBTi）净零标准要求至少低90%",
            "净零不成立：为2025年注销的150吨清除类碳信用不足以中和800吨剩余排放；碳抵消不计入净零");
    assertThat(zh.lines().get(1).step()).isEqualTo("相对2020年基准年的减排量（20.0%）");
    assertThat(zh.lines().get(6).step()).startsWith("备注：生态减碳");
    // the numbers are the claim's, unchanged
    assertThat(zh.residualGrams()).isEqualTo(250 * T);
    List<String> all = new ArrayList<>();
    for (NeutralityClaim c : List.of(shortClaim(), heldClaim(), risenClaim())) {
      NeutralityClaim said = c.in(ZH);
      all.addAll(said.reasons());
      said.lines().forEach(l -> all.add(l.step()));
    }
    assertThat(all).allSatisfy(s -> assertThat(s).doesNotContainPattern(ENGLISH_WORD));
    assertThat(heldClaim().in(ZH).reasons())
        .containsExactly(
            "碳中和成立：排放自2020年基准年以来下降95.0%，为2025年注销的50吨碳信用抵消了50吨总排放量",
            "净零成立：排放比2020年基准年低95.0%，剩余排放已由清除类碳信用中和");
  }

  private static Target target(TargetKind kind, String denominator, int base, int to, double v) {
    Coverage coverage =
        kind == TargetKind.ABSOLUTE || kind == TargetKind.INTENSITY
            ? Coverage.parse("1+2", "market").orElseThrow()
            : null;
    return new Target(
        "T1", "a target", kind, "Group", coverage, denominator, base, to, v, Pathway.LINEAR, "");
  }

  private static TargetProgress measured(Target t, SortedMap<Integer, Double> a, String restated) {
    ProgressOutcome o = TargetProgress.of(t, a, restated, 2030);
    assertThat(o).isInstanceOf(ProgressOutcome.Measured.class);
    return ((ProgressOutcome.Measured) o).progress();
  }

  private static SortedMap<Integer, Double> actuals(double... byYearFrom2020) {
    SortedMap<Integer, Double> out = new TreeMap<>();
    for (int i = 0; i < byYearFrom2020.length; i++) {
      out.put(2020 + i, byYearFrom2020[i]);
    }
    return out;
  }

  /** Every kind of sentence a target's progress can say: each status, projection and note. */
  private static List<TargetProgress> everyKindOfProgress() {
    return List.of(
        // linear -50% by 2025 from 1,000 t: 2025's actual 400 t reaches 500 t
        measured(
            target(TargetKind.ABSOLUTE, null, 2020, 2025, 0.5),
            actuals(1000, 900, 800, 700, 600, 400),
            null),
        // the target year's actual 700 t misses 500 t
        measured(
            target(TargetKind.ABSOLUTE, null, 2020, 2025, 0.5),
            actuals(1000, 900, 800, 700, 600, 700),
            null),
        // two actual years, projected; restated base year
        measured(
            target(TargetKind.INTENSITY, "revenue", 2020, 2030, 0.5),
            actuals(10, 9.5),
            "2024-03-01"),
        measured(target(TargetKind.INTENSITY, "employees", 2020, 2030, 0.5), actuals(10), null),
        measured(target(TargetKind.INTENSITY, "floor_area", 2020, 2030, 0.5), actuals(10, 5), null),
        // a share projected up and kept between 0 and 1
        measured(target(TargetKind.RENEWABLE_SHARE, null, 2020, 2030, 1), actuals(0.2, 0.3), null),
        // a cumulative target, projected, and restated
        measured(target(TargetKind.CUMULATIVE, null, 2020, 2030, 100), actuals(5, 6), null),
        measured(target(TargetKind.CUMULATIVE, null, 2020, 2030, 100), actuals(), "2024-03-01"));
  }

  @Test
  void theEnglishBundleSaysTheTargetsExplanationsInTheCoresOwnWords() {
    for (TargetProgress p : everyKindOfProgress()) {
      TargetProgress en = p.in(EN);
      assertThat(en.explanation()).isEqualTo(p.explanation());
      assertThat(en.baselineNote()).isEqualTo(p.baselineNote());
      if (p.projection() != null) {
        assertThat(en.projection().method()).isEqualTo(p.projection().method());
      }
    }
  }

  @Test
  void theChineseTargetExplanationsHaveNoEnglishSentence() {
    List<TargetProgress> all = everyKindOfProgress();
    // by hand: 2025's actual 400 t reaches the target value 1,000 x (1 - 0.5) = 500 t
    assertThat(all.get(0).in(ZH).explanation())
        .isEqualTo("进度符合预期：2025年实际值400.0吨二氧化碳当量达到目标值500.0吨二氧化碳当量");
    assertThat(all.get(2).in(ZH).baselineNote())
        .isEqualTo("基线：2020年实际值，10.00吨二氧化碳当量/百万元营业收入；基准年排放量已重新计算（2024-03-01），" + "基线、目标值和减排路径随之调整");
    for (TargetProgress p : all) {
      TargetProgress zh = p.in(ZH);
      assertThat(zh.explanation()).doesNotContainPattern(ENGLISH_WORD);
      assertThat(zh.baselineNote()).doesNotContainPattern(ENGLISH_WORD);
      if (zh.projection() != null) {
        assertThat(zh.projection().method()).doesNotContainPattern(ENGLISH_WORD);
      }
      // the numbers are the progress's, unchanged
      assertThat(zh.years()).isEqualTo(p.years());
      assertThat(zh.status()).isEqualTo(p.status());
    }
  }
}
