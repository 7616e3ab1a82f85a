package io.tillid.platform.launch;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/**
 * A master key (key-encryption key) kept in a local file as a Tink keyset. start-dev generates one
 * readable by its owner only; production may use one too, though an HSM or cloud KMS is better.
 */
public final class MasterKeyFile {

  private MasterKeyFile() {}

  /** Makes the dev master key if it does not exist yet, and returns its {@code file:} URI. */
  public static String ensure(Path file) throws IOException {
    if (!Files.exists(file)) {
      generate(file);
    }
    return file.toUri().toString();
  }

  static void generate(Path file) throws IOException {
    try {
      AeadConfig.register();
      KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
      String json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
      Path folder = file.toAbsolutePath().getParent();
      if (folder != null) {
        Files.createDirectories(folder);
      }
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.deleteIfExists(temp);
      Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(temp, json, StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot generate the development master key", e);
    }
  }

  /** Checks that the file is private to its owner and holds a usable AEAD keyset. */
  static void check(Path file) throws ConfigurationRefused {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new ConfigurationRefused("master key file " + file + " does not exist or is not readable");
    }
    ProductionEnvironment.requireOwnerOnly(file, "master key file");
    try {
      AeadConfig.register();
      KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeyset(
          Files.readString(file, StandardCharsets.UTF_8), InsecureSecretKeyAccess.get());
      handle.getPrimitive(com.google.crypto.tink.RegistryConfiguration.get(), com.google.crypto.tink.Aead.class);
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      throw new ConfigurationRefused("master key file " + file + " does not hold a Tink AEAD keyset");
    }
  }

}
