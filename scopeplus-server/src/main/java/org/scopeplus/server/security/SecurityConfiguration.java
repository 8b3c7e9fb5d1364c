package org.scopeplus.server.security;

import java.time.Clock;
import org.scopeplus.store.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Stateless security: every API request carries its credentials; health, metrics and the OpenAPI
 * document are open; everything else needs a caller. 401 and 403 are RFC 9457 problems.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

  @Bean
  LoginThrottle loginThrottle() {
    return new LoginThrottle(Clock.systemUTC());
  }

  /**
   * Users are looked up by the credentials filter; this bean only keeps Spring Boot from making an
   * in-memory user with a generated password (and printing it).
   */
  @Bean
  UserDetailsService noFrameworkUsers() {
    return username -> {
      throw new UsernameNotFoundException("users are authenticated by the credentials filter");
    };
  }

  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http, Database database, LoginThrottle throttle)
      throws Exception {
    http.csrf(c -> c.disable())
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .logout(l -> l.disable())
        .requestCache(r -> r.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterBefore(
            new CredentialsFilter(database, throttle, new VerifiedCredentials(Clock.systemUTC())),
            AnonymousAuthenticationFilter.class)
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (request, response, ex) ->
                            ProblemWriter.write(
                                response,
                                401,
                                "Unauthorized",
                                "log in with Basic authentication or an API token (Bearer)",
                                request.getRequestURI()))
                    .accessDeniedHandler(
                        (request, response, ex) ->
                            ProblemWriter.write(
                                response,
                                403,
                                "Forbidden",
                                "your role does not allow this",
                                request.getRequestURI())))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/actuator/health",
                        "/actuator/health/**",
                        "/actuator/prometheus",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/swagger-ui.html",
                        "/swagger-ui/**",
                        "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated());
    return http.build();
  }
}
