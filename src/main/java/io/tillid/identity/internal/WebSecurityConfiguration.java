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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Four filter chains: the management endpoints (loopback only, no authentication), the OAuth
 * authorization server's endpoints (client credentials only), the API (stateless, API keys or access
 * tokens verified locally, problem+json on refusal) and the web UI (form sign-in).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSecurity
class WebSecurityConfiguration {

  static final String[] OAUTH_ENDPOINTS = {"/oauth2/token", "/oauth2/jwks", "/oauth2/revoke", "/oauth2/introspect"};

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

  /**
   * The authorization server: {@code /oauth2/token} (client credentials only, client secret by
   * HTTP Basic or form), {@code /oauth2/jwks}, {@code /oauth2/revoke}, {@code /oauth2/introspect}.
   * No other grant or endpoint is offered; errors are RFC 6749 JSON.
   */
  @Bean
  @Order(2)
  SecurityFilterChain authorizationServerChain(HttpSecurity http, PasswordEncoder secrets, OAuthAudit audit,
      AccessTokenRepository tokens) throws Exception {
    WebSecurityBasics.apply(http);
    ClientAuthenticationFailure failure = new ClientAuthenticationFailure(audit, secrets);
    http.securityMatcher(OAUTH_ENDPOINTS)
        .oauth2AuthorizationServer(server -> server
            .clientAuthentication(client -> client
                .authenticationProviders(providers -> {
                  providers.removeIf(provider -> !(provider instanceof ClientSecretAuthenticationProvider));
                  providers.forEach(provider -> ((ClientSecretAuthenticationProvider) provider).setPasswordEncoder(secrets));
                })
                .errorResponseHandler(failure))
            .tokenEndpoint(token -> token
                .accessTokenRequestConverters(converters -> {
                  converters.clear();
                  converters.add(new ClientCredentialsRequest());
                })
                .authenticationProviders(providers ->
                    providers.removeIf(provider -> !(provider instanceof OAuth2ClientCredentialsAuthenticationProvider)))
                .accessTokenResponseHandler(new TokenIssued(audit)))
            .tokenRevocationEndpoint(revocation -> revocation.revocationResponseHandler(new TokenRevoked(audit, tokens))))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/oauth2/jwks").permitAll()
            .anyRequest().authenticated())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .csrf(WebSecurityConfiguration::noCookiesNoCsrf)
        .exceptionHandling(errors -> errors.authenticationEntryPoint(
            (request, response, denied) -> failure.onAuthenticationFailure(request, response,
                new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT))));
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain apiChain(HttpSecurity http, JwtDecoder accessTokens, AccessTokenCheck check, ApiKeyCheck keys,
      RateLimits limits) throws Exception {
    WebSecurityBasics.apply(http);
    BearerProblems problems = new BearerProblems();
    // API keys (X-API-Key) authenticate before access tokens are looked at
    http.addFilterBefore(new ApiKeyFilter(keys, limits), BearerTokenAuthenticationFilter.class);
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/api/openapi.json", "/api/docs").permitAll()
            .anyRequest().authenticated())
        .oauth2ResourceServer(resource -> resource
            .jwt(jwt -> jwt.decoder(accessTokens).jwtAuthenticationConverter(check))
            .authenticationEntryPoint(problems))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .csrf(WebSecurityConfiguration::noCookiesNoCsrf)
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(problems)
            .accessDeniedHandler((request, response, denied) ->
                Problems.write(request, response, 403, "This action is not permitted.")));
    return http.build();
  }

  @SuppressFBWarnings(value = "SPRING_CSRF_PROTECTION_DISABLED", justification = "Only for the chains "
      + "that never read cookies or sessions: the API (Authorization or X-API-Key headers), the OAuth "
      + "endpoints (client credentials in the Authorization header or the form) and the "
      + "loopback-only, read-only management endpoints. CSRF needs ambient credentials to exist.")
  private static void noCookiesNoCsrf(CsrfConfigurer<HttpSecurity> csrf) {
    csrf.disable();
  }

  @Bean
  @Order(4)
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
