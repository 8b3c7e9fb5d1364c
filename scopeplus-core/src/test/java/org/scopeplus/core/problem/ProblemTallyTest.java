package org.scopeplus.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTallyTest {

  private static Problem at(long row) {
    return new Problem("a.csv", row, "quantity", "quantity is not a number");
  }

  @Test
  void everyProblemIsCountedAndTheFirstThousandAreListedInOrder() {
    ProblemTally tally = new ProblemTally();
    assertThat(tally.isEmpty()).isTrue();
    tally.add(at(1));
    List<Problem> more = new ArrayList<>();
    for (long row = 2; row <= 1500; row++) {
      more.add(at(row));
    }
    tally.addAll(more);
    assertThat(tally.isEmpty()).isFalse();
    assertThat(tally.count()).isEqualTo(1500);
    assertThat(tally.listed()).hasSize(ProblemTally.DEFAULT_LIMIT);
    assertThat(tally.listed().get(0)).isEqualTo(at(1));
    assertThat(tally.listed().get(999)).isEqualTo(at(1000));
  }

  @Test
  void aTallyOfAnotherLimitListsThatMany() {
    ProblemTally tally = new ProblemTally(3);
    for (long row = 1; row <= 10; row++) {
      tally.add(at(row));
    }
    assertThat(tally.listed()).containsExactly(at(1), at(2), at(3));
    assertThat(tally.count()).isEqualTo(10);
  }

  @Test
  void addingATallyKeepsOrderUpToTheLimitAndCountsEveryProblem() {
    ProblemTally first = new ProblemTally(4);
    first.add(at(1));
    first.add(at(2));
    ProblemTally second = new ProblemTally(4);
    for (long row = 3; row <= 9; row++) {
      second.add(at(row));
    }
    first.addAll(second);
    assertThat(first.listed()).containsExactly(at(1), at(2), at(3), at(4));
    assertThat(first.count()).isEqualTo(9);
  }

  @Test
  void theLimitIsTheDefaultUnlessASettingNamesANumberInRange() {
    assertThat(ProblemTally.limitFrom(null)).isEqualTo(ProblemTally.DEFAULT_LIMIT);
    assertThat(ProblemTally.limitFrom(" ")).isEqualTo(ProblemTally.DEFAULT_LIMIT);
    assertThat(ProblemTally.limitFrom("50")).isEqualTo(50);
    assertThat(ProblemTally.limitFrom("100000")).isEqualTo(100_000);
    assertThatThrownBy(() -> ProblemTally.limitFrom("0"))
        .hasMessageContaining(ProblemTally.LIMIT_PROPERTY);
    assertThatThrownBy(() -> ProblemTally.limitFrom("100001"))
        .hasMessageContaining("from 1 to 100000");
    assertThatThrownBy(() -> ProblemTally.limitFrom("many")).hasMessageContaining("'many'");
    assertThatThrownBy(() -> new ProblemTally(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
