package io.tillid.identity.internal;

import io.tillid.identity.internal.AdminRepository.StoredAdmin;
import io.tillid.identity.internal.ImportSummary.Kind;
import io.tillid.identity.internal.ImportSummary.Outcome;
import io.tillid.platform.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Creates a platform admin or updates name and password, matching by e-mail; audited in the platform chain. */
@Component
class AdminProvisioner {

  private final AdminRepository admins;
  private final SecretHasher hasher;
  private final ImportAudit audit;

  AdminProvisioner(AdminRepository admins, SecretHasher hasher, ImportAudit audit) {
    this.admins = admins;
    this.hasher = hasher;
    this.audit = audit;
  }

  void provision(ImportFile.Admin wanted, ImportSummary summary) {
    String email = EmailAddresses.normalize(wanted.email());
    String name = wanted.name().strip();
    Optional<StoredAdmin> existing = admins.find(email);
    if (existing.isEmpty()) {
      UUID id = UUID.randomUUID();
      admins.insert(new StoredAdmin(id, email, name, hasher.hash(wanted.password()), UserRepository.ACTIVE));
      audit.created(TenantId.PLATFORM, "platform_admin", id);
      summary.count(Kind.ADMIN, Outcome.CREATED);
      return;
    }
    StoredAdmin old = existing.get();
    Optional<String> newHash = hasher.rehashIfChanged(wanted.password(), old.passwordHash());
    List<String> changed = new ArrayList<>();
    if (!old.displayName().equals(name)) {
      changed.add("name");
    }
    if (newHash.isPresent()) {
      changed.add("password");
    }
    if (changed.isEmpty()) {
      summary.count(Kind.ADMIN, Outcome.UNCHANGED);
      return;
    }
    admins.update(new StoredAdmin(old.id(), email, name, newHash.orElse(old.passwordHash()), old.status()));
    audit.updated(TenantId.PLATFORM, "platform_admin", old.id(), changed);
    summary.count(Kind.ADMIN, Outcome.UPDATED);
  }
}
