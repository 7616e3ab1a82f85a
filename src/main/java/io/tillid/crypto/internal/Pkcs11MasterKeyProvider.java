package io.tillid.crypto.internal;

import com.google.crypto.tink.Aead;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.crypto.MasterKeyProvider;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Component;

/**
 * {@code pkcs11:token=tillid;object=tillid-master?module-path=/usr/lib/softhsm/libsofthsm2.so&pin-source=file:/etc/tillid/hsm-pin}:
 * an AES-256 key inside an HSM, used through the JDK's SunPKCS11 provider for AES-GCM wrapping
 * ({@link Pkcs11Aead}); the key never leaves the HSM.
 *
 * <p>The JDK's PKCS#11 bridge selects a slot by index, not by token label, so {@code token} names
 * the token for the operator only: the slot is {@code slot-index=N} when given, otherwise the
 * first slot whose token the PIN logs in to and that holds a secret AES key labelled
 * {@code object}.
 */
@Component
class Pkcs11MasterKeyProvider implements MasterKeyProvider {

  private static final int SLOTS_TRIED = 16;

  @Override
  public String scheme() {
    return "pkcs11";
  }

  @Override
  @SuppressFBWarnings(value = "PATH_TRAVERSAL_IN",
      justification = "The operator names the PKCS#11 module and PIN file in TILLID_MASTER_KEY_URI; reading them is the point.")
  public Aead open(URI uri) throws GeneralSecurityException {
    Pkcs11Uri parsed;
    try {
      parsed = Pkcs11Uri.parse(uri.toString());
    } catch (IllegalArgumentException e) {
      throw new GeneralSecurityException(e.getMessage());
    }
    Path module = Paths.get(parsed.modulePath());
    if (!Files.isRegularFile(module)) {
      throw new GeneralSecurityException("the PKCS#11 module " + module + " does not exist");
    }
    char[] pin = readPin(Paths.get(parsed.pinFile()));
    try {
      List<Integer> slots = parsed.slotIndex().map(List::of)
          .orElseGet(() -> IntStream.range(0, SLOTS_TRIED).boxed().toList());
      for (int slot : slots) {
        Aead found = keyInSlot(parsed, slot, pin);
        if (found != null) {
          return found;
        }
      }
    } finally {
      Arrays.fill(pin, '\0');
    }
    throw new GeneralSecurityException("no token the PIN opens holds an AES key labelled '" + parsed.object() + "'");
  }

  private static Aead keyInSlot(Pkcs11Uri uri, int slot, char[] pin) {
    Provider provider;
    try {
      provider = Security.getProvider("SunPKCS11").configure("--name=tillid-master-" + slot + "\n"
          + "library = \"" + uri.modulePath() + "\"\n"
          + "slotListIndex = " + slot + "\n");
    } catch (RuntimeException e) {
      return null; // no such slot, or no token in it
    }
    try {
      KeyStore store = KeyStore.getInstance("PKCS11", provider);
      store.load(null, pin);
      Key key = store.getKey(uri.object(), null);
      if (key instanceof SecretKey secret && "AES".equals(secret.getAlgorithm())) {
        return new Pkcs11Aead(provider, secret);
      }
      return null;
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      return null; // the PIN does not open this token, or it is not initialised
    }
  }

  private static char[] readPin(Path file) throws GeneralSecurityException {
    try {
      String pin = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (pin.isEmpty()) {
        throw new GeneralSecurityException("the HSM PIN file is empty");
      }
      return pin.toCharArray();
    } catch (IOException e) {
      throw new GeneralSecurityException("the HSM PIN file cannot be read");
    }
  }
}
