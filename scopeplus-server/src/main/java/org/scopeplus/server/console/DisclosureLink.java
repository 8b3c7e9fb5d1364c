package org.scopeplus.server.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entry of the disclosure page, after the runs. */
@Configuration(proxyBeanMethods = false)
class DisclosureLink {

  @Bean
  ConsoleLink disclosureNavigation() {
    return ConsoleLink.forEveryone(45, "/disclosure", "nav.disclosure");
  }
}
