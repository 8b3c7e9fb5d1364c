package org.scopeplus.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scopeplus.core.problem.ProblemTally;

/**
 * The broken entries follow the rule of every problem list: the first thousand in full, in the
 * order found, and every one counted; the message names the first and says how many there are.
 */
class BrokenEntriesTest {

  @Test
  void theFirstThousandAreListedAndEveryOneCounted() {
    BrokenEntries broken = new BrokenEntries();
    for (int i = 1; i <= ProblemTally.configuredLimit() + 5; i++) {
      broken.add(i, "entry " + i + " is wrong");
    }
    ChainVerification v = broken.verification("t", 2000);
    assertThat(v.intact()).isFalse();
    assertThat(v.entries()).isEqualTo(2000);
    assertThat(v.brokenCount()).isEqualTo(1005);
    assertThat(v.broken()).hasSize(1000);
    assertThat(v.broken().get(999).seq()).isEqualTo(1000);
    assertThat(v.brokenAt()).isEqualTo(1);
    assertThat(v.message())
        .isEqualTo("1005 problems found, every one listed; the first: entry 1 is wrong");
  }

  @Test
  void oneProblemIsItsOwnSentenceAndNoneIsIntact() {
    BrokenEntries one = new BrokenEntries();
    one.add(7, "entry 7 (x) does not match its hash");
    ChainVerification v = one.verification("t", 9);
    assertThat(v.message()).isEqualTo("entry 7 (x) does not match its hash");
    assertThat(v.brokenAt()).isEqualTo(7);
    assertThat(v.brokenCount()).isEqualTo(1);

    ChainVerification none = new BrokenEntries().verification("t", 9);
    assertThat(none.intact()).isTrue();
    assertThat(none.brokenAt()).isZero();
    assertThat(none.broken()).isEmpty();
    assertThat(none.message()).isEqualTo("the audit chain is intact (9 entries)");
  }
}
