package org.scopeplus.cli.inventory;

/** How a command prints its result. */
public enum OutputFormat {
  TABLE,
  JSON,
  CSV
}
