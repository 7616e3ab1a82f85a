package io.tillid.identity.internal;

import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import io.tillid.platform.web.SecretAnswers;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/api-keys}: create (the key text is in this one answer, never again), list and
 * revoke the tenant's API keys. A key never gets a permission its creator lacks (403); an API key
 * cannot create keys. Another tenant's key is not found (404). The creating answer is never kept for
 * an Idempotency-Key replay, so the key text is stored nowhere.
 */
@RestController
@RequestMapping("/api/v1/api-keys")
@RequiresPermission(Permissions.USERS_MANAGE)
class ApiKeyApiController {

  private final ApiKeys keys;

  ApiKeyApiController(ApiKeys keys) {
    this.keys = keys;
  }

  @PostMapping
  ResponseEntity<Map<String, Object>> create(@AuthenticationPrincipal TenantPrincipal principal,
      @RequestBody ApiKeys.Request request) {
    ApiKeys.Created created = keys.create(principal, request);
    // the key is in this answer only: never kept for an Idempotency-Key replay
    SecretAnswers.markCurrentRequest();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("key", created.secret());
    body.put("apiKey", created.key());
    return ResponseEntity.created(URI.create("/api/v1/api-keys/" + created.key().id())).body(body);
  }

  @GetMapping
  Map<String, List<ApiKeys.View>> list(@AuthenticationPrincipal TenantPrincipal principal) {
    return Map.of("items", keys.list(principal));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> revoke(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    keys.revoke(principal, id);
    return ResponseEntity.noContent().build();
  }
}
