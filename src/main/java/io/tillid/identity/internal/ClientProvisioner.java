package io.tillid.identity.internal;

import io.tillid.identity.ImportedGrants;
import io.tillid.identity.internal.ClientRepository.StoredClient;
import io.tillid.identity.internal.ImportSummary.Kind;
import io.tillid.identity.internal.ImportSummary.Outcome;
import io.tillid.platform.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Creates an API client of a tenant or updates its scopes and secret, matching by client id; sets
 * its attribute grants when the file gives them.
 */
@Component
class ClientProvisioner {

  private final ClientRepository clients;
  private final SecretHasher hasher;
  private final ImportAudit audit;
  private final ImportedGrants grants;

  ClientProvisioner(ClientRepository clients, SecretHasher hasher, ImportAudit audit, ImportedGrants grants) {
    this.clients = clients;
    this.hasher = hasher;
    this.audit = audit;
    this.grants = grants;
  }

  void provision(TenantId tenant, ImportFile.Client wanted, ImportSummary summary) {
    boolean known = clients.find(tenant, wanted.clientId()).isPresent();
    UUID id = provisionClient(tenant, wanted, summary);
    if (wanted.grants() != null) {
      grants.apply(tenant, id, wanted.grants(), ImportAudit.ACTOR);
    } else if (!known) {
      // the operator's import provisions a working client: all data unless the file narrows it
      grants.apply(tenant, id, ImportedGrants.Values.ALL, ImportAudit.ACTOR);
    }
  }

  private UUID provisionClient(TenantId tenant, ImportFile.Client wanted, ImportSummary summary) {
    String scopes = String.join(" ", new TreeSet<>(wanted.scopesOrEmpty()));
    Optional<StoredClient> existing = clients.find(tenant, wanted.clientId());
    if (existing.isEmpty()) {
      UUID id = UUID.randomUUID();
      // a public application has no secret: a random one nobody knows fills the column, never usable
      String secret = wanted.clientSecret() == null ? SecretTokens.newToken() : wanted.clientSecret();
      clients.insert(tenant, new StoredClient(id, wanted.clientId(), hasher.hash(secret), scopes,
          wanted.typeOrService(), wanted.storedRedirectUris()));
      audit.created(tenant, "client", id);
      summary.count(Kind.CLIENT, Outcome.CREATED);
      return id;
    }
    StoredClient old = existing.get();
    Optional<String> newHash = wanted.clientSecret() == null ? Optional.empty()
        : hasher.rehashIfChanged(wanted.clientSecret(), old.secretHash());
    List<String> changed = new ArrayList<>();
    if (!old.scopes().equals(scopes)) {
      changed.add("scopes");
    }
    if (old.type() != wanted.typeOrService()) {
      changed.add("type");
    }
    if (!java.util.Objects.equals(old.redirectUris(), wanted.storedRedirectUris())) {
      changed.add("redirectUris");
    }
    if (newHash.isPresent()) {
      changed.add("secret");
    }
    if (changed.isEmpty()) {
      summary.count(Kind.CLIENT, Outcome.UNCHANGED);
      return old.id();
    }
    clients.update(tenant, new StoredClient(old.id(), old.clientId(), newHash.orElse(old.secretHash()), scopes,
        wanted.typeOrService(), wanted.storedRedirectUris()));
    audit.updated(tenant, "client", old.id(), changed);
    summary.count(Kind.CLIENT, Outcome.UPDATED);
    return old.id();
  }
}
