package org.scopeplus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command list of `scopeplus --help` shows each command's first description line alone. */
class CommandHelpTest {

  @Test
  void everyCommandsFirstDescriptionLineIsAWholeSentence() {
    List<String> cut = new ArrayList<>();
    List<CommandLine> pending = new ArrayList<>(List.of(ScopePlusCommand.commandLine()));
    int seen = 0;
    while (!pending.isEmpty()) {
      CommandLine c = pending.remove(pending.size() - 1);
      pending.addAll(c.getSubcommands().values());
      String[] description = c.getCommandSpec().usageMessage().description();
      if (c.getCommandSpec().name().equals("help") || description.length == 0) {
        continue;
      }
      seen++;
      String first = description[0].strip();
      if (!first.endsWith(".")) {
        cut.add(c.getCommandSpec().qualifiedName() + ": " + first);
      }
    }
    assertThat(seen).as("commands with a description").isGreaterThan(15);
    assertThat(cut).isEmpty();
  }
}
