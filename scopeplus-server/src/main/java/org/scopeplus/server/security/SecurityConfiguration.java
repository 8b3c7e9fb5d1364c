package org.scopeplus.server.security;

import java.time.Clock;
import org.scopeplus.store.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two ways in. The API ({@code /api/**}, with health, metrics and the OpenAPI document open) is
 * stateless: every request carries its credentials, and 401 and 403 are RFC 9457 problems, a 401
 * with a {@code WWW-Authenticate} challenge. Every other path is the web console: a login form, a
 * session, CSRF tokens on every change, logout; a browser without a session is sent to the login
 * page. Both check a password the same way ({@link CheckingPassword}) and carry the same {@link
 * Caller}, so the role rules are the same.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

  /** The paths of the stateless API and of what is open beside it. */
  static final String[] API_PATHS = {
    "/api/**",
    "/actuator/**",
    "/v3/api-docs",
    "/v3/api-docs/**",
    "/v3/api-docs.yaml",
    "/swagger-ui.html",
    "/swagger-ui/**"
  };

  /**
   * What a console page may load: only what the application serves itself (the product works on a
   * closed network), no inline script.
   */
  static final String CONSOLE_CONTENT_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  @Bean
  LoginThrottle loginThrottle() {
    return new LoginThrottle(Clock.systemUTC());
  }

  @Bean
  CheckingPassword checkingPassword(Database database, LoginThrottle throttle) {
    return new CheckingPassword(database, throttle, new VerifiedCredentials(Clock.systemUTC()));
  }

  /**
   * Users are looked up by the credentials filter and the console login; this bean only keeps
   * Spring Boot from making an in-memory user with a generated password (and printing it).
   */
  @Bean
  UserDetailsService noFrameworkUsers() {
    return username -> {
      throw new UsernameNotFoundException("users are authenticated by ScopePlus's own check");
    };
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, Database database, CheckingPassword passwords)
      throws Exception {
    http.securityMatcher(API_PATHS)
        .csrf(c -> c.disable())
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .logout(l -> l.disable())
        .requestCache(r -> r.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterBefore(
            new CredentialsFilter(database, passwords), AnonymousAuthenticationFilter.class)
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
                        "/v3/api-docs.yaml",
                        "/swagger-ui.html",
                        "/swagger-ui/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain consoleSecurity(
      HttpSecurity http, Database database, CheckingPassword passwords) throws Exception {
    http.authenticationManager(new ProviderManager(new ConsoleLogin(passwords)))
        .httpBasic(b -> b.disable())
        .formLogin(
            f ->
                f.loginPage("/login")
                    .loginProcessingUrl("/login")
                    .defaultSuccessUrl("/overview")
                    .failureHandler(
                        (request, response, ex) ->
                            response.sendRedirect(
                                request.getContextPath()
                                    + (ex instanceof ConsoleLogin.Throttled
                                        ? "/login?throttled"
                                        : "/login?error")))
                    .permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
        .addFilterBefore(new ConsoleSession(database), AnonymousAuthenticationFilter.class)
        .headers(
            h ->
                h.contentSecurityPolicy(p -> p.policyDirectives(CONSOLE_CONTENT_POLICY))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/login",
                        "/signup",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/error",
                        "/public/city/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated());
    return http.build();
  }
}
