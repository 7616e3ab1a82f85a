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
import io.tillid.platform.PermissionChecker;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationConsentAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2RefreshTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.PublicClientAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AuthorizationCodeAuthenticationConverter;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2RefreshTokenAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Four filter chains: the management endpoints (loopback only, no authentication), the OAuth
 * authorization server's endpoints, the API (stateless, API keys or access tokens verified locally,
 * problem+json on refusal) and the web UI (form sign-in).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSecurity
class WebSecurityConfiguration {

  static final String AUTHORIZE = "/oauth2/authorize";
  static final String[] OAUTH_ENDPOINTS = {"/oauth2/token", "/oauth2/jwks", "/oauth2/revoke", "/oauth2/introspect",
      AUTHORIZE};

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
   * The authorization server: {@code /oauth2/token} (client credentials for services; authorization
   * code with PKCE and refresh tokens for third-party applications; a secret by HTTP Basic or form,
   * or none for a public application, whose PKCE verifier is its proof), {@code /oauth2/authorize}
   * (a user of the application's tenant, completely signed in on the web, consents on
   * {@link ConsentController#PATH}), {@code /oauth2/jwks}, {@code /oauth2/revoke},
   * {@code /oauth2/introspect}. No other grant or endpoint is offered; errors are RFC 6749 JSON.
   * Only {@code /oauth2/authorize} reads the web session (and remembers itself across sign-in).
   */
  @Bean
  @Order(2)
  SecurityFilterChain authorizationServerChain(HttpSecurity http, PasswordEncoder secrets, OAuthAudit audit,
      AccessTokenRepository tokens, PermissionChecker permissions, RegisteredClientRepository clients)
      throws Exception {
    WebSecurityBasics.apply(http);
    ClientAuthenticationFailure failure = new ClientAuthenticationFailure(audit, secrets);
    AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
    RequestMatcher authorize = PathPatternRequestMatcher.withDefaults().matcher(AUTHORIZE);
    HttpSessionRequestCache resumeAfterSignIn = new HttpSessionRequestCache();
    resumeAfterSignIn.setRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, AUTHORIZE));
    http.securityMatcher(OAUTH_ENDPOINTS)
        .oauth2AuthorizationServer(server -> server
            .clientAuthentication(client -> client
                .authenticationProviders(providers -> {
                  providers.removeIf(provider -> !(provider instanceof ClientSecretAuthenticationProvider
                      || provider instanceof PublicClientAuthenticationProvider));
                  providers.stream().filter(ClientSecretAuthenticationProvider.class::isInstance)
                      .forEach(provider -> ((ClientSecretAuthenticationProvider) provider).setPasswordEncoder(secrets));
                })
                .errorResponseHandler(failure))
            .authorizationEndpoint(endpoint -> endpoint
                .consentPage(ConsentController.PATH)
                .authorizationRequestConverters(converters -> converters.replaceAll(
                    converter -> new CompleteSignInOnly(converter, permissions)))
                .authenticationProviders(providers -> providers.forEach(provider -> {
                  if (provider instanceof OAuth2AuthorizationCodeRequestAuthenticationProvider request) {
                    request.setAuthenticationValidator(new AuthorizationRequestCheck());
                  } else if (provider instanceof OAuth2AuthorizationConsentAuthenticationProvider consent) {
                    consent.setAuthorizationConsentCustomizer(new ConsentWithinRights(permissions));
                  }
                })))
            .tokenEndpoint(token -> token
                .accessTokenRequestConverters(converters -> {
                  converters.clear();
                  converters.add(new ClientCredentialsRequest());
                  converters.add(new OAuth2AuthorizationCodeAuthenticationConverter());
                  converters.add(new OAuth2RefreshTokenAuthenticationConverter());
                })
                .authenticationProviders(providers ->
                    providers.removeIf(provider -> !(provider instanceof OAuth2ClientCredentialsAuthenticationProvider
                        || provider instanceof OAuth2AuthorizationCodeAuthenticationProvider
                        || provider instanceof OAuth2RefreshTokenAuthenticationProvider)))
                .accessTokenResponseHandler(new TokenIssued(audit))
                .errorResponseHandler(new TokenRefused(audit, clients)))
            .tokenRevocationEndpoint(revocation -> revocation.revocationResponseHandler(new TokenRevoked(audit, tokens))))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/oauth2/jwks").permitAll()
            .requestMatchers(AUTHORIZE).hasAuthority(SignInStage.COMPLETE)
            .anyRequest().authenticated())
        .requestCache(cache -> cache.requestCache(resumeAfterSignIn))
        .csrf(WebSecurityConfiguration::noCookiesNoCsrf)
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint((request, response, denied) -> {
              if (authorize.matches(request)) {
                signIn.commence(request, response, denied);
              } else {
                failure.onAuthenticationFailure(request, response,
                    new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT));
              }
            })
            .accessDeniedHandler(new PendingSignInRedirect()));
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain apiChain(HttpSecurity http, JwtDecoder accessTokens, AccessTokenCheck check, ApiKeyCheck keys,
      RateLimits limits, OAuthAudit audit) throws Exception {
    WebSecurityBasics.apply(http);
    BearerProblems problems = new BearerProblems(audit);
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
      + "loopback-only, read-only management endpoints. CSRF needs ambient credentials to exist. The "
      + "one exception, /oauth2/authorize, is protected as OAuth prescribes: a consent counts only "
      + "with the unguessable, single-use state the server gave the same signed-in user's consent page, "
      + "and its outcome goes only to the application's registered redirect URI.")
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
            // always "/", which resumes an application's authorization request that awaited the
            // sign-in (HomeController); Spring's defaultSuccessUrl(.., true) would forget that request
            .successHandler(new SimpleUrlAuthenticationSuccessHandler("/"))
            .failureUrl("/login?error"))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"));
    // Passkeys are a second factor only: the passwordless /login/webauthn knows no one.
    http.setSharedObject(UserDetailsService.class, PasskeysNeverSignInAlone::refuse);
    return http.build();
  }
}
