package io.tillid.identity.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.identity.internal.UserRepository.StoredUser;
import io.tillid.platform.Mailer;
import io.tillid.platform.RoleCatalog;
import io.tillid.platform.TenantId;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites a person to a tenant: an {@code invited} user without a password and a single-use link,
 * valid 7 days, by mail in the inviter's language. Inviting again replaces the link; someone who
 * already has an account is refused. Throws {@link InvitationRefused} and then changes nothing.
 */
@Component
class Invitations {

  static final Duration VALIDITY = Duration.ofDays(7);
  private static final int MAX_NAME = 200;

  private final TenantRepository tenants;
  private final UserRepository users;
  private final PasswordTokens tokens;
  private final AccountMail texts;
  private final Mailer mailer;
  private final AuditTrail trail;
  private final RoleCatalog catalog;

  Invitations(TenantRepository tenants, UserRepository users, PasswordTokens tokens, AccountMail texts, Mailer mailer,
      AuditTrail trail, RoleCatalog catalog) {
    this.catalog = catalog;
    this.tenants = tenants;
    this.users = users;
    this.tokens = tokens;
    this.texts = texts;
    this.mailer = mailer;
    this.trail = trail;
  }

  /** The invited user's id. The mail is sent before the transaction commits: if it fails, nothing is kept. */
  @Transactional
  public UUID invite(TenantId tenantId, String actorPrincipalId, String emailAddress, String name, Set<String> roles) {
    if (!mailer.enabled()) {
      throw new InvitationRefused(InvitationRefused.MAIL_OFF, "Mail is not configured, so no invitation can be sent.");
    }
    TenantRow tenant = tenants.findById(tenantId)
        .orElseThrow(() -> new InvitationRefused(InvitationRefused.NO_TENANT, "The organisation does not exist."));
    String email = EmailAddresses.normalize(emailAddress == null ? "" : emailAddress);
    String displayName = name == null ? "" : name.strip();
    Set<String> wantedRoles = new TreeSet<>(roles == null ? Set.of() : roles);
    check(email, displayName);
    if (!catalog.allAssignable(tenantId, wantedRoles)) {
      throw new InvitationRefused(InvitationRefused.BAD_ROLE, "A role is not one of the organisation's roles.");
    }
    Optional<StoredUser> existing = users.find(tenantId, email);
    if (existing.isPresent() && !PasswordAccount.INVITED.equals(existing.get().status())) {
      throw new InvitationRefused(InvitationRefused.ALREADY_ACTIVE, "This person already has an account.");
    }
    UUID id = existing.map(StoredUser::id).orElseGet(UUID::randomUUID);
    StoredUser invited = new StoredUser(id, email, displayName, null, PasswordAccount.INVITED, wantedRoles);
    if (existing.isPresent()) {
      users.update(tenantId, invited);
      tokens.revokeAll(tenantId, id, PasswordTokens.INVITATION);
    } else {
      users.insert(tenantId, invited);
    }
    String token = tokens.issue(tenantId, id, PasswordTokens.INVITATION, VALIDITY);
    trail.record(new AuditEvent(tenantId, actorPrincipalId, "user.invited", "user", id.toString(),
        Map.of("roles", String.join(",", wantedRoles), "again", Boolean.toString(existing.isPresent()))));
    mailer.send(texts.invitation(email, tenant.name(), tenant.slug(), token, LocaleContextHolder.getLocale()));
    return id;
  }

  private static void check(String email, String name) {
    if (!EmailAddresses.isValid(email)) {
      throw new InvitationRefused(InvitationRefused.BAD_EMAIL, "The e-mail address is not valid.");
    }
    if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_NAME) {
      throw new InvitationRefused(InvitationRefused.BAD_NAME, "The name must have 1 to " + MAX_NAME + " characters.");
    }
  }
}
