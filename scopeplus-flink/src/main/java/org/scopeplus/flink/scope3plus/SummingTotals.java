package org.scopeplus.flink.scope3plus;

/**
 * One key for the whole job: adds the aggregate cells and refusal counts into the totals line
 * (events counted and refused, gross and weak grams) and the actions' attributed grams ({@link
 * SummingActions}) and emits it when the input ends. Sums are exact: an addition that would
 * overflow throws {@link ArithmeticException} and fails the job.
 */
final class SummingTotals extends SummingToTheEnd<ResultLine> {

  static final String KEY = "totals";

  private final String catalogVersion;

  SummingTotals(String catalogVersion) {
    super("totals");
    this.catalogVersion = catalogVersion;
  }

  @Override
  ResultLine start(ResultLine first) {
    return ResultLine.totals(catalogVersion);
  }

  @Override
  void add(ResultLine totals, ResultLine line) {
    if (ResultLine.ACTIONS.equals(line.kind)) {
      totals.attributedGrams = Math.addExact(totals.attributedGrams, line.attributedGrams);
    } else if (ResultLine.AGGREGATES.equals(line.kind)) {
      totals.events = Math.addExact(totals.events, line.events);
      totals.grams = Math.addExact(totals.grams, line.grams);
      totals.weakGrams = Math.addExact(totals.weakGrams, line.weakGrams);
    } else {
      totals.refused = Math.addExact(totals.refused, line.events);
    }
  }
}
