package io.tillid.crypto.internal;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start, proves the configured master key is one this database's keys were wrapped with: it
 * must open the check value written under it (the first start writes one; a master key rotation
 * writes one for its new key). A wrong key stops the start with a clear reason, before anything
 * could be written under it.
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
      masterKey.recordConfigured();
    }
  }

  private record Check(byte[] wrapped, String masterKeyId) {}

  void verify() {
    Aead configured = masterKey.aead(); // a key that cannot be opened says why first
    List<Check> stored = jdbc.sql("select wrapped_value, master_key_id from crypto_master_check order by id")
        .query((rs, row) -> new Check(rs.getBytes(1), rs.getString(2))).list();
    if (stored.isEmpty()) {
      try {
        write(configured, masterKey.id());
      } catch (DuplicateKeyException e) {
        // another node wrote it first: verify against theirs
        verify();
      }
      return;
    }
    Check mine = stored.stream().filter(check -> check.masterKeyId().equals(masterKey.id())).findFirst()
        .orElseThrow(MasterKeyCheck::refusal);
    try {
      configured.decrypt(mine.wrapped(), CONTEXT);
    } catch (GeneralSecurityException e) {
      throw refusal();
    }
  }

  /** Writes the check value under a master key (the first start, or a rotation's new key). */
  void write(Aead key, String keyId) {
    if (jdbc.sql("select count(*) from crypto_master_check where master_key_id = ?").param(keyId)
        .query(Integer.class).single() > 0) {
      return;
    }
    byte[] value = new byte[32];
    RANDOM.nextBytes(value);
    try {
      jdbc.sql("""
          insert into crypto_master_check (id, wrapped_value, master_key_id, created_at)
          select coalesce(max(id), 0) + 1, ?, ?, ? from crypto_master_check""")
          .params(key.encrypt(value, CONTEXT), keyId, Timestamp.from(Instant.now()))
          .update();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the master key cannot encrypt", e);
    }
  }

  private static IllegalStateException refusal() {
    return new IllegalStateException("the master key (TILLID_MASTER_KEY_URI) is not the one this database's "
        + "keys are wrapped with; refusing to start rather than write data under a different key");
  }
}
