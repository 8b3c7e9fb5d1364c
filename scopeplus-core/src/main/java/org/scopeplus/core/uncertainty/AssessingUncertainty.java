package org.scopeplus.core.uncertainty;

import java.util.ArrayList;
import java.util.List;
import org.scopeplus.core.calculation.LineSink;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.quality.DataQualityScoring;
import org.scopeplus.core.quality.DataQualitySummary;
import org.scopeplus.core.quality.LineFacts;

/**
 * Receives the lines of a run (from the engine as a {@link LineSink}, or as {@link LineFacts} from
 * a stored trace), scores their data quality, gives each its uncertainties, and then answers with
 * the intervals of either approach. Keeps one small value per line; not thread-safe.
 */
public final class AssessingUncertainty implements LineSink {

  private final UncertaintyOverrides overrides;
  private final DataQualityScoring scoring;
  private final List<UncertainLine> lines = new ArrayList<>();
  private final DataQualitySummary.Accumulating quality = new DataQualitySummary.Accumulating();

  /** An assessment with these overrides and scoring. */
  public AssessingUncertainty(UncertaintyOverrides overrides, DataQualityScoring scoring) {
    this.overrides = overrides;
    this.scoring = scoring;
  }

  @Override
  public void accept(ResultLine line) {
    accept(LineFacts.of(line));
  }

  /** Takes one line; lines outside the totals (biogenic CO2, memo gases) are left out. */
  public void accept(LineFacts facts) {
    UncertaintyDefaults.assign(facts, overrides)
        .ifPresent(
            u -> {
              lines.add(u);
              quality.add(facts.scope(), facts.co2eGrams(), scoring.score(facts));
            });
  }

  /** The lines taken, with their uncertainties. */
  public List<UncertainLine> lines() {
    return List.copyOf(lines);
  }

  /** Approach 1, error propagation. */
  public List<Interval> approach1() {
    return ErrorPropagation.intervals(lines);
  }

  /** Approach 2, Monte Carlo with this seed and number of iterations. */
  public List<Interval> approach2(long seed, int iterations) {
    return MonteCarlo.intervals(lines, seed, iterations);
  }

  /** The emission-weighted data-quality scores, in total and per scope. */
  public List<DataQualitySummary> quality() {
    return quality.summaries();
  }
}
