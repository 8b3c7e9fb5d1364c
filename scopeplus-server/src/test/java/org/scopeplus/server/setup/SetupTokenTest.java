package org.scopeplus.server.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The setup token is accepted once: another token runs nothing, a refused attempt (a weak password)
 * keeps it, and the attempt that makes the admin spends it.
 */
class SetupTokenTest {

  private final SetupToken token = new SetupToken(null, 8080, "");

  @Test
  void noTokenIsPendingBeforeOneIsMade() {
    assertThat(token.pending()).isFalse();
    assertThat(token.useOnce("anything", () -> "ran", r -> true)).isEmpty();
  }

  @Test
  void anotherTokenRunsNothing() {
    String made = token.make();
    assertThat(made).hasSize(43);
    Optional<String> ran = token.useOnce(made.substring(1) + "x", () -> "ran", r -> true);
    assertThat(ran).isEmpty();
    assertThat(token.useOnce(null, () -> "ran", r -> true)).isEmpty();
    assertThat(token.pending()).isTrue();
  }

  @Test
  void aRefusedAttemptKeepsTheTokenAndTheAdminSpendsIt() {
    String made = token.make();
    assertThat(token.useOnce(made, () -> "refused", r -> r.equals("added"))).contains("refused");
    assertThat(token.pending()).isTrue();
    assertThat(token.useOnce(" " + made + "\n", () -> "added", r -> r.equals("added")))
        .contains("added");
    assertThat(token.pending()).isFalse();
    assertThat(token.useOnce(made, () -> "added again", r -> true)).isEmpty();
  }

  @Test
  void eachStartMakesADifferentToken() {
    assertThat(token.make()).isNotEqualTo(token.make());
  }
}
