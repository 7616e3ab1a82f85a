package io.tillid.crypto.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import io.tillid.crypto.internal.KeysetRepository.StoredKeyset;
import io.tillid.platform.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each tenant's keysets, unwrapped with the master key when first needed and kept in memory for a
 * short while (other nodes see a rotation or destruction within {@link #TTL}). A tenant's first
 * keyset is made on first use, in a transaction of its own so a concurrent first use on another
 * node simply reads the winner's.
 */
@Component
class TenantKeysets {

  static final Duration TTL = Duration.ofSeconds(60);

  private final KeysetRepository repository;
  private final MasterKey masterKey;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  TenantKeysets(KeysetRepository repository, MasterKey masterKey, PlatformTransactionManager transactions) {
    this.repository = repository;
    this.masterKey = masterKey;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = Clock.systemUTC();
    TinkRegistration.ensure();
  }

  /** A keyset in memory, with the Tink primitives made from it (thread-safe, so made once). */
  private record Cached(KeysetHandle handle, Instant loaded, Map<Class<?>, Object> primitives) {}

  /** The tenant's keyset for the purpose; thrown {@link KeysDestroyedException} if it was shredded. */
  KeysetHandle handle(TenantId tenant, KeysetPurpose purpose) {
    return current(tenant, purpose).handle();
  }

  /** The tenant's keyset for the purpose as a Tink primitive ({@code Aead}, {@code PrfSet}), cached with it. */
  <P> P primitive(TenantId tenant, KeysetPurpose purpose, Class<P> type) throws GeneralSecurityException {
    Cached cached = current(tenant, purpose);
    Object made = cached.primitives().get(type);
    if (made == null) {
      made = cached.handle().getPrimitive(RegistryConfiguration.get(), type);
      cached.primitives().put(type, made);
    }
    return type.cast(made);
  }

  private Cached current(TenantId tenant, KeysetPurpose purpose) {
    String key = tenant + "/" + purpose;
    Cached cached = cache.get(key);
    if (cached != null && cached.loaded().plus(TTL).isAfter(clock.instant())) {
      return cached;
    }
    Cached fresh = new Cached(load(tenant, purpose), clock.instant(), new ConcurrentHashMap<>());
    cache.put(key, fresh);
    return fresh;
  }

  /** Forgets what is cached for the tenant, so the next use reads the stored keysets again. */
  void forget(TenantId tenant) {
    cache.keySet().removeIf(key -> key.startsWith(tenant + "/"));
  }

  private KeysetHandle load(TenantId tenant, KeysetPurpose purpose) {
    Optional<StoredKeyset> stored = repository.find(tenant, purpose);
    if (stored.isEmpty()) {
      stored = Optional.of(create(tenant, purpose));
    }
    StoredKeyset keyset = stored.get();
    if (keyset.destroyed()) {
      throw new KeysDestroyedException();
    }
    return unwrap(tenant, purpose, keyset);
  }

  private StoredKeyset create(TenantId tenant, KeysetPurpose purpose) {
    try {
      KeysetHandle fresh = KeysetHandle.generateNew(purpose.parameters());
      byte[] wrapped = wrap(tenant, purpose, fresh);
      ownTransaction.executeWithoutResult(status -> repository.insert(tenant, purpose, wrapped, masterKey.id()));
    } catch (DuplicateKeyException e) {
      // another request or node made it first: use theirs
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot make the tenant's keyset", e);
    }
    return ownTransaction.execute(status -> repository.find(tenant, purpose)).orElseThrow();
  }

  /** The id of the configured master key, which {@link #wrap} wraps under. */
  String masterKeyId() {
    return masterKey.id();
  }

  /** Wraps a keyset under the configured master key. */
  byte[] wrap(TenantId tenant, KeysetPurpose purpose, KeysetHandle handle) throws GeneralSecurityException {
    return wrap(tenant, purpose, handle, masterKey.aead());
  }

  static byte[] wrap(TenantId tenant, KeysetPurpose purpose, KeysetHandle handle, Aead master)
      throws GeneralSecurityException {
    return TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, master, context(tenant, purpose));
  }

  /** Unwraps a stored keyset with the master key its row names (the configured one, or another known one). */
  KeysetHandle unwrap(TenantId tenant, KeysetPurpose purpose, StoredKeyset stored) {
    if (stored.destroyed()) {
      throw new KeysDestroyedException();
    }
    try {
      return TinkProtoKeysetFormat.parseEncryptedKeyset(stored.wrapped(), masterKey.aead(stored.masterKeyId()),
          context(tenant, purpose));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the tenant's " + purpose.column() + " keyset cannot be unwrapped with the master key");
    }
  }

  /** Binds a wrapped keyset to its tenant and purpose: one copied to another tenant does not open. */
  static byte[] context(TenantId tenant, KeysetPurpose purpose) {
    return ("tillid/keyset/v1|" + tenant + "|" + purpose.column()).getBytes(StandardCharsets.UTF_8);
  }
}
