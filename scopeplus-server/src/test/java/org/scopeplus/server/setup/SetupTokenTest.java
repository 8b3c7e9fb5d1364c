package org.scopeplus.server.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scopeplus.server.security.ListeningPort;
import org.springframework.mock.env.MockEnvironment;

/**
 * The setup token is accepted once: another token runs nothing, a refused attempt (a weak password)
 * keeps it, and the attempt that makes the admin spends it.
 */
class SetupTokenTest {

  private final SetupToken token = new SetupToken(null, new MockEnvironment(), "");

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

  /**
   * Started with {@code server.port=0} the service listens on a port it is handed: the command the
   * log prints must name that port, not 0.
   */
  @Test
  void theLogLineNamesThePortTheServiceWasHanded() {
    MockEnvironment started =
        new MockEnvironment()
            .withProperty("server.port", "0")
            .withProperty("local.server.port", "54321");

    String line = SetupToken.logLine("TOKEN", ListeningPort.of(started));

    assertThat(line)
        .contains("SCOPEPLUS_SETUP_TOKEN=TOKEN scopeplus user add --server http://localhost:54321 ")
        .doesNotContain("localhost:0");
  }

  @Test
  void aFixedPortIsNamedAsGivenAnd8080WhenNoneIsGiven() {
    assertThat(ListeningPort.of(new MockEnvironment().withProperty("server.port", "9090")))
        .isEqualTo(9090);
    assertThat(ListeningPort.of(new MockEnvironment())).isEqualTo(8080);
  }
}
