package io.tillid.platform.launch;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** Reads and writes the PEM files of TLS certificates and keys. */
final class Pem {

  private Pem() {}

  static X509Certificate readCertificate(Path file) throws ConfigurationRefused {
    Object parsed = parse(file, "certificate");
    if (!(parsed instanceof X509CertificateHolder holder)) {
      throw new ConfigurationRefused("TLS certificate file " + file + " holds no PEM certificate");
    }
    try {
      return new JcaX509CertificateConverter().getCertificate(holder);
    } catch (CertificateException e) {
      throw new ConfigurationRefused("TLS certificate file " + file + " is not a valid certificate");
    }
  }

  static PrivateKey readPrivateKey(Path file) throws ConfigurationRefused {
    Object parsed = parse(file, "private key");
    try {
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      if (parsed instanceof PEMKeyPair pair) {
        return converter.getKeyPair(pair).getPrivate();
      }
      if (parsed instanceof PrivateKeyInfo info) {
        return converter.getPrivateKey(info);
      }
    } catch (IOException e) {
      throw new ConfigurationRefused("TLS key file " + file + " holds an unreadable private key");
    }
    throw new ConfigurationRefused(
        "TLS key file " + file + " holds no unencrypted PEM private key (PKCS#8 or PKCS#1)");
  }

  private static Object parse(Path file, String what) throws ConfigurationRefused {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new ConfigurationRefused("cannot read the " + what + " file " + file);
    }
    try (Reader reader = new StringReader(text); PEMParser parser = new PEMParser(reader)) {
      Object parsed = parser.readObject();
      if (parsed == null) {
        throw new ConfigurationRefused("the " + what + " file " + file + " holds no PEM data");
      }
      return parsed;
    } catch (IOException e) {
      throw new ConfigurationRefused("the " + what + " file " + file + " is not valid PEM");
    }
  }

  static void write(Path file, Object pemObject, boolean secret) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(temp);
    if (secret) {
      Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(temp);
    }
    try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        JcaPEMWriter pem = new JcaPEMWriter(out)) {
      pem.writeObject(pemObject);
    }
    Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** True when the private key belongs to the public key: it signs what the public key verifies. */
  static boolean matches(PublicKey publicKey, PrivateKey privateKey) {
    String algorithm = "EC".equals(privateKey.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    try {
      byte[] challenge = "tillid key pair check".getBytes(StandardCharsets.US_ASCII);
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(privateKey);
      signer.update(challenge);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(publicKey);
      verifier.update(challenge);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
