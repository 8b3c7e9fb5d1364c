package org.scopeplus.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstAdminFromEnvironmentTest {

  /**
   * The embedded database is held by the running service, so the command the log prints must go
   * through the service ({@code --server} with its port and the setup token), the way the README's
   * first-run lines do.
   */
  @Test
  void theHintGoesThroughTheRunningServiceOnItsPort() {
    String hint = FirstAdminFromEnvironment.firstAdminHint(8123);

    assertThat(hint)
        .contains(
            "SCOPEPLUS_SETUP_TOKEN=TOKEN scopeplus user add --server http://localhost:8123"
                + " --tenant NAME --username NAME")
        .contains("SCOPEPLUS_ADMIN_USER");
  }
}
