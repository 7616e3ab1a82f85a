package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillid.platform.Mailer;
import io.tillid.platform.OutgoingMail;
import io.tillid.platform.TenantId;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * With mail off, a reset request answers as always but touches nothing; an invitation is refused.
 * The collaborators are absent (null): any use of them would fail the test.
 */
class MailOffTest {

  private final Mailer off = new Mailer() {
    @Override
    public boolean enabled() {
      return false;
    }

    @Override
    public void send(OutgoingMail mail) {
      throw new AssertionError("nothing may be sent");
    }
  };

  @Test
  void aResetRequestLooksNothingUpAndSendsNothing() {
    PasswordResetRequests requests =
        new PasswordResetRequests(null, null, null, null, null, off, null, null, Clock.systemUTC());

    assertThatCode(() -> requests.request("acme", "anna@acme.dk", Locale.ENGLISH)).doesNotThrowAnyException();
  }

  @Test
  void anInvitationIsRefusedWithAClearReason() {
    Invitations invitations = new Invitations(null, null, null, null, off, null, null);

    assertThatThrownBy(() -> invitations.invite(TenantId.random(), "user:x", "anna@acme.dk", "Anna", Set.of()))
        .isInstanceOf(InvitationRefused.class)
        .hasMessage("Mail is not configured, so no invitation can be sent.")
        .matches(e -> InvitationRefused.MAIL_OFF.equals(((InvitationRefused) e).reason()));
  }
}
