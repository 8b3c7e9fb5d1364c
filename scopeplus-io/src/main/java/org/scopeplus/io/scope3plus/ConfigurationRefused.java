package org.scopeplus.io.scope3plus;

import java.util.List;

/**
 * A methodology configuration that cannot be used: each problem is a sentence naming the row, the
 * field or the parameter and its value. Nothing of a refused configuration is used.
 */
public final class ConfigurationRefused extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ConfigurationRefused(List<String> problems) {
    super(
        "the methodology configuration was refused ("
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + "): "
            + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** The problems, one sentence each. */
  public List<String> problems() {
    return problems;
  }
}
