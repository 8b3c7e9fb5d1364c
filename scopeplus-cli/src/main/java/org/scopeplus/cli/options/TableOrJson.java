package org.scopeplus.cli.options;

/**
 * The two outputs of the commands that print a table for people or JSON for programs. Declared as
 * the type of their {@code --format} option, so that picocli refuses any other value (exit 2,
 * naming the option and the values it takes) before a command runs, in every command alike.
 */
public enum TableOrJson {
  table,
  json
}
