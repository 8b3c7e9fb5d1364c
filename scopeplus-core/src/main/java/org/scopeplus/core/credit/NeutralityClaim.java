package org.scopeplus.core.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scopeplus.core.text.Sentence;

/**
 * A neutrality claim for a scope and a year, its steps side by side in the order of the mitigation
 * hierarchy: gross emissions, reductions against the base year, removals retired, offsets retired,
 * and the residual emissions left uncounterbalanced. Gross emissions stay as reported: credits
 * never lower them, they are set beside them. Scope 3+ avoided emissions are shown as a memo and
 * never counted.
 *
 * <p>Two verdicts. Carbon neutrality in the manner of ISO 14068-1:2023: emissions have fallen since
 * the base year (reductions come first) and the credits retired for the year, removals and offsets,
 * counterbalance the gross emissions. Net zero in the manner of the SBTi Corporate Net-Zero
 * Standard: emissions at least 90% below the base year, and the residual emissions neutralised by
 * removals alone (offsets do not count).
 *
 * @param scope the scopes claimed for, e.g. {@code Scopes 1+2 (market-based)}
 * @param year the reporting year
 * @param baseYear the base year
 * @param lines the steps, in order, tonnes CO2e
 * @param grossGrams gross emissions in the year, grams CO2e
 * @param baseYearGrams base-year emissions, grams CO2e
 * @param removalTonnes removals retired for the year
 * @param offsetTonnes offsets (avoidance and reduction credits) retired for the year
 * @param residualGrams gross emissions the credits leave uncounterbalanced, grams CO2e, 0 or more
 * @param carbonNeutral whether the ISO 14068-1 claim holds
 * @param netZero whether the SBTi net-zero claim holds
 * @param reasons why each claim holds or not, one sentence each, in English
 * @param reasonWording the same reasons as message keys with their arguments ({@code
 *     claim.reason.*}), for a reader's language
 */
