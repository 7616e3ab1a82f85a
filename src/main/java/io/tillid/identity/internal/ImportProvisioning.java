package io.tillid.identity.internal;

import io.tillid.identity.ImportedGrants;
import io.tillid.platform.TenantId;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import use case: read and check the whole file, then write it in one transaction with its
 * audit entries. Any problem leaves the database as it was.
 */
@Component
class ImportProvisioning {

  private final ClientIdOwnership clientIds;
  private final TenantProvisioner tenants;
  private final UserProvisioner users;
  private final ClientProvisioner clients;
  private final AdminProvisioner admins;
  private final ImportedGrants grants;

  ImportProvisioning(ClientIdOwnership clientIds, TenantProvisioner tenants, UserProvisioner users,
      ClientProvisioner clients, AdminProvisioner admins, ImportedGrants grants) {
    this.clientIds = clientIds;
    this.tenants = tenants;
    this.users = users;
    this.clients = clients;
    this.admins = admins;
    this.grants = grants;
  }

  @Transactional
  public ImportSummary importFile(Path file) {
    ImportFile parsed = ImportFileReader.read(file);
    ImportValidator.validate(parsed);
    checkGrants(parsed);
    clientIds.check(parsed);
    ImportSummary summary = new ImportSummary();
    for (ImportFile.Tenant tenant : parsed.tenantsOrEmpty()) {
      TenantId id = tenants.provision(tenant, summary);
      tenant.usersOrEmpty().forEach(user -> users.provision(id, user, summary));
      tenant.clientsOrEmpty().forEach(client -> clients.provision(id, client, summary));
    }
    parsed.adminsOrEmpty().forEach(admin -> admins.provision(admin, summary));
    return summary;
  }

  /** Users' and clients' grants are checked by the access module's rules, before anything is written. */
  private void checkGrants(ImportFile file) {
    List<ImportFile.Tenant> fileTenants = file.tenantsOrEmpty();
    for (int t = 0; t < fileTenants.size(); t++) {
      List<ImportFile.User> fileUsers = fileTenants.get(t).usersOrEmpty();
      for (int u = 0; u < fileUsers.size(); u++) {
        if (fileUsers.get(u).grants() != null) {
          grants.check("tenants[" + t + "].users[" + u + "].grants", fileUsers.get(u).grants());
        }
      }
      List<ImportFile.Client> fileClients = fileTenants.get(t).clientsOrEmpty();
      for (int c = 0; c < fileClients.size(); c++) {
        if (fileClients.get(c).grants() != null) {
          grants.check("tenants[" + t + "].clients[" + c + "].grants", fileClients.get(c).grants());
        }
      }
    }
  }
}
