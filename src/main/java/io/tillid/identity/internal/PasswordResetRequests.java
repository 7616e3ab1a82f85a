package io.tillid.identity.internal;

import io.tillid.platform.TenantScope;
import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.platform.Mailer;
import io.tillid.platform.OutgoingMail;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * "Forgot password": mails an active user a single-use link valid 30 minutes. The caller always
 * gives the same answer, and the mail leaves in the background, so nothing tells whether the
 * account exists.
 */
@Component
class PasswordResetRequests {

  static final Duration VALIDITY = Duration.ofMinutes(30);
  /** At most this many reset mails per account an hour: nobody can flood a mailbox with them. */
  static final int MAX_PER_HOUR = 3;
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
  private static final Logger LOG = LoggerFactory.getLogger(PasswordResetRequests.class);

  private final TenantRepository tenants;
  private final UserRepository users;
  private final PasswordTokens tokens;
  private final AuditTrail trail;
  private final AccountMail texts;
  private final Mailer mailer;
  private final MailDispatch dispatch;
  private final TransactionOperations transactions;
  private final java.time.Clock clock;

  PasswordResetRequests(TenantRepository tenants, UserRepository users, PasswordTokens tokens, AuditTrail trail,
      AccountMail texts, Mailer mailer, MailDispatch dispatch, TransactionOperations transactions,
      java.time.Clock clock) {
    this.clock = clock;
    this.tenants = tenants;
    this.users = users;
    this.tokens = tokens;
    this.trail = trail;
    this.texts = texts;
    this.mailer = mailer;
    this.dispatch = dispatch;
    this.transactions = transactions;
  }

  private boolean notFlooded(io.tillid.platform.TenantId tenant, java.util.UUID userId) {
    if (tokens.issuedSince(tenant, userId, PasswordTokens.RESET, clock.instant().minus(Duration.ofHours(1)))
        < MAX_PER_HOUR) {
      return true;
    }
    trail.record(AuditEvent.of(tenant, "anonymous", "password.reset.throttled", "user", userId.toString()));
    return false;
  }

  void request(String tenantSlug, String emailAddress, Locale locale) {
    if (!mailer.enabled()) {
      LOG.atWarn().setMessage("password reset requested while mail is off: no link sent").log();
      return;
    }
    String slug = tenantSlug == null ? "" : tenantSlug.strip();
    String email = EmailAddresses.normalize(emailAddress == null ? "" : emailAddress);
    if (!SLUG.matcher(slug).matches() || !EmailAddresses.isValid(email)) {
      return;
    }
    // the tenant directory is readable in any scope; the rest happens in the tenant's
    Optional<OutgoingMail> mail = tenants.findBySlug(slug).flatMap(tenant -> TenantScope.call(tenant.id(),
        () -> transactions.execute(status -> users.find(tenant.id(), email)
            .filter(user -> UserRepository.ACTIVE.equals(user.status()))
            .filter(user -> notFlooded(tenant.id(), user.id()))
            .map(user -> {
              String token = tokens.issue(tenant.id(), user.id(), PasswordTokens.RESET, VALIDITY);
              trail.record(AuditEvent.of(tenant.id(), "anonymous", "password.reset.requested", "user",
                  user.id().toString()));
              return texts.reset(user.email(), tenant.name(), token, locale);
            }))));
    if (mail != null) {
      mail.ifPresent(dispatch::later);
    }
  }
}
