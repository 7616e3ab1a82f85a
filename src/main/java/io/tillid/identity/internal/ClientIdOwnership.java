package io.tillid.identity.internal;

import io.tillid.platform.BadInputException;
import io.tillid.platform.TenantId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Refuses an import that would give a client id another tenant already holds: client ids are global. */
@Component
class ClientIdOwnership {

  private final ClientRepository clients;
  private final TenantRepository tenants;

  ClientIdOwnership(ClientRepository clients, TenantRepository tenants) {
    this.clients = clients;
    this.tenants = tenants;
  }

  void check(ImportFile file) {
    List<ImportFile.Tenant> fileTenants = file.tenantsOrEmpty();
    for (int t = 0; t < fileTenants.size(); t++) {
      ImportFile.Tenant tenant = fileTenants.get(t);
      Optional<TenantId> tenantId = tenants.findBySlug(tenant.slug()).map(TenantRow::id);
      List<ImportFile.Client> fileClients = tenant.clientsOrEmpty();
      for (int c = 0; c < fileClients.size(); c++) {
        Optional<TenantId> owner = clients.tenantOf(fileClients.get(c).clientId());
        if (owner.isPresent() && !owner.equals(tenantId)) {
          throw new BadInputException("tenants[" + t + "].clients[" + c + "].clientId is already used by another tenant");
        }
      }
    }
  }
}
