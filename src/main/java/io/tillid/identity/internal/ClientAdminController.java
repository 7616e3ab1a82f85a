package io.tillid.identity.internal;

import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The tenant administrator's list of the organisation's API clients (never their secrets), each
 * linked to its dataset grants, which the access module's grants page edits; and the registration
 * of third-party applications (a confidential one's secret is shown once, on the answer).
 */
@Controller
@RequiresPermission(Permissions.USERS_MANAGE)
class ClientAdminController {

  /** A client as the list shows it. */
  record ClientRow(UUID id, String clientId, String type, String scopes, String redirectUris) {}

  private final ClientRepository clients;
  private final ApplicationRegistration registration;

  ClientAdminController(ClientRepository clients, ApplicationRegistration registration) {
    this.clients = clients;
    this.registration = registration;
  }

  @GetMapping("/admin/clients")
  String list(@AuthenticationPrincipal TenantPrincipal principal, Model model) {
    List<ClientRow> rows = clients.list(principal.tenantId()).stream()
        .map(client -> new ClientRow(client.id(), client.clientId(), client.type().stored(), client.scopes(),
            client.redirectUris() == null ? "" : client.redirectUris()))
        .toList();
    model.addAttribute("clients", rows);
    model.addAttribute("scopes", new TreeSet<>(Permissions.ALL));
    return "admin-clients";
  }

  @PostMapping("/admin/clients/applications")
  String register(@AuthenticationPrincipal TenantPrincipal principal, @RequestParam("clientId") String clientId,
      @RequestParam("type") String type, @RequestParam("redirectUris") String redirectUris,
      @RequestParam(name = "scope", required = false) List<String> scopes, Model model) {
    try {
      ApplicationRegistration.Registered registered = registration.register(principal, clientId,
          ApplicationRegistration.typeOf(type).orElse(null), Arrays.asList(redirectUris.split("\\s+")),
          scopes == null ? List.of() : scopes);
      model.addAttribute("registered", registered);
    } catch (ApplicationRegistration.Refused refused) {
      model.addAttribute("refused", "admin.clients.app.refused." + refused.reason());
    }
    return list(principal, model);
  }
}
