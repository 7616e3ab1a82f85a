package io.tillid.identity.internal;

import io.tillid.platform.BadInputException;
import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/users}: what the Users page does, for API clients with {@code users.manage}: list,
 * invite, set roles, disable (which ends the user's sessions), enable, lift a lockout, reset the
 * second factor, end all sessions. The same use cases as the page, audited the same way; another
 * tenant's user is not found (404).
 */
@RestController
@RequestMapping("/api/v1/users")
@RequiresPermission(Permissions.USERS_MANAGE)
class UserApiController {

  /** A user as the API shows them. */
  record UserView(UUID id, String email, String name, String status, Set<String> roles, boolean mfaEnrolled,
      boolean locked) {
    @Override
    public String toString() {
      return "UserView[" + id + "]";
    }
  }

  /** What an invitation sends. */
  record Invitation(String email, String name, List<String> roles) {
    @Override
    public String toString() {
      return "Invitation[]";
    }
  }

  /** What a role change sends: the user's complete roles. */
  record RolesChange(List<String> roles) {}

  private final UserDirectory directory;
  private final UserAdministration administration;
  private final UserSecurityActions security;
  private final Invitations invitations;

  UserApiController(UserDirectory directory, UserAdministration administration, UserSecurityActions security,
      Invitations invitations) {
    this.directory = directory;
    this.administration = administration;
    this.security = security;
    this.invitations = invitations;
  }

  @GetMapping
  Map<String, List<UserView>> list(@AuthenticationPrincipal TenantPrincipal principal) {
    List<UserDirectory.Entry> users = directory.list(principal.tenantId());
    Map<UUID, UserSecurityActions.Standing> standing = security.overview(principal.tenantId(), users);
    return Map.of("items", users.stream().map(user -> view(user, standing.get(user.id()))).toList());
  }

  @GetMapping("/{id}")
  UserView one(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    UserDirectory.Entry user = directory.find(principal.tenantId(), id)
        .orElseThrow(UserAdministration.UserNotFound::new);
    return view(user, security.overview(principal.tenantId(), List.of(user)).get(id));
  }

  @PostMapping
  ResponseEntity<UserView> invite(@AuthenticationPrincipal TenantPrincipal principal,
      @RequestBody Invitation invitation) {
    UUID id;
    try {
      id = invitations.invite(principal.tenantId(), principal.principalId(), text(invitation.email()),
          text(invitation.name()), chosen(invitation.roles()));
    } catch (InvitationRefused refused) {
      throw refusal(refused);
    }
    return ResponseEntity.created(URI.create("/api/v1/users/" + id)).body(one(principal, id));
  }

  @PutMapping("/{id}/roles")
  UserView roles(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      @RequestBody RolesChange change) {
    administration.assignRoles(principal.tenantId(), id, chosen(change.roles()), principal.principalId());
    return one(principal, id);
  }

  @PostMapping("/{id}/disable")
  UserView disable(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    return acted(principal, id, security::disable);
  }

  @PostMapping("/{id}/enable")
  UserView enable(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    return acted(principal, id, administration::enable);
  }

  @PostMapping("/{id}/unlock")
  UserView unlock(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    return acted(principal, id, security::unlock);
  }

  @PostMapping("/{id}/mfa-reset")
  UserView resetMfa(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    return acted(principal, id, security::resetMfa);
  }

  @PostMapping("/{id}/sessions/end")
  ResponseEntity<Void> endSessions(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    security.endSessions(principal.tenantId(), id, principal.principalId());
    return ResponseEntity.noContent().build();
  }

  /** One of the page's buttons, on the user; the user as they are afterwards. */
  private UserView acted(TenantPrincipal principal, UUID id, Action action) {
    action.on(principal.tenantId(), id, principal.principalId());
    return one(principal, id);
  }

  /** What a button does: to a user of the tenant, by an actor. */
  @FunctionalInterface
  private interface Action {
    void on(TenantId tenant, UUID userId, String actor);
  }

  private static UserView view(UserDirectory.Entry user, UserSecurityActions.Standing standing) {
    return new UserView(user.id(), user.email(), user.name(), user.status(), user.roles(),
        standing != null && standing.mfaEnrolled(), standing != null && standing.locked());
  }

  private static String text(String value) {
    return value == null ? "" : value.trim();
  }

  private static Set<String> chosen(List<String> roles) {
    return roles == null ? Set.of() : new HashSet<>(roles);
  }

  private static BadInputException refusal(InvitationRefused refused) {
    String field = switch (refused.reason()) {
      case InvitationRefused.BAD_EMAIL -> "email";
      case InvitationRefused.BAD_NAME -> "name";
      case InvitationRefused.BAD_ROLE -> "roles";
      default -> null;
    };
    return field == null ? new BadInputException(refused.getMessage())
        : new InvalidFieldException(field, refused.reason(), refused.getMessage());
  }
}
