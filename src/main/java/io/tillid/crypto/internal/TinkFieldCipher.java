package io.tillid.crypto.internal;

import com.google.crypto.tink.Aead;
import io.tillid.crypto.FieldCipher;
import io.tillid.crypto.FieldContext;
import io.tillid.crypto.UnreadableFieldException;
import io.tillid.platform.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.springframework.stereotype.Component;

/** {@link FieldCipher} with the tenant's Tink AES-256-GCM keyset. */
@Component
class TinkFieldCipher implements FieldCipher {

  private final TenantKeysets keysets;

  TinkFieldCipher(TenantKeysets keysets) {
    this.keysets = keysets;
  }

  @Override
  public byte[] encrypt(TenantId tenant, FieldContext field, String plaintext) {
    try {
      return aead(tenant).encrypt(plaintext.getBytes(StandardCharsets.UTF_8), field.associatedData(tenant));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt " + field, e);
    }
  }

  @Override
  public String decrypt(TenantId tenant, FieldContext field, byte[] ciphertext) {
    Aead aead;
    try {
      aead = aead(tenant);
    } catch (KeysDestroyedException e) {
      throw new UnreadableFieldException(field, "the tenant's keys were destroyed");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot open the tenant's keyset", e);
    }
    try {
      return new String(aead.decrypt(ciphertext, field.associatedData(tenant)), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException first) {
      // a key added by a rotation on another node since this one cached the keyset: read it again
      keysets.forget(tenant);
      try {
        return new String(aead(tenant).decrypt(ciphertext, field.associatedData(tenant)),
            StandardCharsets.UTF_8);
      } catch (GeneralSecurityException | KeysDestroyedException e) {
        throw new UnreadableFieldException(field, "it was altered, moved from another record, or its key is gone");
      }
    }
  }

  private Aead aead(TenantId tenant) throws GeneralSecurityException {
    return keysets.primitive(tenant, KeysetPurpose.DATA, Aead.class);
  }
}
