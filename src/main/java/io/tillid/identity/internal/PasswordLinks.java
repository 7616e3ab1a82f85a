package io.tillid.identity.internal;

import io.tillid.identity.internal.PasswordTokens.OpenToken;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
    return inScopeOf(token, purpose, () -> find(token, purpose));
  }

  /**
   * Runs {@code work} in the scope of the link's tenant, found by the token's hash; inside an open
   * transaction (which already chose its scope, see {@link TenantScope}) it runs as it is. An
   * unknown, used or expired token is refused before any work.
   */
  <T> T inScopeOf(String token, String purpose, Supplier<T> work) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return work.get();
    }
    TenantId tenant = tokens.tenantOf(token, purpose).orElseThrow(LinkInvalidException::new);
    return TenantScope.call(tenant, work);
  }

  private Link find(String token, String purpose) {
    String wantedStatus = PasswordTokens.RESET.equals(purpose) ? UserRepository.ACTIVE : PasswordAccount.INVITED;
    return tokens.find(token, purpose)
        .flatMap(open -> store.user(open.tenant(), open.userId())
            .filter(account -> wantedStatus.equals(account.status()))
            .map(account -> new Link(open, account)))
        .orElseThrow(LinkInvalidException::new);
  }
}
