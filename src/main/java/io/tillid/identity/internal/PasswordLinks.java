package io.tillid.identity.internal;

import io.tillid.identity.internal.PasswordTokens.OpenToken;
import org.springframework.stereotype.Component;

/** Resolves the token of an e-mailed link to the open token and its account, or refuses it. */
@Component
class PasswordLinks {

  /** An open link and whose it is. */
  record Link(OpenToken token, PasswordAccount account) {}

  private final PasswordTokens tokens;
  private final PasswordStore store;

  PasswordLinks(PasswordTokens tokens, PasswordStore store) {
    this.tokens = tokens;
    this.store = store;
  }

  /**
   * The link's account, if the token is open and the account has the status the purpose needs
   * ({@code active} for a reset, {@code invited} for an invitation).
   */
  Link open(String token, String purpose) {
    String wantedStatus = PasswordTokens.RESET.equals(purpose) ? UserRepository.ACTIVE : PasswordAccount.INVITED;
    return tokens.find(token, purpose)
        .flatMap(open -> store.user(open.tenant(), open.userId())
            .filter(account -> wantedStatus.equals(account.status()))
            .map(account -> new Link(open, account)))
        .orElseThrow(LinkInvalidException::new);
  }
}
