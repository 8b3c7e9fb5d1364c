package org.scopeplus.server.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entries of the management pages (targets, renewable share, credits). */
@Configuration(proxyBeanMethods = false)
class ManagementLinks {

  @Bean
  ConsoleLink targetsLink() {
    return ConsoleLink.forEveryone(52, "/targets", "nav.targets");
  }

  @Bean
  ConsoleLink renewableShareLink() {
    return ConsoleLink.forEveryone(54, "/renewable-share", "nav.renewableShare");
  }

  @Bean
  ConsoleLink creditsLink() {
    return ConsoleLink.forEveryone(56, "/credits", "nav.credits");
  }

  @Bean
  ConsoleLink suppliersLink() {
    return ConsoleLink.forEveryone(58, "/suppliers", "nav.suppliers");
  }
}
