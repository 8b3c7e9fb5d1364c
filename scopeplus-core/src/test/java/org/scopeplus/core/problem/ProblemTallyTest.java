package org.scopeplus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.problem.Problem;

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
    assertThat(tally.listed()).hasSize(ProblemTally.LISTED);
    assertThat(tally.listed().get(0)).isEqualTo(at(1));
    assertThat(tally.listed().get(999)).isEqualTo(at(1000));
  }
}
