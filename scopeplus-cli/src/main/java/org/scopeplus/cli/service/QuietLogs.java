package org.scopeplus.cli.service;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the libraries' start-up chatter (connection pool, migrations) off the output of the short
 * service commands, so their output is only their answer; errors still show.
 */
public final class QuietLogs {

  private QuietLogs() {}

  public static void apply() {
    if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
      root.setLevel(Level.ERROR);
    }
  }
}
