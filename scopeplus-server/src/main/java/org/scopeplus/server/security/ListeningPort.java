package org.scopeplus.server.security;

import org.springframework.core.env.Environment;

/**
 * The port the service listens on, for the lines the log prints: the one it was handed once the web
 * server has started ({@code local.server.port}, which differs from {@code server.port} when that
 * is 0, a random free port), else the one it was given, else 8080.
 */
public final class ListeningPort {

  private ListeningPort() {}

  /** The port, read when runners run (the web server has started by then). */
  public static int of(Environment environment) {
    return environment.getProperty(
        "local.server.port",
        Integer.class,
        environment.getProperty("server.port", Integer.class, 8080));
  }
}
