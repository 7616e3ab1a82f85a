package io.tillid.identity.internal;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * What every mailed "choose a password" link does when it is used (an invitation, a reset): in
 * the link's tenant scope and one transaction, check the password under the policy, use the link
 * up, and hand the account and the new hash to the caller's own step. A password the policy
 * refuses leaves the link open.
 */
@Component
class PasswordLinkUse {

  private final PasswordLinks links;
  private final PasswordTokens tokens;
  private final PasswordPolicy policy;
  private final PasswordEncoder encoder;
  private final TransactionOperations transactions;

  PasswordLinkUse(PasswordLinks links, PasswordTokens tokens, PasswordPolicy policy, PasswordEncoder encoder,
      TransactionOperations transactions) {
    this.links = links;
    this.tokens = tokens;
    this.policy = policy;
    this.encoder = encoder;
    this.transactions = transactions;
  }

  /** Throws {@link LinkInvalidException} for a link of that purpose that is not open. */
  PasswordDecision use(String token, String purpose, String password,
      Function<PasswordAccount, PasswordSubject> subject, BiConsumer<PasswordAccount, String> apply) {
    // the link's tenant is known only from the token: choose its scope before the transaction
    return links.inScopeOf(token, purpose, () -> transactions.execute(status -> {
      PasswordLinks.Link link = links.open(token, purpose);
      PasswordDecision decision = policy.check(password, subject.apply(link.account()));
      if (!decision.accepted()) {
        return decision;
      }
      if (!tokens.consume(link.token(), purpose)) {
        throw new LinkInvalidException();
      }
      apply.accept(link.account(), encoder.encode(password));
      return decision;
    }));
  }
}
