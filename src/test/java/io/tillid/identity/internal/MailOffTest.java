package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import io.tillid.audit.AuditTrail;
import io.tillid.platform.Mailer;
import io.tillid.platform.OutgoingMail;
import io.tillid.platform.TenantId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionOperations;

/** With mail off, a reset request answers as always but touches nothing; an invitation is refused. */
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
  private final TenantRepository tenants = mock(TenantRepository.class);
  private final UserRepository users = mock(UserRepository.class);
  private final PasswordTokens tokens = mock(PasswordTokens.class);
  private final AuditTrail trail = mock(AuditTrail.class);
  private final AccountMail texts = mock(AccountMail.class);

  @Test
  void aResetRequestLooksNothingUpAndSendsNothing() {
    MailDispatch dispatch = mock(MailDispatch.class);
    TransactionOperations transactions = mock(TransactionOperations.class);
    new PasswordResetRequests(tenants, users, tokens, trail, texts, off, dispatch, transactions)
        .request("acme", "anna@acme.dk", Locale.ENGLISH);
    verifyNoInteractions(tenants, users, tokens, trail, texts, dispatch, transactions);
  }

  @Test
  void anInvitationIsRefusedWithAClearReason() {
    Invitations invitations = new Invitations(tenants, users, tokens, texts, off, trail);
    assertThatThrownBy(() -> invitations.invite(TenantId.random(), "user:x", "anna@acme.dk", "Anna", Set.of()))
        .isInstanceOf(InvitationRefused.class)
        .hasMessage("Mail is not configured, so no invitation can be sent.")
        .matches(e -> InvitationRefused.MAIL_OFF.equals(((InvitationRefused) e).reason()));
    verifyNoInteractions(tenants, users, tokens, trail, texts);
  }
}
