package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Rate limits kept in PostgreSQL: two nodes (two bucket stores on the same database) share one
 * limit; the token endpoint and refused API keys are limited per address (the test's own, small
 * limits; the shared test configuration lifts them for 127.0.0.1).
 */
class RateLimitsIT extends IntegrationTest {

  @Autowired
  DataSource dataSource;

  @Autowired
  TenantRateLimits tenantLimits;

  @Autowired
  ApiKeyCheck keyCheck;

  @Autowired
  @org.springframework.beans.factory.annotation.Qualifier("tokenEndpointRateLimit")
  org.springframework.boot.web.servlet.FilterRegistrationBean<RateLimitFilter> tokenEndpointRateLimit;

  @Test
  void theTokenEndpointLimitRunsBeforeSpringSecurity() {
    // Spring Security's filter chain is registered at order -100
    assertThat(tokenEndpointRateLimit.getOrder()).isLessThan(-100);
    assertThat(tokenEndpointRateLimit.getUrlPatterns()).containsExactly("/oauth2/token");
  }

  @Test
  void twoNodesShareOneLimit() {
    RateLimitBuckets nodeA = RateLimitBuckets.on(dataSource);
    RateLimitBuckets nodeB = RateLimitBuckets.on(dataSource);
    String id = "test:" + UUID.randomUUID();
    List<Boolean> allowed = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      allowed.add((i % 2 == 0 ? nodeA : nodeB).take(id, 5, Duration.ofMinutes(1)).allowed());
    }
    assertThat(allowed).containsExactly(true, true, true, true, true, false, false, false);
    RateLimitBuckets.Decision refused = nodeA.take(id, 5, Duration.ofMinutes(1));
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.secondsToWait()).isBetween(1L, 60L);
    assertThat(jdbc.sql("select count(*) from rate_limit_bucket where id like ?").param(id + "/%")
        .query(Integer.class).single()).isOne();
  }

  private RateLimits small() {
    return new RateLimits(RateLimitBuckets.on(dataSource), tenantLimits,
        new RateLimitProperties(600, 1200, 3, 2, Duration.ofMinutes(10)), Clock.systemUTC());
  }

  private static String address() {
    return "198.51.100." + (1 + (int) (Math.random() * 250));
  }

  @Test
  void theTokenEndpointIsLimitedPerAddress() throws Exception {
    RateLimitFilter filter = new RateLimitFilter(small());
    String address = "2001:db8:" + Integer.toHexString((int) (Math.random() * 65535)) + "::7";
    List<Integer> statuses = new ArrayList<>();
    String retryAfter = null;
    for (int i = 0; i < 4; i++) {
      MockHttpServletRequest request = new MockHttpServletRequest("POST", "/oauth2/token");
      request.setRemoteAddr(address);
      MockHttpServletResponse response = new MockHttpServletResponse();
      filter.doFilter(request, response, new MockFilterChain());
      statuses.add(response.getStatus());
      retryAfter = response.getHeader("Retry-After");
    }
    assertThat(statuses).containsExactly(200, 200, 200, 429);
    assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
  }

  @Test
  void anAddressPresentingBadKeysIsRefusedWith429() throws Exception {
    ApiKeyFilter filter = new ApiKeyFilter(keyCheck, small());
    String address = address();
    List<Integer> statuses = new ArrayList<>();
    MockHttpServletResponse last = null;
    for (int i = 0; i < 4; i++) {
      MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/customers");
      request.setRemoteAddr(address);
      request.addHeader("X-API-Key", "tl_" + "0".repeat(16) + "_" + "B".repeat(43));
      last = new MockHttpServletResponse();
      filter.doFilter(request, last, new MockFilterChain());
      statuses.add(last.getStatus());
    }
    // two refusals counted, the third exhausts the bucket, the fourth is refused before any look-up
    assertThat(statuses).containsExactly(401, 401, 429, 429);
    assertThat(last.getHeader("Retry-After")).isNotNull();
    assertThat(last.getContentType()).startsWith("application/problem+json");
  }
}
