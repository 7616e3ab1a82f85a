package io.tillid.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillid.support.IntegrationTest;
import io.tillid.support.TestTls;
import java.io.IOException;
import java.security.Security;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server speaks TLS 1.2 and 1.3 with forward-secret ciphers only. The test JVM lifts the JDK's
 * own restrictions (see tls-test.java.security), so these refusals are Tillid's configuration.
 */
class TlsIT extends IntegrationTest {

  @BeforeAll
  static void jdkRestrictionsAreLifted() {
    assertThat(Security.getProperty("jdk.tls.disabledAlgorithms")).isBlank();
  }

  @Test
  void tls13IsAccepted() throws IOException {
    try (SSLSocket socket = connect(new String[] {"TLSv1.3"}, null)) {
      socket.startHandshake();
      assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.3");
    }
  }

  @Test
  void tls12IsAcceptedWithAForwardSecretCipher() throws IOException {
    try (SSLSocket socket = connect(new String[] {"TLSv1.2"}, null)) {
      socket.startHandshake();
      assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.2");
      assertThat(socket.getSession().getCipherSuite()).startsWith("TLS_ECDHE_");
    }
  }

  @Test
  void tls11AndTls10AreRefused() {
    assertThatThrownBy(() -> handshake(new String[] {"TLSv1.1"}, null)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> handshake(new String[] {"TLSv1"}, null)).isInstanceOf(IOException.class);
  }

  @Test
  void ciphersWithoutForwardSecrecyAreRefused() {
    assertThatThrownBy(() -> handshake(new String[] {"TLSv1.2"},
        new String[] {"TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256"})).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> handshake(new String[] {"TLSv1.2"},
        new String[] {"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA"})).isInstanceOf(IOException.class);
  }

  private void handshake(String[] protocols, String[] ciphers) throws IOException {
    try (SSLSocket socket = connect(protocols, ciphers)) {
      socket.startHandshake();
    }
  }

  private SSLSocket connect(String[] protocols, String[] ciphers) throws IOException {
    SSLSocket socket = (SSLSocket) TestTls.clientContext().getSocketFactory().createSocket("localhost", httpsPort);
    socket.setSoTimeout(10_000);
    socket.setEnabledProtocols(protocols);
    if (ciphers != null) {
      socket.setEnabledCipherSuites(ciphers);
    }
    return socket;
  }
}
