package org.scopeplus.core.city.ets;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * The registry's configured rules.
 *
 * @param offsetShare the largest share of verified emissions a surrender may cover with CCER (the
 *     national ETS: 5%, Measures 2021, Article 29)
 * @param preAllocationShare the share of the allocation on the basis output issued ahead of
 *     verification (the 2019-2020 power plan: 70%)
 * @param deadlineYearsAfter the deadline falls this many years after the compliance year
 * @param deadline the day of that year by which a surrender is made (inclusive)
 * @param fineMinYuan the smallest fine for a shortfall (Measures 2021, Article 40: 20,000 yuan)
 * @param fineMaxYuan the largest fine (Article 40: 30,000 yuan)
 * @param deductShortfall whether the shortfall is deducted from the next year's allocation (Article
 *     40: 等量核减)
 * @param penaltyRatio tonnes deducted per tonne of shortfall: 1 in the national ETS (Article 40,
 *     等量核减, and likewise EU ETS Directive 2003/87/EC Article 16(3), where the excess emissions are
 *     still surrendered the next year); 2 in the Guangdong pilot (Interim Measures for Carbon
 *     Emission Management of Guangdong Province, 2014, Article 37: 扣除未足额清缴部分2倍配额)
 */
public record EtsRules(
    double offsetShare,
    double preAllocationShare,
    int deadlineYearsAfter,
    MonthDay deadline,
    long fineMinYuan,
    long fineMaxYuan,
    boolean deductShortfall,
    double penaltyRatio) {

  /** Rules deducting the shortfall one for one. */
  public EtsRules(
      double offsetShare,
      double preAllocationShare,
      int deadlineYearsAfter,
      MonthDay deadline,
      long fineMinYuan,
      long fineMaxYuan,
      boolean deductShortfall) {
    this(
        offsetShare,
        preAllocationShare,
        deadlineYearsAfter,
        deadline,
        fineMinYuan,
        fineMaxYuan,
        deductShortfall,
        1.0);
  }

  /**
   * The national ETS's rules: 5% CCER, 70% pre-allocation, 31 December of the next year, the
   * shortfall deducted one for one.
   */
  public static EtsRules national() {
    return new EtsRules(0.05, 0.7, 1, MonthDay.of(12, 31), 20_000, 30_000, true, 1.0);
  }

  /**
   * Tonnes deducted from the next year's allocation for {@code shortfallTonnes}: the shortfall
   * times the penalty ratio, rounded half up to whole tonnes; 0 when the rules deduct nothing.
   */
  public long deductionOf(long shortfallTonnes) {
    if (!deductShortfall) {
      return 0;
    }
    return java.math.BigDecimal.valueOf(shortfallTonnes)
        .multiply(java.math.BigDecimal.valueOf(penaltyRatio))
        .setScale(0, java.math.RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** The last day a surrender for {@code complianceYear} is accepted. */
  public LocalDate deadlineOf(int complianceYear) {
    return deadline.atYear(complianceYear + deadlineYearsAfter);
  }

  /** Why these rules cannot be used, if they cannot. */
  public Optional<String> refusal() {
    if (!(offsetShare >= 0 && offsetShare <= 1)) {
      return Optional.of("the offset share is between 0 and 1");
    }
    if (!(preAllocationShare >= 0 && preAllocationShare <= 1)) {
      return Optional.of("the pre-allocation share is between 0 and 1");
    }
    if (deadlineYearsAfter < 0 || deadlineYearsAfter > 3) {
      return Optional.of("the deadline falls 0 to 3 years after the compliance year");
    }
    if (deadline == null) {
      return Optional.of("the rules name a deadline day");
    }
    if (fineMinYuan < 0 || fineMaxYuan < fineMinYuan || fineMaxYuan > 1_000_000_000L) {
      return Optional.of("the fine range is 0 <= minimum <= maximum <= 1e9 yuan");
    }
    if (!(penaltyRatio > 0 && penaltyRatio <= 10)) {
      return Optional.of("the penalty ratio is more than 0 and at most 10 t per t of shortfall");
    }
    return Optional.empty();
  }

  /** Text of the rules as stored. */
  public String state() {
    return offsetShare
        + "|"
        + preAllocationShare
        + "|"
        + deadlineYearsAfter
        + "|"
        + deadline
        + "|"
        + fineMinYuan
        + "|"
        + fineMaxYuan
        + "|"
        + deductShortfall
        + "|"
        + penaltyRatio;
  }
}
