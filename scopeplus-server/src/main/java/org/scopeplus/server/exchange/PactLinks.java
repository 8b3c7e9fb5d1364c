package org.scopeplus.server.exchange;

import jakarta.servlet.http.HttpServletRequest;

/** Absolute URLs of this host system as the caller reached it (its {@code Host} header). */
final class PactLinks {

  private PactLinks() {}

  /** {@code https://host[:port]} of the request. */
  static String base(HttpServletRequest request) {
    String host = request.getHeader("Host");
    if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.\\-\\[\\]:]{1,300}")) {
      host = request.getServerName() + ":" + request.getServerPort();
    }
    return "https://" + host + request.getContextPath();
  }
}
