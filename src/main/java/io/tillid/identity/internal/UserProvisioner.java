package io.tillid.identity.internal;

import io.tillid.identity.ImportedGrants;
import io.tillid.identity.internal.ImportSummary.Kind;
import io.tillid.identity.internal.ImportSummary.Outcome;
import io.tillid.identity.internal.UserRepository.StoredUser;
import io.tillid.platform.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Creates a user of a tenant or updates name, roles and password, matching by e-mail address. */
@Component
class UserProvisioner {

  private final UserRepository users;
  private final SecretHasher hasher;
  private final ImportAudit audit;
  private final ImportedGrants grants;

  UserProvisioner(UserRepository users, SecretHasher hasher, ImportAudit audit, ImportedGrants grants) {
    this.grants = grants;
    this.users = users;
    this.hasher = hasher;
    this.audit = audit;
  }

  void provision(TenantId tenant, ImportFile.User wanted, ImportSummary summary) {
    UUID id = provisionUser(tenant, wanted, summary);
    if (wanted.grants() != null) {
      grants.applyToUser(tenant, id, wanted.grants(), ImportAudit.ACTOR);
    }
  }

  private UUID provisionUser(TenantId tenant, ImportFile.User wanted, ImportSummary summary) {
    String email = EmailAddresses.normalize(wanted.email());
    String name = wanted.name().strip();
    Set<String> roles = new TreeSet<>(wanted.rolesOrEmpty());
    Optional<StoredUser> existing = users.find(tenant, email);
    if (existing.isEmpty()) {
      UUID id = UUID.randomUUID();
      users.insert(tenant, new StoredUser(id, email, name, hasher.hash(wanted.password()), UserRepository.ACTIVE,
          roles));
      audit.created(tenant, "user", id);
      summary.count(Kind.USER, Outcome.CREATED);
      if (wanted.grants() == null) {
        // the operator's import provisions a working user: all data unless the file narrows it
        grants.applyToUser(tenant, id, ImportedGrants.Values.ALL, ImportAudit.ACTOR);
      }
      return id;
    }
    StoredUser old = existing.get();
    Optional<String> newHash = hasher.rehashIfChanged(wanted.password(), old.passwordHash());
    List<String> changed = new ArrayList<>();
    if (!old.displayName().equals(name)) {
      changed.add("name");
    }
    if (!old.roles().equals(roles)) {
      changed.add("roles");
    }
    if (newHash.isPresent()) {
      changed.add("password");
    }
    if (changed.isEmpty()) {
      summary.count(Kind.USER, Outcome.UNCHANGED);
      return old.id();
    }
    users.update(tenant,
        new StoredUser(old.id(), email, name, newHash.orElse(old.passwordHash()), old.status(), roles));
    audit.updated(tenant, "user", old.id(), changed);
    summary.count(Kind.USER, Outcome.UPDATED);
    return old.id();
  }
}
