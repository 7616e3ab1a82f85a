package io.tillid.identity.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.tillid.crypto.PlatformSecrets;
import io.tillid.identity.internal.SigningKeyRepository.StoredKey;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The ES256 (EC P-256) keys that sign access tokens, read from the database by every node, so
 * nodes keep nothing of their own: the newest stored key signs; when it is older than the rotation
 * period, the first node to notice makes the next one. Private keys are stored sealed under the
 * master key and opened only for the key that signs. What a node read is reused for
 * {@link #CACHE}; a token naming a key this node does not know yet makes it read again.
 */
@Component
class SigningKeys {

  static final Duration CACHE = Duration.ofSeconds(30);
  private static final Duration UNKNOWN_KEY_RELOAD = Duration.ofSeconds(5);
  private static final int KEEP = 20;

  private final SigningKeyRepository repository;
  private final PlatformSecrets secrets;
  private final OAuthProperties properties;
  private final Clock clock;
  private volatile Loaded loaded;

  private record Loaded(ECKey signing, JWKSet published, Instant at) {}

  SigningKeys(SigningKeyRepository repository, PlatformSecrets secrets, OAuthProperties properties, Clock clock) {
    this.repository = repository;
    this.secrets = secrets;
    this.properties = properties;
    this.clock = clock;
  }

  /** The key to sign with now (with its private part). */
  ECKey signingKey() {
    return current().signing();
  }

  /** The public keys a token may be verified with now: the signing key and those not yet retired long enough. */
  JWKSet publicKeys() {
    return current().published();
  }

  /** The published public keys, for the JWKS endpoint and for verifying tokens on this node. */
  JWKSource<SecurityContext> publicSource() {
    return (selector, context) -> {
      Loaded now = current();
      List<JWK> found = selector.select(now.published());
      if (found.isEmpty() && selector.getMatcher().getKeyIDs() != null
          && now.at().plus(UNKNOWN_KEY_RELOAD).isBefore(clock.instant())) {
        found = selector.select(reload().published()); // another node may have rotated just now
      }
      return found;
    };
  }

  /** Only the signing key, so the encoder never has to choose. */
  JWKSource<SecurityContext> signingSource() {
    return (selector, context) -> selector.select(new JWKSet(signingKey()));
  }

  /** Forgets what was read, so the next use reads the stored keys again (and rotates if due). */
  synchronized Loaded reload() {
    Instant now = clock.instant();
    List<StoredKey> stored = repository.newestFirst(KEEP);
    if (KeyRing.newKeyDue(stored, now, properties.signingKeyRotation())) {
      create(now);
      stored = repository.newestFirst(KEEP);
    }
    List<JWK> published = new ArrayList<>();
    for (StoredKey key : KeyRing.published(stored, now, properties.accessTokenLifetime())) {
      published.add(parse(key.publicJwk()));
    }
    loaded = new Loaded(open(stored.get(0)), new JWKSet(published), now);
    return loaded;
  }

  private Loaded current() {
    Loaded now = loaded;
    if (now == null || !now.at().plus(CACHE).isAfter(clock.instant())) {
      now = reload();
    }
    return now;
  }

  private void create(Instant now) {
    try {
      ECKey key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
          .keyIDFromThumbprint(true).issueTime(Date.from(now)).generate();
      byte[] sealed = secrets.seal(purpose(key.getKeyID()), key.toJSONString().getBytes(StandardCharsets.UTF_8));
      repository.insert(key.getKeyID(), JWSAlgorithm.ES256.getName(), key.toPublicJWK().toJSONString(), sealed, now);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot make a token signing key", e);
    }
  }

  private ECKey open(StoredKey key) {
    byte[] opened = secrets.open(purpose(key.kid()), key.sealedPrivate());
    try {
      return ECKey.parse(new String(opened, StandardCharsets.UTF_8));
    } catch (ParseException e) {
      throw new IllegalStateException("a stored token signing key cannot be read");
    }
  }

  private static JWK parse(String publicJwk) {
    try {
      return JWK.parse(publicJwk);
    } catch (ParseException e) {
      throw new IllegalStateException("a stored public signing key cannot be read");
    }
  }

  /** Binds each sealed private key to its key id: one copied to another row does not open. */
  static String purpose(String kid) {
    return "oauth-signing-key/" + kid;
  }
}
