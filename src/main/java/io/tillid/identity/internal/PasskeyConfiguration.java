package io.tillid.identity.internal;

import io.tillid.platform.PlatformProperties;
import java.net.URI;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Passkeys (WebAuthn) with Spring Security's JDBC repositories. The relying party is the host of
 * {@code tillid.public-url}, and the one allowed origin is that URL's origin.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

  @Bean
  PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcTemplate jdbc) {
    return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
  }

  @Bean
  UserCredentialRepository passkeyCredentials(JdbcTemplate jdbc, MfaAudit audit, TransactionTemplate transactions) {
    return new AuditedCredentialRepository(new JdbcUserCredentialRepository(jdbc), audit, transactions);
  }

  @Bean
  WebAuthnRelyingPartyOperations relyingParty(PublicKeyCredentialUserEntityRepository userEntities,
      UserCredentialRepository credentials, PlatformProperties platform, Environment environment) {
    String host = URI.create(platform.publicUrl()).getHost();
    return new Webauthn4JRelyingPartyOperations(userEntities, credentials,
        PublicKeyCredentialRpEntity.builder().id(host).name("Tillid").build(), new PublicOrigin(environment));
  }

  /**
   * The public URL's origin, read when a ceremony is checked rather than at start, so that a
   * server whose port is only known once it listens (tests) still names its own origin.
   */
  static final class PublicOrigin extends AbstractSet<String> {

    private final transient Environment environment;

    PublicOrigin(Environment environment) {
      this.environment = environment;
    }

    @Override
    public Iterator<String> iterator() {
      return Set.of(origin()).iterator();
    }

    @Override
    public int size() {
      return 1;
    }

    private String origin() {
      URI url = URI.create(environment.getProperty("tillid.public-url", "https://localhost:8443"));
      return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }
  }
}
