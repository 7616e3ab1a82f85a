package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import io.tillid.support.IntegrationTest;
import io.tillid.support.ProbeApi;
import io.tillid.support.TestClients;
import io.tillid.support.TestTls;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * OAuth 2.0 client credentials end to end, with a real OAuth client library (Nimbus OAuth 2.0 SDK):
 * tokens are obtained at /oauth2/token and used on the API, which verifies them locally.
 */
@ExtendWith(OutputCaptureExtension.class)
class OAuthClientCredentialsIT extends IntegrationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired
  ApplicationContext context;

  @Autowired
  SigningKeys signingKeys;

  @Test
  void aClientGetsATokenWithItsClaimsAndCallsTheApi(CapturedOutput log) throws Exception {
    TestClients.Created client = TestClients.create(context, "customers.read", "screenings.run");
    HTTPResponse raw = send(tokenRequest(basic(client), null));
    assertThat(raw.getStatusCode()).isEqualTo(200);
    Map<?, ?> body = JSON.readValue(raw.getBody(), Map.class);
    assertThat(body.get("token_type")).isEqualTo("Bearer");
    assertThat(((Number) body.get("expires_in")).longValue()).isBetween(590L, 600L);
    String token = (String) body.get("access_token");

    SignedJWT jwt = SignedJWT.parse(token);
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    assertThat(jwt.getHeader().getKeyID()).isNotBlank();
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    UUID clientUuid = clientUuid(client);
    assertThat(claims.getSubject()).isEqualTo("client:" + clientUuid);
    assertThat(claims.getStringClaim("tenant")).isEqualTo(tenantOf(client).toString());
    assertThat(claims.getStringListClaim("scope")).containsExactlyInAnyOrder("customers.read", "screenings.run");
    assertThat(claims.getJWTID()).isNotBlank();
    assertThat(claims.getIssuer()).isEqualTo("https://localhost:" + httpsPort);

    HttpResponse<String> me = api("/api/v1/me", token);
    assertThat(me.statusCode()).isEqualTo(200);
    Map<?, ?> who = JSON.readValue(me.body(), Map.class);
    assertThat(who.get("tenant")).isEqualTo(client.tenantSlug());
    assertThat(who.get("principal")).isEqualTo("client:" + clientUuid);
    assertThat(permissions(who)).containsExactly("customers.read", "screenings.run");

    assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'oauth.token.issued' "
        + "and target_id = ? and details like ?").params(tenantOf(client), clientUuid.toString(),
        "%" + claims.getJWTID() + "%").query(Integer.class).single()).isOne();

    assertThat(log.getOut()).as("the request log names the client by id, in its tenant")
        .contains("\"principal\":\"client:" + clientUuid + "\"", "\"route\":\"/api/v1/me\"")
        .doesNotContain(token, client.secret(), parts(token)[1], parts(token)[2]);
  }

  private static String[] parts(String token) {
    return token.split("\\.");
  }

  @Test
  void clientSecretPostWorksAndAskedScopesNarrowTheToken() throws Exception {
    TestClients.Created client = TestClients.create(context, "customers.read", "screenings.run");
    ClientSecretPost post = new ClientSecretPost(new ClientID(client.clientId()), new Secret(client.secret()));
    AccessToken token = success(tokenRequest(post, new Scope("customers.read")));
    assertThat(token.getScope()).isEqualTo(new Scope("customers.read"));
    Map<?, ?> who = JSON.readValue(api("/api/v1/me", token.getValue()).body(), Map.class);
    assertThat(permissions(who)).containsExactly("customers.read");
  }

  @Test
  void aWrongSecretOrAnUnknownClientIsInvalidClientAndAudited() throws Exception {
    TestClients.Created client = TestClients.create(context, "customers.read");
    String wrongSecret = "not-the-secret-" + UUID.randomUUID();
    HTTPResponse wrong = send(tokenRequest(new ClientSecretBasic(new ClientID(client.clientId()), new Secret(wrongSecret)),
        null));
    assertThat(wrong.getStatusCode()).isEqualTo(401);
    assertThat(TokenErrorResponse.parse(wrong).getErrorObject().getCode()).isEqualTo("invalid_client");
    assertThat(wrong.getBody()).doesNotContain(wrongSecret);

    String unknownId = "unknown-" + UUID.randomUUID();
    HTTPResponse unknown = send(tokenRequest(new ClientSecretBasic(new ClientID(unknownId), new Secret(wrongSecret)), null));
    assertThat(unknown.getStatusCode()).isEqualTo(401);
    assertThat(TokenErrorResponse.parse(unknown).getErrorObject().getCode()).isEqualTo("invalid_client");

    HttpResponse<String> none = https().send(HttpRequest.newBuilder(url("/oauth2/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.body()).contains("invalid_client");

    assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and target_id = ? "
        + "and action = 'oauth.client.authentication.failed'").params(tenantOf(client), clientUuid(client).toString())
        .query(Integer.class).single()).isOne();
    assertThat(jdbc.sql("select count(*) from audit_entry where action = 'oauth.client.authentication.failed' "
        + "and tenant_id = '00000000-0000-0000-0000-000000000000' and target_id is null").query(Integer.class).single())
        .isPositive();
    assertThat(jdbc.sql("select count(*) from audit_entry where details like ? or details like ?")
        .params("%" + wrongSecret + "%", "%" + unknownId + "%").query(Integer.class).single()).isZero();
  }

  @Test
  void aScopeOutsideTheClientsIsInvalidScope() throws Exception {
    TestClients.Created client = TestClients.create(context, "customers.read");
    HTTPResponse refused = send(tokenRequest(basic(client), new Scope("customers.read", "users.manage")));
    assertThat(refused.getStatusCode()).isEqualTo(400);
    ErrorObject error = TokenErrorResponse.parse(refused).getErrorObject();
    assertThat(error.getCode()).isEqualTo("invalid_scope");
  }

  @Test
  void onlyClientCredentialsAreGranted() throws Exception {
    TestClients.Created client = TestClients.create(context, "customers.read");
    HttpResponse<String> password = https().send(HttpRequest.newBuilder(url("/oauth2/token"))
        .header("Authorization", basicHeader(client)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=x&password=y")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(password.statusCode()).isEqualTo(400);
    assertThat(password.body()).contains("unsupported_grant_type");
    // refresh tokens are for third-party applications (ThirdPartyApplicationsIT); a service gets none
    HttpResponse<String> refresh = https().send(HttpRequest.newBuilder(url("/oauth2/token"))
        .header("Authorization", basicHeader(client)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=x")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(refresh.statusCode()).isEqualTo(400);
    assertThat(refresh.body()).doesNotContain("access_token");

    // a service has no authorization code flow: the endpoint grants nothing and sends nobody anywhere
    HttpResponse<String> authorize = get("/oauth2/authorize?response_type=code&client_id=" + client.clientId()
        + "&redirect_uri=https%3A%2F%2Fevil.example%2Fcb&scope=customers.read");
    assertThat(authorize.statusCode()).isNotEqualTo(200);
    assertThat(authorize.headers().firstValue("Location").orElse("")).doesNotContain("evil.example", "code=");
  }

  @Test
  void theApiRefusesMissingExpiredTamperedAndForeignTokensAsProblems() throws Exception {
    TestClients.Created client = TestClients.create(context, "customers.read");
    String token = success(tokenRequest(basic(client), null)).getValue();

    HttpResponse<String> missing = get("/api/v1/me");
    assertThat(missing.statusCode()).isEqualTo(401);
    assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));

    String[] parts = token.split("\\.");
    JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
    String morePower = Base64.getUrlEncoder().withoutPadding().encodeToString(new JWTClaimsSet.Builder(claims)
        .claim("scope", List.of("customers.read", "users.manage")).build().toString().getBytes(StandardCharsets.UTF_8));
    String tampered = parts[0] + "." + morePower + "." + parts[2];

    ECKey ours = signingKeys.signingKey();
    String expired = sign(ours, new JWTClaimsSet.Builder(claims).jwtID(claims.getJWTID())
        .issueTime(Date.from(Instant.now().minus(30, ChronoUnit.MINUTES)))
        .expirationTime(Date.from(Instant.now().minus(15, ChronoUnit.MINUTES))).build());
    ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID(ours.getKeyID()).generate();
    String foreign = sign(stranger, claims);

    int platformRefusals = platformTokenRefusals();
    for (String bad : List.of(tampered, expired, foreign, "not-a-jwt")) {
      HttpResponse<String> refused = api("/api/v1/me", bad);
      assertThat(refused.statusCode()).as(bad).isEqualTo(401);
      assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(refused.body()).doesNotContain(client.clientId());
    }
    // nothing in an unverified token can be trusted: each refusal is recorded in the platform's chain
    assertThat(platformTokenRefusals()).isEqualTo(platformRefusals + 4);
    assertThat(jdbc.sql("select count(*) from audit_entry where details like ?").param("%" + parts[2] + "%")
        .query(Integer.class).single()).as("no token in the audit trail").isZero();
    assertThat(api("/api/v1/me", token).statusCode()).isEqualTo(200);
  }

  private int platformTokenRefusals() {
    return jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'api.token.refused'")
        .param(io.tillid.platform.TenantId.PLATFORM.value()).query(Integer.class).single();
  }

  @Test
  void aTokenCannotBeTurnedToAnotherTenant() throws Exception {
    TestClients.Created a = TestClients.create(context, "customers.read");
    TestClients.Created b = TestClients.create(context, "customers.read");
    String token = success(tokenRequest(basic(a), null)).getValue();
    JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
    // even correctly signed, a's client and jti do not exist in b's tenant
    String otherTenant = sign(signingKeys.signingKey(), new JWTClaimsSet.Builder(claims)
        .claim("tenant", tenantOf(b).toString()).build());
    assertThat(api("/api/v1/me", otherTenant).statusCode()).isEqualTo(401);
    String otherClient = sign(signingKeys.signingKey(), new JWTClaimsSet.Builder(claims)
        .subject("client:" + clientUuid(b)).claim("tenant", tenantOf(b).toString()).build());
    assertThat(api("/api/v1/me", otherClient).statusCode()).isEqualTo(401);
    Map<?, ?> who = JSON.readValue(api("/api/v1/me", token).body(), Map.class);
    assertThat(who.get("tenant")).isEqualTo(a.tenantSlug());
  }

  @Test
  void aMissingScopeIsA403ProblemAndTheScopeAdmits() throws Exception {
    TestClients.Created reader = TestClients.create(context, "customers.read");
    HttpResponse<String> refused = api(ProbeApi.ScopedProbe.ROUTE, success(tokenRequest(basic(reader), null)).getValue());
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));

    TestClients.Created writer = TestClients.create(context, "customers.write");
    assertThat(api(ProbeApi.ScopedProbe.ROUTE, success(tokenRequest(basic(writer), null)).getValue()).statusCode())
        .isEqualTo(200);
  }

  @Test
  void aRevokedTokenIsRefusedAtOnceAndIntrospectionSaysSo() throws Exception {
    TestClients.Created client = TestClients.create(context, "customers.read");
    AccessToken token = success(tokenRequest(basic(client), null));
    assertThat(introspect(client, token).toSuccessResponse().isActive()).isTrue();
    TestClients.Created other = TestClients.create(context, "customers.read");
    assertThat(introspect(other, token).toSuccessResponse().isActive()).as("another tenant's client learns nothing")
        .isFalse();
    HTTPRequest revoke = new TokenRevocationRequest(url("/oauth2/revoke"), basic(client), token).toHTTPRequest();
    assertThat(send(revoke).getStatusCode()).isEqualTo(200);

    HttpResponse<String> refused = api("/api/v1/me", token.getValue());
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
    assertThat(introspect(client, token).toSuccessResponse().isActive()).isFalse();
    assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'oauth.token.revoked'")
        .param(tenantOf(client)).query(Integer.class).single()).isOne();
    String jti = SignedJWT.parse(token.getValue()).getJWTClaimsSet().getJWTID();
    assertThat(jdbc.sql("select details from audit_entry where tenant_id = ? and action = 'api.token.refused'"
        + " and target_type = 'token' and target_id = ?").params(tenantOf(client), jti).query(String.class).list())
        .as("the use of the revoked token, in its tenant").singleElement().asString()
        .contains("invalid_token", "client:" + clientUuid(client));
    assertThat(jdbc.sql("select count(*) from oauth_access_token where token_hash = ? or id = ?")
        .params(token.getValue(), token.getValue()).query(Integer.class).single()).as("tokens are stored hashed").isZero();
  }

  @Test
  void aDeletedClientsTokenIsRefusedAtOnceAndShrunkScopesCountAtOnce() throws Exception {
    TestClients.Created client = TestClients.create(context, "customers.read", "customers.write");
    String token = success(tokenRequest(basic(client), null)).getValue();
    assertThat(api(ProbeApi.ScopedProbe.ROUTE, token).statusCode()).isEqualTo(200);

    jdbc.sql("update api_client set scopes = 'customers.read' where client_id = ?").param(client.clientId()).update();
    assertThat(api(ProbeApi.ScopedProbe.ROUTE, token).statusCode()).isEqualTo(403);
    Map<?, ?> who = JSON.readValue(api("/api/v1/me", token).body(), Map.class);
    assertThat(permissions(who)).containsExactly("customers.read");

    jdbc.sql("delete from api_client where client_id = ?").param(client.clientId()).update();
    assertThat(api("/api/v1/me", token).statusCode()).isEqualTo(401);
  }

  @Test
  void afterRotationTheOldKeysTokensStillWorkAndTheJwksShowsBoth() throws Exception {
    TestClients.Created client = TestClients.create(context, "customers.read");
    String before = success(tokenRequest(basic(client), null)).getValue();
    String oldKid = SignedJWT.parse(before).getHeader().getKeyID();
    // the signing key is now older than the rotation period (30 days)
    jdbc.sql("update oauth_signing_key set created_at = ? where kid = ?")
        .params(Timestamp.from(Instant.now().minus(31, ChronoUnit.DAYS)), oldKid).update();
    signingKeys.reload();

    String after = success(tokenRequest(basic(client), null)).getValue();
    String newKid = SignedJWT.parse(after).getHeader().getKeyID();
    assertThat(newKid).isNotEqualTo(oldKid);
    JWKSet published = JWKSet.parse(get("/oauth2/jwks").body());
    assertThat(published.getKeys()).extracting(key -> key.getKeyID()).contains(oldKid, newKid);
    assertThat(published.getKeys()).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
    assertThat(api("/api/v1/me", before).statusCode()).isEqualTo(200);
    assertThat(api("/api/v1/me", after).statusCode()).isEqualTo(200);
  }

  @Test
  void privateSigningKeysAreStoredOnlySealed() throws Exception {
    TestClients.Created client = TestClients.create(context, "customers.read");
    String kid = SignedJWT.parse(success(tokenRequest(basic(client), null)).getValue()).getHeader().getKeyID();
    ECKey key = signingKeys.signingKey();
    assertThat(key.getKeyID()).isEqualTo(kid);
    Map<String, Object> row = jdbc.sql("select public_jwk, sealed_private from oauth_signing_key where kid = ?")
        .param(kid).query().singleRow();
    byte[] sealed = (byte[]) row.get("sealed_private");
    String d = key.getD().toString();
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(d, "\"d\"", "EC");
    assertThat(indexOf(sealed, key.getD().decode())).isNegative();
    assertThat((String) row.get("public_jwk")).doesNotContain(d, "\"d\"");
  }

  // --- helpers -----------------------------------------------------------------------------

  private HTTPRequest tokenRequest(ClientAuthentication authentication, Scope scope) {
    return new TokenRequest(url("/oauth2/token"), authentication, new ClientCredentialsGrant(), scope).toHTTPRequest();
  }

  private HTTPResponse send(HTTPRequest request) throws Exception {
    request.setSSLSocketFactory(TestTls.clientContext().getSocketFactory());
    return request.send();
  }

  private AccessToken success(HTTPRequest request) throws Exception {
    TokenResponse response = TokenResponse.parse(send(request));
    assertThat(response.indicatesSuccess()).as(String.valueOf(response)).isTrue();
    return response.toSuccessResponse().getTokens().getAccessToken();
  }

  private TokenIntrospectionResponse introspect(TestClients.Created asker, AccessToken token) throws Exception {
    return TokenIntrospectionResponse.parse(send(
        new TokenIntrospectionRequest(url("/oauth2/introspect"), basic(asker), token).toHTTPRequest()));
  }

  private HttpResponse<String> api(String path, String token) throws Exception {
    return https().send(HttpRequest.newBuilder(url(path)).header("Authorization", new BearerAccessToken(token)
        .toAuthorizationHeader()).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<Object> permissions(Map<?, ?> me) {
    return List.copyOf((List<?>) me.get("permissions"));
  }

  private static ClientSecretBasic basic(TestClients.Created client) {
    return new ClientSecretBasic(new ClientID(client.clientId()), new Secret(client.secret()));
  }

  private static String basicHeader(TestClients.Created client) {
    return basic(client).toHTTPAuthorizationHeader();
  }

  private static String sign(ECKey key, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new ECDSASigner(key));
    return jwt.serialize();
  }

  private UUID tenantOf(TestClients.Created client) {
    return jdbc.sql("select tenant_id from api_client_directory where client_id = ?").param(client.clientId())
        .query(UUID.class).single();
  }

  private UUID clientUuid(TestClients.Created client) {
    return jdbc.sql("select id from api_client where client_id = ?").param(client.clientId()).query(UUID.class).single();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
