package io.tillid.crypto.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start, proves the configured master key is the one this database's keys were wrapped with:
 * it must open the check value written the first time. A wrong key stops the start with a clear
 * reason, before anything could be written under it.
 */
@Component
class MasterKeyCheck implements InitializingBean {

  private static final byte[] CONTEXT = "tillid/master-check/v1".getBytes(StandardCharsets.UTF_8);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final MasterKey masterKey;
  private final JdbcClient jdbc;

  MasterKeyCheck(MasterKey masterKey, JdbcClient jdbc) {
    this.masterKey = masterKey;
    this.jdbc = jdbc;
  }

  @Override
  public void afterPropertiesSet() {
    if (masterKey.configured()) {
      verify();
    }
  }

  void verify() {
    Optional<byte[]> stored = jdbc.sql("select wrapped_value from crypto_master_check where id = 1")
        .query(byte[].class).optional();
    if (stored.isEmpty()) {
      byte[] value = new byte[32];
      RANDOM.nextBytes(value);
      try {
        jdbc.sql("insert into crypto_master_check (id, wrapped_value, master_key_id, created_at) values (1, ?, ?, ?)")
            .params(masterKey.aead().encrypt(value, CONTEXT), masterKey.id(), java.sql.Timestamp.from(Instant.now()))
            .update();
        return;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("the master key cannot encrypt", e);
      } catch (DuplicateKeyException e) {
        // another node wrote it first: verify against theirs
        verify();
        return;
      }
    }
    try {
      masterKey.aead().decrypt(stored.get(), CONTEXT);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the master key (TILLID_MASTER_KEY_URI) is not the one this database's "
          + "keys are wrapped with; refusing to start rather than write data under a different key");
    }
  }
}
