package io.tillid.crypto.internal;

import com.google.crypto.tink.prf.PrfSet;
import io.tillid.crypto.BlindIndex;
import io.tillid.platform.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** {@link BlindIndex} with the tenant's Tink HMAC-SHA256 PRF keyset; 32-byte outputs. */
@Component
class TinkBlindIndex implements BlindIndex {

  private static final Pattern PURPOSE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private final TenantKeysets keysets;

  TinkBlindIndex(TenantKeysets keysets) {
    this.keysets = keysets;
  }

  @Override
  public byte[] of(TenantId tenant, String purpose, String normalizedValue) {
    if (!PURPOSE.matcher(purpose).matches()) {
      throw new IllegalArgumentException("purpose must be a plain name");
    }
    byte[] input = (purpose + "|" + normalizedValue).getBytes(StandardCharsets.UTF_8);
    try {
      PrfSet prf = keysets.primitive(tenant, KeysetPurpose.INDEX, PrfSet.class);
      return prf.computePrimary(input, 32);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot compute a blind index", e);
    }
  }
}
