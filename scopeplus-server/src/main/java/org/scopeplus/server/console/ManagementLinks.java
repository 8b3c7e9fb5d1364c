package org.scopeplus.server.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The navigation entries of the management pages (targets, operational indicators, renewable share,
 * instruments, hourly matching, credits, suppliers).
 */
@Configuration(proxyBeanMethods = false)
class ManagementLinks {

  @Bean
  ConsoleLink targetsLink() {
    return ConsoleLink.forEveryone(52, "/targets", "nav.targets");
  }

  @Bean
  ConsoleLink indicatorsLink() {
    return ConsoleLink.forEveryone(53, "/indicators", "nav.indicators");
  }

  @Bean
  ConsoleLink instrumentsLink() {
    return ConsoleLink.forEveryone(55, "/instruments", "nav.instruments");
  }

  @Bean
  ConsoleLink hourlyMatchingLink() {
    return ConsoleLink.forEveryone(55, "/hourly-matching", "nav.hourlyMatching");
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
