package io.tillid.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.tillid.platform.TenantId;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.Test;

/**
 * The {@code aws-kms://} master key through Tink's AWS KMS integration, against {@link FakeKms}
 * on loopback (the {@code endpoint} override): no call leaves the machine.
 */
class AwsKmsMasterKeyTest {

  private static final String ARN = "arn:aws:kms:eu-north-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

  private final AwsKmsMasterKeyProvider provider = new AwsKmsMasterKeyProvider(
      new AWSStaticCredentialsProvider(new BasicAWSCredentials("AKIDTEST", "test-secret")));

  @Test
  void wrapsAndUnwrapsATenantKeysetThroughKmsEncryptAndDecrypt() throws Exception {
    TinkRegistration.ensure();
    try (FakeKms kms = new FakeKms(ARN)) {
      Aead master = provider.open(URI.create("aws-kms://" + ARN + "?endpoint=" + kms.endpoint()));
      TenantId tenant = TenantId.random();
      KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);

      byte[] wrapped = TenantKeysets.wrap(tenant, KeysetPurpose.DATA, keyset, master);
      KeysetHandle unwrapped = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, master,
          TenantKeysets.context(tenant, KeysetPurpose.DATA));

      assertThat(unwrapped.getPrimary().getId()).isEqualTo(keyset.getPrimary().getId());
      assertThat(kms.operations()).containsExactly("TrentService.Encrypt", "TrentService.Decrypt");
      // bound to its tenant: another tenant's context does not open it
      assertThatThrownBy(() -> TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, master,
          TenantKeysets.context(TenantId.random(), KeysetPurpose.DATA))).isInstanceOf(GeneralSecurityException.class);
    }
  }

  @Test
  void aTamperedCiphertextOrAnotherKeyIsRefused() throws Exception {
    try (FakeKms kms = new FakeKms(ARN); FakeKms other = new FakeKms(ARN)) {
      Aead master = provider.open(URI.create("aws-kms://" + ARN + "?endpoint=" + kms.endpoint()));
      byte[] ad = "tillid".getBytes(StandardCharsets.UTF_8);
      byte[] sealed = master.encrypt("secret".getBytes(StandardCharsets.UTF_8), ad);
      assertThat(master.decrypt(sealed, ad)).asString(StandardCharsets.UTF_8).isEqualTo("secret");
      sealed[sealed.length - 1] ^= 1;
      assertThatThrownBy(() -> master.decrypt(sealed, ad)).isInstanceOf(GeneralSecurityException.class);
      Aead elsewhere = provider.open(URI.create("aws-kms://" + ARN + "?endpoint=" + other.endpoint()));
      byte[] fresh = master.encrypt("secret".getBytes(StandardCharsets.UTF_8), ad);
      assertThatThrownBy(() -> elsewhere.decrypt(fresh, ad)).isInstanceOf(GeneralSecurityException.class);
    }
  }

  @Test
  void refusesWhatIsNotAKeyArnAndPlainHttpBeyondLoopback() {
    assertThatThrownBy(() -> provider.open(URI.create("aws-kms://not-an-arn")))
        .isInstanceOf(GeneralSecurityException.class).hasMessageContaining("ARN");
    assertThatThrownBy(() -> provider.open(URI.create("aws-kms://" + ARN + "?endpoint=http://kms.example.com")))
        .isInstanceOf(GeneralSecurityException.class).hasMessageContaining("https");
  }
}
