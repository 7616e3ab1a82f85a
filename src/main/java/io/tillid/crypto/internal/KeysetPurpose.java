package io.tillid.crypto.internal;

import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import java.util.Locale;

/** What a tenant keyset is for, and the Tink parameters of its keys. */
enum KeysetPurpose {
  /** Field encryption: AES-256-GCM. */
  DATA(PredefinedAeadParameters.AES256_GCM),
  /** Blind indexes: HMAC-SHA256 as a PRF. */
  INDEX(PredefinedPrfParameters.HMAC_SHA256_PRF);

  private final Parameters parameters;

  KeysetPurpose(Parameters parameters) {
    this.parameters = parameters;
  }

  Parameters parameters() {
    return parameters;
  }

  /** The value stored in {@code tenant_keyset.purpose}. */
  String column() {
    return name().toLowerCase(Locale.ROOT);
  }
}
