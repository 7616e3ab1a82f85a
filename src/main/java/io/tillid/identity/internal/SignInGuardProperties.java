package io.tillid.identity.internal;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Per-address throttling: once an address has {@code addressFailureLimit} failed sign-ins within
 * the sliding {@code addressWindow}, every sign-in from it is refused until the window holds fewer.
 */
@Validated
@ConfigurationProperties("tillid.sign-in")
record SignInGuardProperties(
    @DefaultValue("20") @Min(1) int addressFailureLimit,
    @DefaultValue("10m") Duration addressWindow) {}
