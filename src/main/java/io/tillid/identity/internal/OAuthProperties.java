package io.tillid.identity.internal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * OAuth 2.0 access tokens: how long one is valid (1 minute to 1 hour), and how often a new signing
 * key takes over (1 hour to 365 days; the previous key stays published until every token it signed
 * has expired); for third-party applications, how long an authorization code (single use) and a
 * refresh token (rotated at each use) are valid.
 */
@Validated
@ConfigurationProperties("tillid.oauth")
record OAuthProperties(
    @DefaultValue("10m") @NotNull Duration accessTokenLifetime,
    @DefaultValue("30d") @NotNull Duration signingKeyRotation,
    @DefaultValue("1m") @NotNull Duration authorizationCodeLifetime,
    @DefaultValue("30d") @NotNull Duration refreshTokenLifetime) {

  @AssertTrue(message = "tillid.oauth.authorization-code-lifetime must be between 10 seconds and 10 minutes")
  boolean isAuthorizationCodeLifetimeInRange() {
    return within(authorizationCodeLifetime, Duration.ofSeconds(10), Duration.ofMinutes(10));
  }

  @AssertTrue(message = "tillid.oauth.refresh-token-lifetime must be between 1 hour and 365 days")
  boolean isRefreshTokenLifetimeInRange() {
    return within(refreshTokenLifetime, Duration.ofHours(1), Duration.ofDays(365));
  }


  @AssertTrue(message = "tillid.oauth.access-token-lifetime must be between 1 minute and 1 hour")
  boolean isAccessTokenLifetimeInRange() {
    return within(accessTokenLifetime, Duration.ofMinutes(1), Duration.ofHours(1));
  }

  @AssertTrue(message = "tillid.oauth.signing-key-rotation must be between 1 hour and 365 days")
  boolean isSigningKeyRotationInRange() {
    return within(signingKeyRotation, Duration.ofHours(1), Duration.ofDays(365));
  }

  private static boolean within(Duration value, Duration min, Duration max) {
    return value != null && value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
  }
}
