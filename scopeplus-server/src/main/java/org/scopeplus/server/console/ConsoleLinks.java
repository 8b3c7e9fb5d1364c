package org.scopeplus.server.console;

import org.scopeplus.server.security.Caller;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entries of the console's own pages. */
@Configuration(proxyBeanMethods = false)
class ConsoleLinks {

  @Bean
  ConsoleLink overviewLink() {
    return ConsoleLink.forEveryone(10, "/overview", "nav.overview");
  }

  @Bean
  ConsoleLink explorerLink() {
    return ConsoleLink.forEveryone(20, "/explorer", "nav.explorer");
  }

  @Bean
  ConsoleLink importsLink() {
    return ConsoleLink.forEveryone(30, "/imports", "nav.imports");
  }

  @Bean
  ConsoleLink runsLink() {
    return ConsoleLink.forEveryone(40, "/runs", "nav.runs");
  }

  @Bean
  ConsoleLink baseYearLink() {
    return ConsoleLink.forEveryone(50, "/base-year", "nav.baseYear");
  }

  @Bean
  ConsoleLink scope3plusLink() {
    return ConsoleLink.forEveryone(60, "/scope3plus", "nav.scope3plus");
  }

  @Bean
  ConsoleLink accountLink() {
    return new ConsoleLink(70, "/scope3plus/account", "nav.account", Caller::readsTraces);
  }

  @Bean
  ConsoleLink verifierLink() {
    return new ConsoleLink(80, "/verifier", "nav.verifier", Caller::readsTraces);
  }

  @Bean
  ConsoleLink adminLink() {
    return new ConsoleLink(90, "/admin", "nav.admin", Caller::administers);
  }
}
