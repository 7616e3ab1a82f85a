package io.tillid.identity.internal;

import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import io.tillid.platform.web.SecretAnswers;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/clients}: what the API clients page does: list the tenant's OAuth clients (never a
 * secret) and register a third-party application (a confidential one's secret is in the creating
 * answer only, never kept for an Idempotency-Key replay). Same use case and audit entry as the page.
 */
@RestController
@RequestMapping("/api/v1/clients")
@RequiresPermission(Permissions.USERS_MANAGE)
class ClientApiController {

  /** A client as the API shows it. */
  record ClientView(UUID id, String clientId, String type, List<String> scopes, List<String> redirectUris) {}

  /** What registering an application sends; {@code type} is {@code public} or {@code confidential}. */
  record Application(String clientId, String type, List<String> redirectUris, List<String> scopes) {}

  private final ClientRepository clients;
  private final ApplicationRegistration registration;

  ClientApiController(ClientRepository clients, ApplicationRegistration registration) {
    this.clients = clients;
    this.registration = registration;
  }

  @GetMapping
  Map<String, List<ClientView>> list(@AuthenticationPrincipal TenantPrincipal principal) {
    return Map.of("items", clients.list(principal.tenantId()).stream().map(ClientApiController::view).toList());
  }

  @PostMapping
  ResponseEntity<Map<String, Object>> register(@AuthenticationPrincipal TenantPrincipal principal,
      @RequestBody Application application) {
    ApplicationRegistration.Registered registered;
    try {
      registered = registration.register(principal, application.clientId(),
          ApplicationRegistration.typeOf(application.type() == null ? "" : application.type()).orElse(null),
          present(application.redirectUris()), present(application.scopes()));
    } catch (ApplicationRegistration.Refused refused) {
      throw refusal(refused.reason());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", registered.id());
    body.put("clientId", registered.clientId());
    if (registered.secret() != null) {
      // the secret is in this answer only: never kept for an Idempotency-Key replay
      SecretAnswers.markCurrentRequest();
      body.put("clientSecret", registered.secret());
    }
    return ResponseEntity.created(URI.create("/api/v1/clients/" + registered.id())).body(body);
  }

  private static InvalidFieldException refusal(String reason) {
    return switch (reason) {
      case "taken" -> new InvalidFieldException("clientId", "taken", "The field 'clientId' names a client that exists.");
      case "redirectUri" -> new InvalidFieldException("redirectUris", "redirectUri",
          "The field 'redirectUris' must list 1 to 10 HTTPS addresses (or loopback HTTP) without fragments.");
      default -> new InvalidFieldException(reason, "invalid", "The field '" + reason + "' is not valid.");
    };
  }

  private static ClientView view(ClientRepository.StoredClient client) {
    return new ClientView(client.id(), client.clientId(), client.type().stored(), words(client.scopes()),
        words(client.redirectUris()));
  }

  private static List<String> present(List<String> values) {
    return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
  }

  private static List<String> words(String text) {
    return text == null || text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
  }
}
