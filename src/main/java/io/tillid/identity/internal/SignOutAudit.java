package io.tillid.identity.internal;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records a sign-out (Spring Security publishes the event when /logout succeeds). */
@Component
class SignOutAudit {

  private final SignInAudit audit;

  SignOutAudit(SignInAudit audit) {
    this.audit = audit;
  }

  @EventListener
  @Transactional
  void signedOut(LogoutSuccessEvent event) {
    if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof SignedInPrincipal who) {
      audit.record(GuardKey.of(who), who.principalId(), "signout", Map.of());
    }
  }
}
