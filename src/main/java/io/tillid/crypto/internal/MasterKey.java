package io.tillid.crypto.internal;

import com.google.crypto.tink.Aead;
import io.tillid.crypto.MasterKeyProvider;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The configured master key, opened on first use through the provider for its URI's scheme, and
 * the other master keys this database knows ({@code crypto_master_key}): a keyset row is unwrapped
 * with the key its {@code master_key_id} names, so during a master key rotation rows wrapped under
 * the old and under the new key both open. One-shot commands that need no keys run without one.
 */
@Component
class MasterKey {

  private final String uri;
  private final List<MasterKeyProvider> providers;
  private final JdbcClient jdbc;
  private final Map<String, Aead> opened = new ConcurrentHashMap<>();

  MasterKey(@Value("${tillid.master-key-uri:}") String uri, List<MasterKeyProvider> providers, JdbcClient jdbc) {
    this.uri = uri;
    this.providers = List.copyOf(providers);
    this.jdbc = jdbc;
  }

  boolean configured() {
    return !uri.isBlank();
  }

  /**
   * A stable id for the configured master key that reveals nothing about it: a hash of its URI, so
   * rewrapping under a new master key can tell which rows are done.
   */
  String id() {
    return idOf(uri);
  }

  static String idOf(String uri) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(uri.getBytes(StandardCharsets.UTF_8));
      return "mk-" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The configured master key. */
  Aead aead() {
    return opened.computeIfAbsent(id(), ignored -> open(uri, providers));
  }

  /** The master key a row names: the configured one, or another this database has recorded. */
  Aead aead(String masterKeyId) {
    if (masterKeyId == null || masterKeyId.equals(id())) {
      return aead();
    }
    return opened.computeIfAbsent(masterKeyId, key -> open(recordedUri(key).orElseThrow(
        () -> new IllegalStateException("a keyset is wrapped by master key " + key + ", which this database does not know")),
        providers));
  }

  /** Opens another master key (a rotation's target) and records it, so every node can open it by id. */
  Aead openAndRecord(String otherUri) {
    String otherId = idOf(otherUri);
    Aead aead = opened.computeIfAbsent(otherId, key -> open(otherUri, providers));
    record(otherId, otherUri);
    return aead;
  }

  /** Records the configured key (at start), so nodes configured with another key can open its rows. */
  void recordConfigured() {
    record(id(), uri);
  }

  private void record(String id, String keyUri) {
    if (recordedUri(id).isPresent()) {
      return;
    }
    try {
      jdbc.sql("insert into crypto_master_key (id, uri, created_at) values (?, ?, ?)")
          .params(id, keyUri, Timestamp.from(Instant.now())).update();
    } catch (DuplicateKeyException e) {
      // another node recorded it first
    }
  }

  private Optional<String> recordedUri(String id) {
    return jdbc.sql("select uri from crypto_master_key where id = ?").param(id).query(String.class).optional();
  }

  static Aead open(String uri, List<MasterKeyProvider> providers) {
    TinkRegistration.ensure();
    if (uri == null || uri.isBlank()) {
      throw new IllegalStateException("no master key is configured (TILLID_MASTER_KEY_URI)");
    }
    URI parsed = URI.create(uri);
    Optional<MasterKeyProvider> provider = providers.stream()
        .filter(candidate -> candidate.scheme().equals(parsed.getScheme()))
        .findFirst();
    if (provider.isEmpty()) {
      throw new IllegalStateException("no master key provider for scheme '" + parsed.getScheme() + "'");
    }
    try {
      return provider.get().open(parsed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the master key cannot be opened (" + e.getMessage() + ")", e);
    }
  }
}
