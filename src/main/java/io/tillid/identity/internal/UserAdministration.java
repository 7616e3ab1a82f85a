package io.tillid.identity.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.platform.BadInputException;
import io.tillid.platform.ObjectNotFound;
import io.tillid.platform.Permissions;
import io.tillid.platform.RoleCatalog;
import io.tillid.platform.TenantId;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a tenant administrator does to the tenant's users: disable, enable, assign built-in and
 * the tenant's own roles. The tenant always keeps at least one active user who may manage users
 * (an administrator), and every change is audited.
 */
@Service
class UserAdministration {

  static final String DISABLED = "disabled";

  private final UserDirectory directory;
  private final UserRepository users;
  private final AuditTrail audit;
  private final Clock clock;
  private final RoleCatalog catalog;

  UserAdministration(UserDirectory directory, UserRepository users, AuditTrail audit, Clock clock,
      RoleCatalog catalog) {
    this.directory = directory;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
    this.catalog = catalog;
  }

  @Transactional
  public void disable(TenantId tenant, UUID userId, String actor) {
    UserDirectory.Entry user = existing(tenant, userId);
    Set<String> managing = catalog.rolesGranting(tenant, Permissions.USERS_MANAGE);
    if (holdsAny(user.roles(), managing) && directory.otherActiveAdministrators(tenant, userId, managing) == 0) {
      throw new BadInputException("admin.error.lastAdministrator");
    }
    directory.setStatus(tenant, userId, DISABLED, OffsetDateTime.now(clock));
    audit.record(AuditEvent.of(tenant, actor, "user.disabled", "user", userId.toString()));
  }

  @Transactional
  public void enable(TenantId tenant, UUID userId, String actor) {
    UserDirectory.Entry user = existing(tenant, userId);
    if (!DISABLED.equals(user.status())) {
      return;
    }
    directory.setStatus(tenant, userId, UserRepository.ACTIVE, OffsetDateTime.now(clock));
    audit.record(AuditEvent.of(tenant, actor, "user.enabled", "user", userId.toString()));
  }

  @Transactional
  public void assignRoles(TenantId tenant, UUID userId, Set<String> roles, String actor) {
    // another tenant's user is not found before anything else is looked at, as a missing one
    UserDirectory.Entry user = existing(tenant, userId);
    if (roles.isEmpty() || !catalog.allAssignable(tenant, roles)) {
      throw new BadInputException("admin.error.roles");
    }
    Set<String> managing = catalog.rolesGranting(tenant, Permissions.USERS_MANAGE);
    if (holdsAny(user.roles(), managing) && !holdsAny(roles, managing)
        && directory.otherActiveAdministrators(tenant, userId, managing) == 0) {
      throw new BadInputException("admin.error.lastAdministrator");
    }
    if (user.roles().equals(roles)) {
      return;
    }
    users.setRoles(tenant, userId, roles);
    audit.record(new AuditEvent(tenant, actor, "user.roles.changed", "user", userId.toString(),
        Map.of("roles", String.join(",", new TreeSet<>(roles)))));
  }

  private static boolean holdsAny(Set<String> held, Set<String> wanted) {
    return held.stream().anyMatch(wanted::contains);
  }

  private UserDirectory.Entry existing(TenantId tenant, UUID userId) {
    return directory.find(tenant, userId).orElseThrow(UserNotFound::new);
  }

  /** No such user in this tenant: answered like any missing page (404). */
  static final class UserNotFound extends ObjectNotFound {
    private static final long serialVersionUID = 1L;

    UserNotFound() {
      super("user");
    }
  }
}
