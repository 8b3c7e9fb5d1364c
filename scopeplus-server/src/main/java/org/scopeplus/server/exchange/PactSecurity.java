package org.scopeplus.server.exchange;

import org.scopeplus.store.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The PACT paths have their own way in: OAuth 2.0 client credentials at {@code /auth/token}, bearer
 * access tokens on {@code /3/}, HTTPS only ({@link PactGate}). They hold no session and no CSRF
 * token (machine clients), and the users' logins of the rest of the service do not open them.
 */
@Configuration(proxyBeanMethods = false)
class PactSecurity {

  static final String[] PATHS = {"/3/**", "/auth/token", "/.well-known/openid-configuration"};

  @Bean
  @Order(0)
  SecurityFilterChain pactFilterChain(HttpSecurity http, Database database, PactHttps https)
      throws Exception {
    http.securityMatcher(PATHS)
        .csrf(c -> c.disable())
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .logout(l -> l.disable())
        .requestCache(r -> r.disable())
        .anonymous(a -> a.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterBefore(new PactGate(database, https), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(a -> a.anyRequest().permitAll());
    return http.build();
  }
}
