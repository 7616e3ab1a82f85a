package io.tillid.identity.internal;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.tillid.platform.PlatformProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * The authorization server's parts: the issuer (the public URL), the published keys, the token
 * generator (ES256 JWTs with our claims) and the decoder the API uses to verify those tokens
 * locally, without calling the authorization server.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuthProperties.class)
class OAuthConfiguration {

  @Bean
  AuthorizationServerSettings authorizationServerSettings(PlatformProperties platform) {
    return AuthorizationServerSettings.builder().issuer(platform.publicUrl()).build();
  }

  /** The published public keys (JWKS endpoint); private keys are never in it. */
  @Bean
  JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
    return keys.publicSource();
  }

  @Bean
  OAuth2TokenGenerator<?> tokenGenerator(SigningKeys keys) {
    JwtGenerator jwt = new JwtGenerator(new NimbusJwtEncoder(keys.signingSource()));
    jwt.setJwtCustomizer(new AccessTokenClaims());
    // refresh tokens (third-party applications): opaque random values, stored only as hashes
    return new DelegatingOAuth2TokenGenerator(jwt, new OAuth2RefreshTokenGenerator());
  }

  /** Verifies access tokens: ES256 only, a published key, our issuer, within their lifetime. */
  @Bean
  JwtDecoder accessTokenDecoder(SigningKeys keys, AuthorizationServerSettings settings) {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, keys.publicSource()));
    processor.setJWTClaimsSetVerifier((claims, context) -> { }); // Spring's validators below check the claims
    NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
    decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(settings.getIssuer()));
    return decoder;
  }
}
