package io.tillid.identity.internal;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * API rate limits ({@code tillid.api.rate-limit.*}): requests per minute per API key or client
 * ({@code per-principal}) and per client address within a tenant ({@code per-address}), the
 * defaults for tenants without limits of their own; requests per minute per address at
 * {@code /oauth2/token} ({@code token-per-address}); failed API keys per address
 * ({@code failed-keys-per-address}) within {@code failed-keys-window}.
 */
@Validated
@ConfigurationProperties("tillid.api.rate-limit")
record RateLimitProperties(
    @DefaultValue("600") @Min(1) int perPrincipal,
    @DefaultValue("1200") @Min(1) int perAddress,
    @DefaultValue("60") @Min(1) int tokenPerAddress,
    @DefaultValue("20") @Min(1) int failedKeysPerAddress,
    @DefaultValue("10m") Duration failedKeysWindow) {}
