package org.scopeplus.server.setup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The setup endpoints take no login (there is no user yet): the setup token in the body is their
 * credential. Self-service sign-up ({@code /api/v1/signup}) takes none either. This chain covers
 * those two only and comes before the API's own.
 */
@Configuration(proxyBeanMethods = false)
class SetupSecurity {

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain setupFilterChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/api/v1/setup", "/api/v1/setup/**", "/api/v1/signup")
        .csrf(c -> c.disable())
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .logout(l -> l.disable())
        .requestCache(r -> r.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(a -> a.anyRequest().permitAll());
    return http.build();
  }
}
