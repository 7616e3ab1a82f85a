package io.tillid.platform;

import io.tillid.platform.web.PrincipalRecorder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestFilter;

/**
 * What every security filter chain of Tillid applies: strict headers and the recording of the
 * principal for request logs.
 */
public final class WebSecurityBasics {

  /** No inline script or style anywhere; nothing may frame us. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
      + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  public static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), "
      + "gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

  private WebSecurityBasics() {}

  public static HttpSecurity apply(HttpSecurity http) {
    http.headers(headers -> headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .frameOptions(frame -> frame.deny())
        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(63_072_000))
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"))
        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Resource-Policy", "same-origin")));
    http.addFilterAfter(new PrincipalRecorder(), SecurityContextHolderAwareRequestFilter.class);
    return http;
  }
}
