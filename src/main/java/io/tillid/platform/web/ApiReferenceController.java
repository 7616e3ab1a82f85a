package io.tillid.platform.web;

import io.tillid.platform.PublicRoute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's OpenAPI 3.1 document ({@code /api/openapi.json}, kept in {@code openapi/openapi.json};
 * {@code OpenApiDocumentIT} fails when it and the controllers' mappings differ) and a browsable
 * reference drawn from it on the server ({@code /api/docs}: no script, nothing fetched). Both are
 * public: they describe the product, not any tenant.
 */
@Controller
@PublicRoute("The API's description: the same for everyone, reveals nothing tenant-owned.")
final class ApiReferenceController {

  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

  private final String document;
  private final List<Operation> operations;

  ApiReferenceController() {
    try (InputStream in = new ClassPathResource("openapi/openapi.json").getInputStream()) {
      this.document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("openapi/openapi.json is missing from the build", e);
    }
    this.operations = operations(JsonMapper.builder().build().readTree(document));
  }

  /** One operation as the reference page lists it. */
  record Operation(String method, String path, String summary, String description, String permission, String tag,
      List<String> parameters, String requestBody, List<Map.Entry<String, String>> responses) {}

  private static List<Operation> operations(JsonNode root) {
    List<Operation> found = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : root.get("paths").properties()) {
      for (String method : METHODS) {
        JsonNode op = path.getValue().get(method);
        if (op == null) {
          continue;
        }
        List<String> parameters = new ArrayList<>();
        for (JsonNode parameter : op.path("parameters")) {
          JsonNode resolved = resolve(root, parameter);
          parameters.add(resolved.path("name").asString() + " (" + resolved.path("in").asString() + ")");
        }
        String body = op.has("requestBody") ? schemaName(op.path("requestBody").path("content")
            .path("application/json").path("schema")) : null;
        List<Map.Entry<String, String>> responses = new ArrayList<>();
        for (Map.Entry<String, JsonNode> response : op.path("responses").properties()) {
          responses.add(Map.entry(response.getKey(), resolve(root, response.getValue()).path("description").asString()));
        }
        found.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path.getKey(), op.path("summary").asString(),
            op.path("description").asString(null), op.path("x-permission").asString(), op.path("tags").path(0).asString(),
            parameters, body, responses));
      }
    }
    return List.copyOf(found);
  }

  private static JsonNode resolve(JsonNode root, JsonNode node) {
    String ref = node.path("$ref").asString(null);
    return ref == null ? node : root.at(ref.substring(1));
  }

  private static String schemaName(JsonNode schema) {
    String ref = schema.path("$ref").asString(null);
    return ref == null ? "object" : ref.substring(ref.lastIndexOf('/') + 1);
  }

  @GetMapping("/api/openapi.json")
  ResponseEntity<String> document() {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .cacheControl(CacheControl.noCache()).body(document);
  }

  @GetMapping("/api/docs")
  String reference(Model model) {
    model.addAttribute("operations", operations);
    return "api-reference";
  }
}
