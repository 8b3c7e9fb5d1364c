package org.scopeplus.core.baseyear;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recalculation policy over in-memory repositories: what it refuses, what it keeps and what it
 * records. The base year is the Gamma company's of the GHG Protocol Corporate Standard, chapter 5
 * (50 t, recalculated to 65 t for the acquisition of facility C).
 */
class RecalculationPolicyTest {

  private static final String TENANT = "gamma";
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05.123456Z");

  private final Map<String, BaseYear> baseYears = new HashMap<>();
  private final List<Restatement> restatements = new ArrayList<>();
  private final Map<String, BaseYearRuns.RunPeriod> periods = new HashMap<>();
  private final Map<String, Long> totals = new HashMap<>();
  private final List<String> history = new ArrayList<>();
  private RecalculationPolicy policy;

  @BeforeEach
  void gamma() {
    run("base", "FY2020", 2020, 50_000_000L);
    run("with-c", "FY2020", 2020, 65_000_000L);
    run("with-typo", "FY2020", 2020, 51_000_000L);
    run("year-three", "FY2022", 2022, 85_000_000L);
    policy =
        new RecalculationPolicy(
            new BaseYears() {
              @Override
              public Optional<BaseYear> find(String tenantId) {
                return Optional.ofNullable(baseYears.get(tenantId));
              }

              @Override
              public void put(BaseYear b) {
                baseYears.put(b.tenantId(), b);
              }
            },
            (tenantId, r) -> restatements.add(r),
            new BaseYearRuns() {
              @Override
              public Optional<RunPeriod> period(String tenantId, String runId) {
                return Optional.ofNullable(periods.get(runId));
              }

              @Override
              public long totalGrams(String tenantId, String runId) {
                return totals.get(runId);
              }
            },
            new BaseYearHistory() {
              @Override
              public void baseYearSet(
                  String tenantId,
                  String actor,
                  Optional<BaseYear> before,
                  BaseYear after,
                  String sentence) {
                history.add("set by " + actor + ": " + sentence);
              }

              @Override
              public void restatementAdded(
                  String tenantId, String actor, Restatement r, String sentence) {
                history.add("added by " + actor + ": " + sentence);
              }

              @Override
              public void baseYearRestated(
                  String tenantId, String actor, BaseYear before, BaseYear after, String sentence) {
                history.add("restated by " + actor + ": " + sentence);
              }
            },
            () -> NOW);
  }

  private void run(String id, String period, int year, long grams) {
    periods.put(id, new BaseYearRuns.RunPeriod(period, year));
    totals.put(id, grams);
  }

  @Test
  void setsTheBaseYearToTheYearOfItsRunAndRecordsIt() {
    BaseYearOutcome<BaseYear> set = policy.set(TENANT, "base", 0.05, "ana");
    assertThat(set)
        .isEqualTo(
            new BaseYearOutcome.Done<>(new BaseYear(TENANT, 2020, "base", 0.05, "ana", NOW)));
    assertThat(baseYears.get(TENANT).runId()).isEqualTo("base");
    assertThat(history)
        .containsExactly("set by ana: base year 2020 set to run base, threshold 5.00%");
  }

  @Test
  void refusesAThresholdOutsideZeroAndOneAndAnUnknownRun() {
    assertThat(policy.set(TENANT, "base", 0, "ana")).isInstanceOf(BaseYearOutcome.Refused.class);
    assertThat(policy.set(TENANT, "base", 1, "ana")).isInstanceOf(BaseYearOutcome.Refused.class);
    assertThat(policy.set(TENANT, "base", Double.NaN, "ana"))
        .isInstanceOf(BaseYearOutcome.Refused.class);
    assertThat(policy.set(TENANT, "nope", 0.05, "ana"))
        .isEqualTo(new BaseYearOutcome.NotFound<>("calculation run nope"));
    assertThat(baseYears).isEmpty();
    assertThat(history).isEmpty();
  }

