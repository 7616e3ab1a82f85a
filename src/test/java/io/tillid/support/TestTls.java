package io.tillid.support;

import io.tillid.platform.launch.DevCertificate;
import io.tillid.platform.launch.TlsFiles;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** A TLS certificate for the servers tests start, and a client context that trusts only it. */
public final class TestTls {

  private static TlsFiles files;

  private TestTls() {}

  public static synchronized TlsFiles files() {
    if (files == null) {
      try {
        Path directory = Files.createTempDirectory("tillid-test-tls");
        files = DevCertificate.ensure(directory);
      } catch (Exception e) {
        throw new IllegalStateException("cannot make the test certificate", e);
      }
    }
    return files;
  }

  public static SSLContext clientContext() {
    return clientContext(files().certificate());
  }

  public static SSLContext clientContext(Path certificate) {
    try (InputStream in = Files.newInputStream(certificate)) {
      X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry("tillid", cert);
      TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trust);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, factory.getTrustManagers(), null);
      return context;
    } catch (Exception e) {
      throw new IllegalStateException("cannot build the test TLS client", e);
    }
  }
}
