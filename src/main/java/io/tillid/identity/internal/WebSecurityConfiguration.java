package io.tillid.identity.internal;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.platform.WebSecurityBasics;
import io.tillid.platform.web.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Three filter chains: the management endpoints (loopback only, no authentication), the API
 * (stateless, problem+json on refusal) and the web UI (form sign-in).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSecurity
class WebSecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain managementChain(HttpSecurity http) throws Exception {
    http.securityMatcher(EndpointRequest.toAnyEndpoint())
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .securityContext(context -> context.disable())
        .csrf(WebSecurityConfiguration::noCookiesNoCsrf);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
    WebSecurityBasics.apply(http);
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/api/openapi.json").permitAll()
            .anyRequest().authenticated())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .csrf(WebSecurityConfiguration::noCookiesNoCsrf)
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint((request, response, denied) -> {
              response.setHeader("WWW-Authenticate", "Bearer");
              Problems.write(request, response, 401, "Authentication is required.");
            })
            .accessDeniedHandler((request, response, denied) ->
                Problems.write(request, response, 403, "This action is not permitted.")));
    return http.build();
  }

  @SuppressFBWarnings(value = "SPRING_CSRF_PROTECTION_DISABLED", justification = "Only for the chains "
      + "that never read cookies or sessions: the API (Authorization or X-API-Key headers) and the "
      + "loopback-only, read-only management endpoints. CSRF needs ambient credentials to exist.")
  private static void noCookiesNoCsrf(CsrfConfigurer<HttpSecurity> csrf) {
    csrf.disable();
  }

  @Bean
  @Order(3)
  SecurityFilterChain webChain(HttpSecurity http) throws Exception {
    WebSecurityBasics.apply(http);
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error",
                "/dev/mailbox").permitAll()
            .requestMatchers("/password/forgot", "/password/reset/*", "/password/strength", "/invitation/*").permitAll()
            .requestMatchers("/mfa", "/mfa/totp", "/mfa/recovery", "/mfa/passkey")
                .hasAuthority(SignInStage.SECOND_FACTOR)
            .requestMatchers("/mfa/enrol").hasAnyAuthority(SignInStage.ENROL, SignInStage.COMPLETE)
            .anyRequest().hasAuthority(SignInStage.COMPLETE))
        .exceptionHandling(errors -> errors.accessDeniedHandler(new PendingSignInRedirect()))
        .webAuthn(passkeys -> passkeys.disableDefaultRegistrationPage(true))
        .formLogin(form -> form
            .loginPage("/login")
            .usernameParameter("email")
            .passwordParameter("password")
            .authenticationDetailsSource(SignInDetails::new)
            .defaultSuccessUrl("/", true)
            .failureUrl("/login?error"))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"));
    // Passkeys are a second factor only: the passwordless /login/webauthn knows no one.
    http.setSharedObject(UserDetailsService.class, PasskeysNeverSignInAlone::refuse);
    return http.build();
  }
}
