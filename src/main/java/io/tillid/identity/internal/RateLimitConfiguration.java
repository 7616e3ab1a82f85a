package io.tillid.identity.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the rate limits apply: the token endpoint before Spring Security (order -100) sees the
 * request, the API after it (the principal is known) and before idempotency (order -90), so that a
 * refused request leaves no idempotency record.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

  @Bean
  @ConditionalOnWebApplication
  FilterRegistrationBean<RateLimitFilter> tokenEndpointRateLimit(RateLimits limits) {
    FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(limits));
    registration.setName("tokenEndpointRateLimit");
    registration.setOrder(-105);
    registration.addUrlPatterns("/oauth2/token");
    return registration;
  }

  @Bean
  @ConditionalOnWebApplication
  FilterRegistrationBean<RateLimitFilter> apiRateLimit(RateLimits limits) {
    FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(limits));
    registration.setName("apiRateLimit");
    registration.setOrder(-95);
    registration.addUrlPatterns("/api/*");
    return registration;
  }
}
