package org.scopeplus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command that prints a table or JSON refuses any other {@code --format} in the same way,
 * before it reads anything: exit 2 and a sentence naming the option, the value given and the two it
 * takes. ({@code credits claim} printed a table for {@code --format xml} before the option had a
 * type.)
 */
class TableOrJsonTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "city ets",
        "city targets",
        "city inventory",
        "energy suggest",
        "targets progress",
        "instruments share",
        "indicators",
        "credits claim",
        "suppliers engagement",
        "ecosystem totals"
      })
  void anyOtherFormatIsRefusedByTheOption(String command) {
    String[] words = command.split(" ");
    String[] args = new String[words.length + 2];
    System.arraycopy(words, 0, args, 0, words.length);
    args[words.length] = "--format";
    args[words.length + 1] = "xml";
    CommandRun run = CommandRun.of(args);
    assertThat(run.exit()).as(command).isEqualTo(2);
    assertThat(run.err())
        .as(command)
        .contains("--format")
        .contains("'xml'")
        .contains("table, json");
  }

  @ParameterizedTest
  @ValueSource(strings = {"JSON", "Table"})
  void theValuesAreTakenInAnyCase(String value) {
    CommandRun run = CommandRun.of("indicators", "--demo", "--format", value);
    assertThat(run.exit()).as(run.err()).isZero();
    if (value.equalsIgnoreCase("json")) {
      assertThat(run.out().strip()).startsWith("{");
    } else {
      assertThat(run.out().strip()).doesNotStartWith("{").contains("PUE");
    }
  }
}