  @Test
  void assessesOnlyARunOfTheBaseYearOnceABaseYearIsSet() {
    assertThat(policy.assess(TENANT, "with-c", RecalculationTrigger.STRUCTURAL_CHANGE))
        .isEqualTo(new BaseYearOutcome.NotFound<>("base year (set one first)"));
    policy.set(TENANT, "base", 0.05, "ana");
    assertThat(policy.assess(TENANT, "year-three", RecalculationTrigger.STRUCTURAL_CHANGE))
        .isEqualTo(
            new BaseYearOutcome.Refused<>("run year-three covers FY2022, not the base year 2020"));
    assertThat(policy.assess(TENANT, "nope", RecalculationTrigger.STRUCTURAL_CHANGE))
        .isEqualTo(new BaseYearOutcome.NotFound<>("calculation run nope"));
    BaseYearOutcome<Assessment> a =
        policy.assess(TENANT, "with-c", RecalculationTrigger.STRUCTURAL_CHANGE);
    Assessment done = ((BaseYearOutcome.Done<Assessment>) a).value();
    assertThat(done.baseRunId()).isEqualTo("base");
    assertThat(done.baseGrams()).isEqualTo(50_000_000L);
    assertThat(done.candidateGrams()).isEqualTo(65_000_000L);
    assertThat(done.restatementRequired()).isTrue();
    assertThat(
            ((BaseYearOutcome.Done<Assessment>)
                    policy.assess(TENANT, "with-typo", RecalculationTrigger.DISCOVERED_ERROR))
                .value()
                .restatementRequired())
        .isFalse();
  }

  @Test
  void restatingKeepsTheRestatementMovesTheBaseYearAndRecordsBoth() {
    policy.set(TENANT, "base", 0.05, "ana");
    BaseYearOutcome<Restatement> r =
        policy.restate(
            TENANT, "with-c", RecalculationTrigger.STRUCTURAL_CHANGE, "  facility C bought ", "bo");
    Restatement kept = ((BaseYearOutcome.Done<Restatement>) r).value();
    assertThat(kept.reason()).isEqualTo("facility C bought");
    assertThat(kept.previousRunId()).isEqualTo("base");
    assertThat(kept.newRunId()).isEqualTo("with-c");
    assertThat(kept.previousGrams()).isEqualTo(50_000_000L);
    assertThat(kept.newGrams()).isEqualTo(65_000_000L);
    assertThat(kept.restatedAt()).isEqualTo(NOW);
    assertThat(restatements).containsExactly(kept);
    assertThat(baseYears.get(TENANT))
        .isEqualTo(new BaseYear(TENANT, 2020, "with-c", 0.05, "bo", NOW));
    assertThat(history)
        .containsExactly(
            "set by ana: base year 2020 set to run base, threshold 5.00%",
            "added by bo: restatement of base year 2020 from run base to run with-c",
            "restated by bo: structural-change: facility C bought (30.00%)");
  }

  @Test
  void refusesARestatementWithoutAReasonOrOfAnotherYearAndKeepsNothing() {
    policy.set(TENANT, "base", 0.05, "ana");
    assertThat(policy.restate(TENANT, "with-c", RecalculationTrigger.STRUCTURAL_CHANGE, " ", "bo"))
        .isEqualTo(new BaseYearOutcome.Refused<>("a restatement needs a reason"));
    assertThat(
            policy.restate(
                TENANT, "year-three", RecalculationTrigger.STRUCTURAL_CHANGE, "bought C", "bo"))
        .isInstanceOf(BaseYearOutcome.Refused.class);
    assertThat(restatements).isEmpty();
    assertThat(baseYears.get(TENANT).runId()).isEqualTo("base");
    assertThat(history).hasSize(1);
  }

  @Test
  void triggersParseFromTheirLabels() {
    assertThat(RecalculationTrigger.parse(" methodology-change"))
        .contains(RecalculationTrigger.METHODOLOGY_CHANGE);
    assertThat(RecalculationTrigger.parse("Discovered_Error"))
        .contains(RecalculationTrigger.DISCOVERED_ERROR);
    assertThat(RecalculationTrigger.parse("organic-growth")).isEmpty();
    assertThat(RecalculationTrigger.parse(null)).isEmpty();
  }
}
