package io.tillid.customers.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The customers module's settings. {@code beneficialOwnerThreshold}: a person owning or controlling
 * MORE than this fraction of a company is its beneficial owner (0.25 under the EU AML directives
 * and the Danish AML Act § 2, nr. 9).
 */
@Validated
@ConfigurationProperties("tillid.customers")
record CustomersProperties(
    @DefaultValue("0.25") @DecimalMin("0.01") @DecimalMax("0.99") double beneficialOwnerThreshold) {}
