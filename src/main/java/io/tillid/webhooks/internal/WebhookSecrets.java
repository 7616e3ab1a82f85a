package io.tillid.webhooks.internal;

import io.tillid.crypto.FieldCipher;
import io.tillid.crypto.FieldContext;
import io.tillid.platform.TenantId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Signing secrets are stored sealed with the tenant's data key (they must be read to sign, so they
 * cannot be hashed), bound to their subscription's row; shown once when made.
 */
@Component
class WebhookSecrets {

  private final FieldCipher cipher;

  WebhookSecrets(FieldCipher cipher) {
    this.cipher = cipher;
  }

  byte[] seal(TenantId tenant, UUID subscriptionId, String secret) {
    return cipher.encrypt(tenant, place(subscriptionId), secret);
  }

  String unseal(TenantId tenant, UUID subscriptionId, byte[] sealed) {
    return cipher.decrypt(tenant, place(subscriptionId), sealed);
  }

  private static FieldContext place(UUID subscriptionId) {
    return new FieldContext("webhook_subscription", "secret", subscriptionId.toString());
  }
}
