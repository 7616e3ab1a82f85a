package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * What an administrator does to a user's sign-in security: reset the second factor (which also
 * signs the user out everywhere), end all sessions, lift a lockout. Each checks first that the user
 * belongs to the administrator's tenant.
 */
@Service
class UserSecurityActions {

  /** How a user's sign-in stands, for the user list. */
  record Standing(boolean mfaEnrolled, boolean locked) {}

  private final UserDirectory directory;
  private final MfaStatus mfa;
  private final MfaReset mfaReset;
  private final SignInAttempts attempts;
  private final AccountUnlock unlock;
  private final ObjectProvider<SessionTermination> sessions;
  private final UserAdministration administration;

  UserSecurityActions(UserAdministration administration, UserDirectory directory, MfaStatus mfa, MfaReset mfaReset, SignInAttempts attempts,
      AccountUnlock unlock, ObjectProvider<SessionTermination> sessions) {
    this.directory = directory;
    this.mfa = mfa;
    this.mfaReset = mfaReset;
    this.attempts = attempts;
    this.unlock = unlock;
    this.sessions = sessions;
    this.administration = administration;
  }

  Map<UUID, Standing> overview(TenantId tenant, List<UserDirectory.Entry> users) {
    Map<UUID, Standing> standing = new HashMap<>();
    for (UserDirectory.Entry user : users) {
      SignedInPrincipal principal = SignedInPrincipal.user(tenant, user.id());
      standing.put(user.id(), new Standing(mfa.enrolled(principal), attempts.locked(principal.principalId())));
    }
    return standing;
  }

  void resetMfa(TenantId tenant, UUID userId, String actor) {
    existing(tenant, userId);
    mfaReset.reset(tenant, userId, actor);
    endSessions(tenant, userId, actor);
  }

  void endSessions(TenantId tenant, UUID userId, String actor) {
    existing(tenant, userId);
    sessions.ifAvailable(termination -> termination.endAll("user:" + userId, actor));
  }

  /** Disables the user (never the tenant's last administrator) and ends all their sessions: the page's and the API's one action. */
  void disable(TenantId tenant, UUID userId, String actor) {
    administration.disable(tenant, userId, actor);
    endSessions(tenant, userId, actor);
  }

  void unlock(TenantId tenant, UUID userId, String actor) {
    existing(tenant, userId);
    unlock.unlock("user:" + userId, actor);
  }

  private void existing(TenantId tenant, UUID userId) {
    directory.find(tenant, userId).orElseThrow(UserAdministration.UserNotFound::new);
  }
}
