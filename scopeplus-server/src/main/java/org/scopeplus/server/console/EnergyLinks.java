package org.scopeplus.server.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entry of the SME energy pages. */
@Configuration(proxyBeanMethods = false)
class EnergyLinks {

  @Bean
  ConsoleLink energyLink() {
    return ConsoleLink.forEveryone(56, "/energy", "nav.energy");
  }
}
