package io.tillid.crypto.internal;

import com.google.crypto.tink.Aead;
import io.tillid.crypto.MasterKeyProvider;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The configured master key, opened on first use through the provider for its URI's scheme.
 * One-shot commands that need no keys run without one.
 */
@Component
class MasterKey {

  private final String uri;
  private final List<MasterKeyProvider> providers;
  private volatile Aead aead;

  MasterKey(@Value("${tillid.master-key-uri:}") String uri, List<MasterKeyProvider> providers) {
    this.uri = uri;
    this.providers = List.copyOf(providers);
  }

  boolean configured() {
    return !uri.isBlank();
  }

  /**
   * A stable id for the configured master key that reveals nothing about it: a hash of its URI, so
   * rewrapping under a new master key can tell which rows are done.
   */
  String id() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(uri.getBytes(StandardCharsets.UTF_8));
      return "mk-" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Aead aead() {
    Aead opened = aead;
    if (opened == null) {
      synchronized (this) {
        if (aead == null) {
          aead = open(uri, providers);
        }
        opened = aead;
      }
    }
    return opened;
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
