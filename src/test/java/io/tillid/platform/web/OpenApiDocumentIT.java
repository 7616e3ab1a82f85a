package io.tillid.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.tillid.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document is public, valid OpenAPI 3.1 (swagger-parser), and describes exactly the
 * {@code /api/v1} routes the application maps: an undocumented endpoint, or a documented one that
 * does not exist, fails this test by name. The reference page lists them all.
 */
class OpenApiDocumentIT extends IntegrationTest {

  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  @Autowired
  RequestMappingHandlerMapping mappings;

  @Test
  void theDocumentIsPublicAndValidOpenApi31() throws Exception {
    HttpResponse<String> document = get("/api/openapi.json");
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");

    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.body(), null, options);
    assertThat(parsed.getMessages()).as("validation messages").isEmpty();
    assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    assertThat(parsed.getOpenAPI().getComponents().getSecuritySchemes()).containsKeys("oauth2", "bearer", "apiKey");
    assertThat(parsed.getOpenAPI().getComponents().getSecuritySchemes().get("apiKey").getName()).isEqualTo("X-API-Key");
    assertThat(parsed.getOpenAPI().getWebhooks()).containsKey("event");

    // a broken document is noticed: the validator is not silent about everything
    SwaggerParseResult broken = new OpenAPIV3Parser().readContents(
        document.body().replace("\"responses\": {", "\"responsez\": {"), null, options);
    assertThat(broken.getMessages()).isNotEmpty();
  }

  @Test
  void everyApiRouteIsDocumentedAndEveryDocumentedRouteExists() throws Exception {
    JsonNode document = JsonMapper.builder().build().readTree(get("/api/openapi.json").body());
    Set<String> documented = new TreeSet<>();
    for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
      for (String method : path.getValue().propertyNames()) {
        if (METHODS.contains(method)) {
          documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
          JsonNode operation = path.getValue().get(method);
          assertThat(operation.has("responses")).as(method + " " + path.getKey()).isTrue();
          assertThat(operation.has("x-permission")).as(method + " " + path.getKey() + " names its permission").isTrue();
        }
      }
    }
    Set<String> mapped = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> route : mappings.getHandlerMethods().entrySet()) {
      if (isTestProbe(route.getValue())) {
        continue;
      }
      for (String pattern : route.getKey().getPatternValues()) {
        if (pattern.startsWith("/api/v1/")) {
          for (RequestMethod method : route.getKey().getMethodsCondition().getMethods()) {
            mapped.add(method.name() + " " + pattern);
          }
          assertThat(route.getKey().getMethodsCondition().getMethods()).as(pattern + " names its methods").isNotEmpty();
        }
      }
    }
    assertThat(mapped).as("routes mapped").isNotEmpty();
    assertThat(documented).as("documented in openapi/openapi.json").containsExactlyElementsOf(mapped);
  }

  /** The probes other tests map (compiled to test-classes) are no part of the API. */
  private static boolean isTestProbe(HandlerMethod handler) {
    java.security.CodeSource source = handler.getBeanType().getProtectionDomain().getCodeSource();
    return source != null && source.getLocation().getPath().contains("/test-classes/");
  }

  @Test
  void theReferencePageListsEveryOperationWithoutSigningIn() throws Exception {
    HttpResponse<String> page = get("/api/docs");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Tillid API reference", "POST /api/v1/customers", "GET /api/v1/customers/{id}",
        "POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/resend", "webhooks.manage", "/api/openapi.json")
        .doesNotContain("<script", "style=");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).isNotEmpty();
    assertThat(get("/api/docs?lang=da").body()).contains("API-reference");
  }
}
