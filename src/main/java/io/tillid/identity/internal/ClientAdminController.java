package io.tillid.identity.internal;

import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The tenant administrator's list of the organisation's API clients (never their secrets), each
 * linked to its dataset grants, which the access module's grants page edits.
 */
@Controller
@RequiresPermission(Permissions.USERS_MANAGE)
class ClientAdminController {

  /** A client as the list shows it. */
  record ClientRow(UUID id, String clientId, String scopes) {}

  private final ClientRepository clients;

  ClientAdminController(ClientRepository clients) {
    this.clients = clients;
  }

  @GetMapping("/admin/clients")
  String list(@AuthenticationPrincipal TenantPrincipal principal, Model model) {
    List<ClientRow> rows = clients.list(principal.tenantId()).stream()
        .map(client -> new ClientRow(client.id(), client.clientId(), client.scopes()))
        .toList();
    model.addAttribute("clients", rows);
    return "admin-clients";
  }
}
