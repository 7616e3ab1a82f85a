package io.tillid.identity.internal;

import io.tillid.platform.SafeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Upgrade-on-login: a stored hash made with weaker Argon2id parameters than today's is replaced,
 * in the same request, by one made now from the password that just matched it.
 */
@Component
class PasswordUpgrade {

  private static final Logger LOG = LoggerFactory.getLogger(PasswordUpgrade.class);

  private final PasswordEncoder encoder;
  private final PasswordStore store;

  PasswordUpgrade(PasswordEncoder encoder, PasswordStore store) {
    this.encoder = encoder;
    this.store = store;
  }

  void ifWeaker(SignedInPrincipal principal, String storedHash, String password) {
    if (!encoder.upgradeEncoding(storedHash)) {
      return;
    }
    try {
      store.of(principal).ifPresent(account -> store.replaceHash(account, encoder.encode(password)));
      LOG.atInfo().setMessage("password hash upgraded").addKeyValue("principal", principal.principalId()).log();
    } catch (RuntimeException e) {
      // signing in matters more than the upgrade, which the next sign-in tries again
      LOG.atWarn().setMessage("password hash not upgraded").addKeyValue("principal", principal.principalId())
          .addKeyValue("error", SafeLog.describe(e)).log();
    }
  }
}
