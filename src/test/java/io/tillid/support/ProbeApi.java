package io.tillid.support;

import io.tillid.platform.Permissions;
import io.tillid.platform.PublicRoute;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.WebSecurityBasics;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test sources only: an API endpoint open without authentication, so the error handling of the
 * real stack (filters, MVC, the problem handler) can be driven with bad requests. Component
 * scanning picks it up in every integration test, so all share one application context.
 */
@Configuration(proxyBeanMethods = false)
public class ProbeApi {

  public static final String PATH = "/api/v1/_probe";

  @Bean
  @Order(0)
  SecurityFilterChain probeChain(HttpSecurity http) throws Exception {
    WebSecurityBasics.apply(http);
    http.securityMatcher(PATH + "/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable());
    return http.build();
  }

  public record Purchase(@NotBlank String name, @Max(100) int count) {}

  @RestController
  @PublicRoute("Test sources only: drives the error handling with bad requests.")
  static class ProbeController {

    @PostMapping(PATH + "/orders")
    Map<String, Object> order(@Valid @RequestBody Purchase order) {
      return Map.of("accepted", order.count());
    }

    @GetMapping(PATH + "/items/{number}")
    Map<String, Object> item(@PathVariable int number) {
      return Map.of("number", number);
    }

    @GetMapping(PATH + "/failure")
    Map<String, Object> failure() {
      throw new IllegalStateException("customer Jane Doe, CPR 010203-1234, could not be loaded");
    }
  }

  /**
   * Behind the real API chain (an access token is needed): a route that needs a permission, so
   * tests can see an API client refused (403) without the scope and admitted with it.
   */
  @RestController
  @RequiresPermission(Permissions.CUSTOMERS_WRITE)
  public static class ScopedProbe {

    public static final String ROUTE = "/api/v1/_scoped-probe";

    @GetMapping(ROUTE)
    Map<String, Object> scoped() {
      return Map.of("reached", true);
    }
  }

  /**
   * Deliberately declares no route policy, behind a chain that lets everyone through: the route
   * policy alone must refuse it (fail closed), and the route inventory must name it.
   */
  @RestController
  public static class UnannotatedProbe {

    public static final String ROUTE = PATH + "/unannotated";

    @GetMapping(ROUTE)
    Map<String, Object> unannotated() {
      return Map.of("reached", true);
    }
  }
}