public record NeutralityClaim(
    String scope,
    int year,
    int baseYear,
    List<Line> lines,
    long grossGrams,
    long baseYearGrams,
    long removalTonnes,
    long offsetTonnes,
    long residualGrams,
    boolean carbonNeutral,
    boolean netZero,
    List<String> reasons,
    List<Sentence> reasonWording) {

  /** The share below the base year a net-zero claim needs (SBTi Net-Zero Standard, C28). */
  public static final double NET_ZERO_REDUCTION = 0.90;

  private static final long GRAMS_PER_TONNE = 1_000_000L;

  /**
   * One step of the claim.
   *
   * @param step what it is
   * @param tonnes its amount, t CO2e
   * @param counted whether it counts toward the claim (the memo does not)
   * @param wording the step as a message key with its arguments ({@code claim.step.*})
   */
  public record Line(String step, double tonnes, boolean counted, Sentence wording) {}

  /**
   * The claim for {@code year}.
   *
   * @param retired tonnes retired against the year, by kind (see {@link CreditLedger#retiredFor})
   * @param scope3PlusAvoidedGrams Scope 3+ avoided emissions of the year (a memo), or -1 when none
   *     are kept
   */
  public static NeutralityClaim of(
      String scope,
      int year,
      long grossGrams,
      int baseYear,
      long baseYearGrams,
      Map<CreditKind, Long> retired,
      long scope3PlusAvoidedGrams) {
    long nature = retired.getOrDefault(CreditKind.NATURE_BASED_REMOVAL, 0L);
    long tech = retired.getOrDefault(CreditKind.TECHNOLOGICAL_REMOVAL, 0L);
    long removals = Math.addExact(nature, tech);
    long offsets = retired.getOrDefault(CreditKind.AVOIDANCE_REDUCTION, 0L);
    long creditGrams = Math.multiplyExact(Math.addExact(removals, offsets), GRAMS_PER_TONNE);
    long removalGrams = Math.multiplyExact(removals, GRAMS_PER_TONNE);
    long reduction = Math.subtractExact(baseYearGrams, grossGrams);
    long residual = Math.max(0, Math.subtractExact(grossGrams, creditGrams));
    double share = baseYearGrams == 0 ? 0 : reduction / (double) baseYearGrams;

    String y = Integer.toString(year);
    String b = Integer.toString(baseYear);
    List<Line> lines = new ArrayList<>();
    lines.add(
        line(
            "gross emissions " + year + " (as reported, never lowered)",
            t(grossGrams),
            true,
            Sentence.of("claim.step.gross", y)));
    lines.add(
        line(
            "reductions against base year " + baseYear + " (" + percent(share) + ")",
            t(reduction),
            true,
            Sentence.of("claim.step.reductions", b, percent(share))));
    lines.add(
        line(
            "nature-based removals retired for " + year,
            nature,
            true,
            Sentence.of("claim.step.nature", y)));
    lines.add(
        line(
            "technological removals retired for " + year,
            tech,
            true,
            Sentence.of("claim.step.technological", y)));
    lines.add(
        line(
            "offsets (avoidance and reduction credits) retired for " + year,
            offsets,
            true,
            Sentence.of("claim.step.offsets", y)));
    lines.add(
        line(
            "residual emissions not counterbalanced",
            t(residual),
            true,
            Sentence.of("claim.step.residual")));
    if (scope3PlusAvoidedGrams >= 0) {
      lines.add(
          line(
              "memo: Scope 3+ avoided emissions, reported beside and never used as offsets",
              t(scope3PlusAvoidedGrams),
              false,
              Sentence.of("claim.step.scope3plus")));
    }

    List<String> reasons = new ArrayList<>();
    List<Sentence> wording = new ArrayList<>();
    boolean reduced = reduction > 0;
    boolean counterbalanced = creditGrams >= grossGrams;
    String credits = fmt(removals + offsets);
    String gross = fmt(t(grossGrams));
    if (!reduced) {
      reasons.add(
          "carbon neutrality does not hold: "
              + scope
              + " emissions have not fallen since base year "
              + baseYear
              + ", and ISO 14068-1:2023 puts reductions before counterbalancing");
      wording.add(Sentence.of("claim.reason.notReduced", scope, b));
    }
    if (!counterbalanced) {
      reasons.add(
          "carbon neutrality does not hold: the "
              + credits
              + " t of credits retired for "
              + year
              + " fall short of the "
              + gross
              + " t gross emissions by "
              + fmt(t(residual))
              + " t");
      wording.add(Sentence.of("claim.reason.shortfall", credits, y, gross, fmt(t(residual))));
    }
    if (reduced && counterbalanced) {
      reasons.add(
          "carbon neutrality holds: emissions fell "
              + percent(share)
              + " since base year "
              + baseYear
              + " and "
              + credits
              + " t of credits retired for "
              + year
              + " counterbalance the "
              + gross
              + " t gross emissions");
      wording.add(Sentence.of("claim.reason.neutral", percent(share), b, credits, y, gross));
    }
    boolean deep = baseYearGrams > 0 && share >= NET_ZERO_REDUCTION;
    boolean neutralised = removalGrams >= grossGrams;
    if (!deep) {
      reasons.add(
          "net zero does not hold: emissions are "
              + percent(share)
              + " below base year "
              + baseYear
              + ", and the SBTi Net-Zero Standard asks for at least 90%");
      wording.add(Sentence.of("claim.reason.notDeep", percent(share), b));
    }
    if (!neutralised) {
      reasons.add(
          "net zero does not hold: "
              + fmt(removals)
              + " t of removals retired for "
              + year
              + " do not neutralise the "
              + gross
              + " t residual emissions; offsets do not count toward net zero");
      wording.add(Sentence.of("claim.reason.notNeutralised", fmt(removals), y, gross));
    }
    if (deep && neutralised) {
      reasons.add(
          "net zero holds: emissions are "
              + percent(share)
              + " below base year "
              + baseYear
              + " and the residual emissions are neutralised by removals");
      wording.add(Sentence.of("claim.reason.netZero", percent(share), b));
    }
    return new NeutralityClaim(
        scope,
        year,
        baseYear,
        List.copyOf(lines),
        grossGrams,
        baseYearGrams,
        removals,
        offsets,
        residual,
        reduced && counterbalanced,
        deep && neutralised,
        List.copyOf(reasons),
        List.copyOf(wording));
  }

  private static Line line(String step, double tonnes, boolean counted, Sentence wording) {
    return new Line(step, tonnes, counted, wording);
  }

  /**
   * The same claim with its steps and reasons said by {@code wording} (e.g. a reader's language);
   * the keys stay in {@link Line#wording()} and {@link #reasonWording()}.
   */
  public NeutralityClaim in(Sentence.Wording wording) {
    List<Line> said = new ArrayList<>();
    for (Line l : lines) {
      said.add(new Line(l.wording().in(wording), l.tonnes(), l.counted(), l.wording()));
    }
    List<String> why = new ArrayList<>();
    for (Sentence r : reasonWording) {
      why.add(r.in(wording));
    }
    return new NeutralityClaim(
        scope,
        year,
        baseYear,
        List.copyOf(said),
        grossGrams,
        baseYearGrams,
        removalTonnes,
        offsetTonnes,
        residualGrams,
        carbonNeutral,
        netZero,
        List.copyOf(why),
        reasonWording);
  }

  private static double t(long grams) {
    return grams / (double) GRAMS_PER_TONNE;
  }

  private static String fmt(double tonnes) {
    return String.format(Locale.ROOT, "%,.0f", tonnes);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
