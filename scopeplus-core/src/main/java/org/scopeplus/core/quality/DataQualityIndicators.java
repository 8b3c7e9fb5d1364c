package org.scopeplus.core.quality;

import java.util.List;

/**
 * The GHG Protocol's five data-quality indicators of one result line (Scope 3 Standard, Table 7.6),
 * each scored 1 (very good) to 5 (very poor) on the pedigree scale of Weidema and Wesnaes (1996),
 * with the sentence behind each score.
 *
 * @param technological how well the factor's technology matches the activity
 * @param temporal how close the factor's year is to the activity's year
 * @param geographical how well the factor's region matches the activity's region
 * @param completeness how much of the activity the amount covers
 * @param reliability how the amount was obtained
 * @param reasons one sentence per indicator, in the order above
 */
public record DataQualityIndicators(
    int technological,
    int temporal,
    int geographical,
    int completeness,
    int reliability,
    List<String> reasons) {

  public DataQualityIndicators {
    for (int s : new int[] {technological, temporal, geographical, completeness, reliability}) {
      if (s < 1 || s > 5) {
        throw new IllegalArgumentException("a data-quality score is 1 to 5, not " + s);
      }
    }
    reasons = List.copyOf(reasons);
    if (reasons.size() != 5) {
      throw new IllegalArgumentException("one reason per indicator: 5, not " + reasons.size());
    }
  }

  /** The five scores in the order of the record components. */
  public int[] scores() {
    return new int[] {technological, temporal, geographical, completeness, reliability};
  }

  /** The names of the indicators, in the order of {@link #scores()}. */
  public static List<String> names() {
    return List.of("technological", "temporal", "geographical", "completeness", "reliability");
  }
}
