package io.tillid.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.IntegrationTest;
import io.tillid.support.ProbeApi;
import java.lang.annotation.Annotation;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every controller route declares exactly one policy ({@code @PublicRoute}, {@code @SignedIn},
 * {@code @RequiresPermission}); a new route without one fails this test by name. The inventory is
 * written to target/route-inventory.txt for review.
 */
@ExtendWith(OutputCaptureExtension.class)
class RouteInventoryIT extends IntegrationTest {

  /**
   * Answered by Spring Security's filters, never by a controller, so no annotation can govern them:
   * their policy is the web filter chain's or, for /oauth2/*, the authorization server chain's
   * (WebSecurityConfiguration).
   */
  static final List<String> FILTER_ROUTES = List.of(
      "POST /login (form sign-in; public, CSRF-protected)",
      "POST /logout (sign-out; CSRF-protected)",
      "POST /login/webauthn (passwordless passkey sign-in; always refused: passkeys are a second factor only)",
      "POST /webauthn/authenticate/options (passkey challenge; second step of sign-in)",
      "POST /webauthn/register/options (passkey registration challenge; signed in)",
      "POST /webauthn/register, DELETE /webauthn/register/{id} (passkey registration; signed in)",
      "POST /oauth2/token (OAuth client credentials; client secret by HTTP Basic or form)",
      "POST /oauth2/revoke, POST /oauth2/introspect (OAuth; the client's own tenant's tokens only; client secret)",
      "GET /oauth2/jwks (the public token signing keys; public)");

  @Autowired
  ApplicationContext context;

  @Test
  void everyRouteDeclaresExactlyOnePolicy() throws Exception {
    Map<String, String> inventory = new TreeMap<>();
    List<String> undeclared = new ArrayList<>();
    context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
        mapping.getHandlerMethods().forEach((info, handler) -> {
          List<Annotation> policies = RoutePolicy.declared(handler);
          String route = describe(info, handler);
          inventory.put(route, policies.size() == 1 ? policy(policies.get(0)) : "UNDECLARED " + policies);
          if (policies.size() != 1 && handler.getBeanType() != ProbeApi.UnannotatedProbe.class) {
            undeclared.add(route);
          }
        }));
    StringBuilder text = new StringBuilder();
    inventory.forEach((route, policy) -> text.append(route).append("  ->  ").append(policy).append('\n'));
    text.append("\nFilter-handled (no controller):\n");
    FILTER_ROUTES.forEach(route -> text.append(route).append('\n'));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "route-inventory.txt"), text);

    assertThat(undeclared).as("routes without exactly one policy annotation").isEmpty();
    assertThat(inventory).as("the inventory sees the deliberately undeclared probe")
        .anySatisfy((route, policy) -> assertThat(route + policy).contains("unannotated", "UNDECLARED"));
    assertThat(inventory.keySet()).as("inventory of the known pages")
        .anyMatch(route -> route.contains("/admin/users")).anyMatch(route -> route.contains("/admin/roles"))
        .anyMatch(route -> route.contains("/error"));
    assertThat(inventory.keySet()).noneMatch(route -> route.contains("[/logout]"));
  }

  @Test
  void aRouteWithoutPolicyIsRefusedAtRunTimeAndTheDenialLogged(CapturedOutput output) throws Exception {
    HttpResponse<String> response = get(ProbeApi.UnannotatedProbe.ROUTE);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).doesNotContain("reached");
    assertThat(output.getOut().lines().filter(line -> line.contains("access denied")))
        .anySatisfy(line -> assertThat(line).contains(ProbeApi.UnannotatedProbe.ROUTE, "no-policy", "anonymous"));
  }

  private static String describe(RequestMappingInfo info, HandlerMethod handler) {
    return info.getMethodsCondition() + " " + info.getPatternValues() + " "
        + handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
  }

  private static String policy(Annotation annotation) {
    return annotation.annotationType().getSimpleName() + annotation.toString()
        .substring(annotation.toString().indexOf('('));
  }
}
