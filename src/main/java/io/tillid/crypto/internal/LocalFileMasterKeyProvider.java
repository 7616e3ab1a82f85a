package io.tillid.crypto.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.crypto.MasterKeyProvider;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import org.springframework.stereotype.Component;

/**
 * {@code file:/path/master-key.json}: a Tink AEAD keyset in a local file readable by its owner only
 * (start-dev generates one; production checks its mode before starting).
 */
@Component
class LocalFileMasterKeyProvider implements MasterKeyProvider {

  @Override
  public String scheme() {
    return "file";
  }

  @Override
  @SuppressFBWarnings(value = "PATH_TRAVERSAL_IN",
      justification = "The operator names the master key file in TILLID_MASTER_KEY_URI; reading it is the point.")
  public Aead open(URI uri) throws GeneralSecurityException {
    try {
      String json = Files.readString(Paths.get(uri), StandardCharsets.UTF_8);
      KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
      return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
    } catch (IOException e) {
      throw new GeneralSecurityException("the master key file cannot be read", e);
    }
  }
}
