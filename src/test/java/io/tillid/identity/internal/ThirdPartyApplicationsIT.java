package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionResponse;
import com.nimbusds.oauth2.sdk.TokenIntrospectionSuccessResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import io.tillid.access.internal.GrantTestSupport;
import io.tillid.customers.internal.CustomerTestSupport;
import io.tillid.platform.TenantId;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestPrincipal;
import io.tillid.support.TestTls;
import io.tillid.support.TestUsers;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Third-party applications end to end with a real OAuth client library (Nimbus OAuth 2.0 SDK): an
 * authorization request with PKCE S256, sign-in, consent, code, token, and API calls as the user;
 * and each way that must fail.
 */
class ThirdPartyApplicationsIT extends IntegrationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final URI REDIRECT = URI.create("http://127.0.0.1:53682/callback");

  @Autowired
  ApplicationContext context;

  @Autowired
  ApplicationRegistration registration;

  /** An analyst (customers.read and .write, no cases.approve) with every grant, one customer, one app. */
  private record World(TestUsers.Created user, UUID tenant, UUID userId, UUID customer, String clientId,
      String secret, UUID application) {}

  private World world(ClientType type) {
    TestUsers.Created user = TestUsers.create(context, "analyst");
    UUID tenant = tenantIdOf(user);
    UUID userId = userIdOf(user);
    GrantTestSupport.giveAll(context, tenant, userId);
    UUID customer = CustomerTestSupport.registerPerson(context, tenant, userId, "Karen Blixen", null);
    String clientId = "app-" + UUID.randomUUID().toString().substring(0, 8);
    ApplicationRegistration.Registered app = registration.register(
        new TestPrincipal(new TenantId(tenant), "user:" + UUID.randomUUID()), clientId, type,
        List.of(REDIRECT.toString()), List.of("customers.read", "customers.write", "cases.approve"));
    return new World(user, tenant, userId, customer, clientId, app.secret(), app.id());
  }

  /** The flow's front channel as the user's browser goes through it, up to the consent page. */
  private final class Browser {
    final WebClient web = new WebClient(httpsPort);
    final CodeVerifier verifier = new CodeVerifier();
    final State state = new State();
    String consentPage;

    /** Asks for authorization, signs in when sent to, and returns where the server sends the browser next. */
    String authorize(World world, Scope scope) throws Exception {
      AuthorizationRequest request = new AuthorizationRequest.Builder(new ResponseType(ResponseType.Value.CODE),
          new ClientID(world.clientId()))
          .redirectionURI(REDIRECT).scope(scope).state(state)
          .codeChallenge(verifier, CodeChallengeMethod.S256)
          .endpointURI(url("/oauth2/authorize")).build();
      URI asked = request.toURI();
      String next = web.location(web.get(asked.getRawPath() + "?" + asked.getRawQuery()));
      if (next.endsWith("/login")) {
        assertThat(web.signIn(world.user().tenantSlug(), world.user().email(), world.user().password())).isEqualTo("/");
        next = web.location(web.get("/"));
        assertThat(next).startsWith("/oauth2/authorize?");
        next = web.location(web.get(next));
      }
      if (next.startsWith("/oauth2/consent")) {
        consentPage = next;
      }
      return next;
    }

    /** Answers the consent page with these scopes (none: deny); returns the redirect to the application. */
    URI consent(World world, String... scopes) throws Exception {
      HttpResponse<String> page = web.get(consentPage);
      assertThat(page.statusCode()).isEqualTo(200);
      String consentState = param(URI.create("https://x" + consentPage), "state");
      List<String[]> fields = new ArrayList<>();
      fields.add(new String[] {"client_id", world.clientId()});
      fields.add(new String[] {"state", consentState});
      for (String scope : scopes) {
        fields.add(new String[] {"scope", scope});
      }
      return URI.create(web.location(web.submitPairs(consentPage, "/oauth2/authorize", fields)));
    }

    AuthorizationCode code(URI redirect) throws Exception {
      AuthorizationResponse response = AuthorizationResponse.parse(redirect);
      assertThat(response.indicatesSuccess()).as(String.valueOf(redirect)).isTrue();
      assertThat(response.getState()).isEqualTo(state);
      return response.toSuccessResponse().getAuthorizationCode();
    }
  }

  @Test
  void aPublicApplicationActsForTheUserWithinTheConsentedScopes() throws Exception {
    World world = world(ClientType.PUBLIC);
    Browser browser = new Browser();
    assertThat(browser.authorize(world, new Scope("customers.read", "cases.approve"))).startsWith("/oauth2/consent?");
    String page = browser.web.get(browser.consentPage).body();
    assertThat(page).contains(world.clientId()).contains("See customers").contains("Approve cases");

    // the user may not approve cases: even if the form says so, the application does not get it
    URI back = browser.consent(world, "customers.read", "cases.approve");
    assertThat(back.toString()).startsWith(REDIRECT.toString());
    AuthorizationCode code = browser.code(back);
    Tokens tokens = success(token(world, new AuthorizationCodeGrant(code, REDIRECT, browser.verifier)));
    assertThat(tokens.getRefreshToken()).as("a public client gets no refresh token").isNull();
    SignedJWT jwt = SignedJWT.parse(tokens.getAccessToken().getValue());
    assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("user:" + world.userId());
    assertThat(jwt.getJWTClaimsSet().getStringListClaim("scope")).containsExactly("customers.read");

    String bearer = tokens.getAccessToken().getValue();
    JsonNode me = JSON.readTree(api(bearer, "/api/v1/me").body());
    assertThat(me.get("principal").asString()).isEqualTo("user:" + world.userId());
    assertThat(me.get("permissions").toString()).isEqualTo("[\"customers.read\"]");
    HttpResponse<String> customer = api(bearer, "/api/v1/customers/" + world.customer());
    assertThat(customer.statusCode()).isEqualTo(200);
    assertThat(customer.body()).contains(world.customer().toString());
    assertThat(api(bearer, "/api/v1/customers").statusCode()).isEqualTo(200);
    // the user may write customers, but did not consent to it
    assertThat(apiPost(bearer, "/api/v1/customers", "{\"type\":\"company\",\"name\":\"X ApS\","
        + "\"registrationNumber\":\"12345678\",\"country\":\"DK\"}").statusCode()).isEqualTo(403);

    assertThat(audited(world, "oauth.consent.granted")).isEqualTo(1);
    assertThat(audited(world, "oauth.token.issued")).isEqualTo(1);

    // a second authorization within the consent needs no consent page
    Browser again = new Browser();
    again.web.signIn(world.user().tenantSlug(), world.user().email(), world.user().password());
    String next = again.authorize(world, new Scope("customers.read"));
    assertThat(next).startsWith(REDIRECT.toString());

    // the user loses the right: the token loses it at once
    jdbc.sql("delete from app_user_role where user_id = ?").param(world.userId()).update();
    assertThat(api(bearer, "/api/v1/customers/" + world.customer()).statusCode()).isEqualTo(403);
  }

  @Test
  void aUserWithASecondFactorAuthorizesOnlyAfterProvingIt() throws Exception {
    World world = world(ClientType.PUBLIC);
    WebClient enrolment = signedIn(world.user());
    HttpResponse<String> form = enrolment.get("/mfa/enrol");
    Matcher secret = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(form.body());
    assertThat(secret.find()).isTrue();
    String totp = Totp.code(Base32.decode(secret.group(1)), Totp.step(Instant.now()), 6);
    Matcher recovery = Pattern.compile("<code>([A-Z2-7]{5}-[A-Z2-7]{5})</code>")
        .matcher(enrolment.submit("/mfa/enrol", "/mfa/enrol", Map.of("code", totp)).body());
    assertThat(recovery.find()).isTrue();

    Browser browser = new Browser();
    String authorize = "/oauth2/authorize?response_type=code&client_id=" + world.clientId() + "&redirect_uri="
        + REDIRECT + "&scope=customers.read&state=s1&code_challenge_method=S256&code_challenge="
        + CodeChallenge.compute(CodeChallengeMethod.S256, browser.verifier).getValue();
    assertThat(browser.web.location(browser.web.get(authorize))).endsWith("/login");
    assertThat(browser.web.signIn(world.user().tenantSlug(), world.user().email(), world.user().password()))
        .isEqualTo("/");
    // the password alone authorizes nothing: the second factor comes first
    assertThat(browser.web.location(browser.web.get(authorize))).isEqualTo("/mfa");
    assertThat(browser.web.location(browser.web.get("/"))).isEqualTo("/mfa");
    assertThat(browser.web.location(browser.web.submit("/mfa", "/mfa/recovery", Map.of("code", recovery.group(1)))))
        .isEqualTo("/");
    String resumed = browser.web.location(browser.web.get("/"));
    assertThat(resumed).startsWith("/oauth2/authorize?");
    assertThat(browser.web.location(browser.web.get(resumed))).startsWith("/oauth2/consent?");
  }

  @Test
  void aWrongVerifierIsRefusedAndACodeWorksOnceOnly() throws Exception {
    World world = world(ClientType.PUBLIC);
    Browser browser = new Browser();
    browser.authorize(world, new Scope("customers.read"));
    AuthorizationCode code = browser.code(browser.consent(world, "customers.read"));

    TokenErrorResponse wrong = failure(token(world, new AuthorizationCodeGrant(code, REDIRECT, new CodeVerifier())));
    assertThat(wrong.getErrorObject().getCode()).isEqualTo(OAuth2Error.INVALID_GRANT.getCode());

    Tokens first = success(token(world, new AuthorizationCodeGrant(code, REDIRECT, browser.verifier)));
    String bearer = first.getAccessToken().getValue();
    assertThat(api(bearer, "/api/v1/me").statusCode()).isEqualTo(200);

    TokenErrorResponse replay = failure(token(world, new AuthorizationCodeGrant(code, REDIRECT, browser.verifier)));
    assertThat(replay.getErrorObject().getCode()).isEqualTo(OAuth2Error.INVALID_GRANT.getCode());
    // a replayed code revokes what it gave (RFC 6749 section 4.1.2)
    assertThat(api(bearer, "/api/v1/me").statusCode()).isEqualTo(401);
    // a public client's verifier is its authentication: that failure is audited as one
    assertThat(audited(world, "oauth.client.authentication.failed")).isEqualTo(1);
    assertThat(audited(world, "oauth.token.refused")).isEqualTo(1);
  }

  @Test
  void plainPkceAndMissingPkceAreRefused() throws Exception {
    World world = world(ClientType.PUBLIC);
    WebClient web = signedIn(world.user());
    for (String pkce : List.of("&code_challenge=abcdefghijabcdefghijabcdefghijabcdefghij123&code_challenge_method=plain", "")) {
      String next = web.location(web.get("/oauth2/authorize?response_type=code&client_id=" + world.clientId()
          + "&redirect_uri=" + REDIRECT + "&scope=customers.read&state=s1" + pkce));
      AuthorizationResponse response = AuthorizationResponse.parse(URI.create(next));
      assertThat(response.indicatesSuccess()).isFalse();
      assertThat(((AuthorizationErrorResponse) response).getErrorObject().getCode()).isEqualTo("invalid_request");
    }
  }

  @Test
  void aDeniedConsentAnswersAccessDenied() throws Exception {
    World world = world(ClientType.PUBLIC);
    Browser browser = new Browser();
    browser.authorize(world, new Scope("customers.read"));
    URI back = browser.consent(world);
    AuthorizationResponse response = AuthorizationResponse.parse(back);
    assertThat(response.indicatesSuccess()).isFalse();
    assertThat(((AuthorizationErrorResponse) response).getErrorObject().getCode()).isEqualTo("access_denied");
    assertThat(jdbc.sql("select count(*) from oauth_consent where user_id = ?").param(world.userId())
        .query(Integer.class).single()).isZero();
    assertThat(audited(world, "oauth.consent.denied")).isEqualTo(1);
  }

  @Test
  void onlyAScopeTheUserHoldsCanBeGranted() throws Exception {
    World world = world(ClientType.PUBLIC);
    Browser browser = new Browser();
    browser.authorize(world, new Scope("cases.approve"));
    assertThat(browser.web.get(browser.consentPage).body()).doesNotContain("consent-allow");
    URI back = browser.consent(world, "cases.approve");
    AuthorizationResponse response = AuthorizationResponse.parse(back);
    assertThat(response.indicatesSuccess()).isFalse();
    assertThat(((AuthorizationErrorResponse) response).getErrorObject().getCode()).isEqualTo("access_denied");
  }

  @Test
  void aUserOfAnotherTenantCannotAuthorizeTheApplication() throws Exception {
    World world = world(ClientType.PUBLIC);
    TestUsers.Created stranger = TestUsers.create(context, "administrator");
    WebClient web = signedIn(stranger);
    String next = web.location(web.get("/oauth2/authorize?response_type=code&client_id=" + world.clientId()
        + "&redirect_uri=" + REDIRECT + "&scope=customers.read&state=s1"
        + "&code_challenge=" + CodeChallenge.compute(CodeChallengeMethod.S256, new CodeVerifier()).getValue()
        + "&code_challenge_method=S256"));
    assertThat(next).startsWith(REDIRECT.toString()).contains("error=access_denied");
  }

  @Test
  void aConfidentialApplicationRefreshesWithRotationAndTheUserRevokesItAtOnce() throws Exception {
    World world = world(ClientType.CONFIDENTIAL);
    Browser browser = new Browser();
    browser.authorize(world, new Scope("customers.read", "customers.write"));
    AuthorizationCode code = browser.code(browser.consent(world, "customers.read", "customers.write"));
    Tokens tokens = success(token(world, new AuthorizationCodeGrant(code, REDIRECT, browser.verifier)));
    RefreshToken refresh = tokens.getRefreshToken();
    assertThat(refresh).isNotNull();

    Tokens rotated = success(token(world, new RefreshTokenGrant(refresh)));
    assertThat(rotated.getRefreshToken().getValue()).isNotEqualTo(refresh.getValue());
    assertThat(failure(token(world, new RefreshTokenGrant(refresh))).getErrorObject().getCode())
        .isEqualTo(OAuth2Error.INVALID_GRANT.getCode());
    String bearer = rotated.getAccessToken().getValue();
    assertThat(JSON.readTree(api(bearer, "/api/v1/me").body()).get("permissions").toString())
        .isEqualTo("[\"customers.read\",\"customers.write\"]");
    TokenIntrospectionSuccessResponse introspected = introspect(world, rotated.getAccessToken());
    assertThat(introspected.isActive()).isTrue();
    assertThat(introspected.getSubject().getValue()).isEqualTo("user:" + world.userId());

    // the user's page lists the application; disconnecting it ends its access at once
    HttpResponse<String> listed = browser.web.get("/applications");
    assertThat(listed.body()).contains(world.clientId());
    HttpResponse<String> revoked = browser.web.submitPairs("/applications", "/applications/revoke",
        List.<String[]>of(new String[] {"application", world.application().toString()}));
    assertThat(browser.web.location(revoked)).isEqualTo("/applications?revoked");
    assertThat(api(bearer, "/api/v1/me").statusCode()).isEqualTo(401);
    assertThat(api(tokens.getAccessToken().getValue(), "/api/v1/me").statusCode()).isEqualTo(401);
    assertThat(introspect(world, rotated.getAccessToken()).isActive()).isFalse();
    assertThat(failure(token(world, new RefreshTokenGrant(rotated.getRefreshToken()))).getErrorObject().getCode())
        .isEqualTo(OAuth2Error.INVALID_GRANT.getCode());
    assertThat(browser.web.get("/applications").body()).doesNotContain(world.clientId());
    assertThat(audited(world, "oauth.consent.revoked")).isEqualTo(1);
  }

  @Test
  void anAdministratorRegistersAConfidentialApplicationAndSeesItsSecretOnce() throws Exception {
    TestUsers.Created admin = TestUsers.create(context, "administrator");
    WebClient web = signedIn(admin);
    String clientId = "partner-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> registered = web.submitPairs("/admin/clients", "/admin/clients/applications", List.of(
        new String[] {"clientId", clientId}, new String[] {"type", "confidential"},
        new String[] {"redirectUris", "https://partner.example/callback\nhttp://127.0.0.1:8765/cb"},
        new String[] {"scope", "customers.read"}));
    assertThat(registered.statusCode()).isEqualTo(200);
    assertThat(registered.body()).contains("id=\"app-secret\"").contains(clientId)
        .contains("https://partner.example/callback");
    assertThat(jdbc.sql("select client_type from api_client where client_id = ?").param(clientId)
        .query(String.class).single()).isEqualTo("confidential");
    assertThat(web.get("/admin/clients").body()).contains(clientId).doesNotContain("app-secret");

    HttpResponse<String> refused = web.submitPairs("/admin/clients", "/admin/clients/applications", List.of(
        new String[] {"clientId", clientId + "-2"}, new String[] {"type", "public"},
        new String[] {"redirectUris", "http://partner.example/callback"}, new String[] {"scope", "customers.read"}));
    assertThat(refused.body()).contains("id=\"app-refused\"").doesNotContain("app-secret");
    assertThat(jdbc.sql("select count(*) from api_client where client_id = ?").param(clientId + "-2")
        .query(Integer.class).single()).isZero();
  }

  @Test
  void theImportFileRegistersApplications() {
    String slug = "t-" + UUID.randomUUID().toString().substring(0, 10);
    String clientId = "imported-" + UUID.randomUUID().toString().substring(0, 8);
    String json = """
        {"tenants":[{"slug":"%s","name":"Import App Firma","users":[],"clients":[
          {"clientId":"%s","type":"public","redirectUris":["http://127.0.0.1/cb","https://app.example/cb"],
           "scopes":["customers.read"]}]}]}""".formatted(slug, clientId);
    TestUsers.runImport(context, json);
    TestUsers.runImport(context, json);
    assertThat(jdbc.sql("select client_type || ' ' || redirect_uris from api_client where client_id = ?")
        .param(clientId).query(String.class).list())
        .containsExactly("public http://127.0.0.1/cb https://app.example/cb");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestUsers.runImport(context,
            json.replace("http://127.0.0.1/cb", "http://app.example/cb")))
        .hasMessageContaining("redirectUris[0]");
  }

  @Test
  void registrationRefusesUnsafeRedirectUris() {
    TestPrincipal admin = new TestPrincipal(new TenantId(tenantIdOf(TestUsers.create(context, "administrator"))),
        "user:" + UUID.randomUUID());
    for (String uri : List.of("http://app.example/callback", "https://app.example/cb#frag", "callback",
        "https://user@app.example/cb", "http://localhost:8080/cb")) {
      assertThat(ApplicationRegistration.allowed(uri)).as(uri).isFalse();
    }
    assertThat(ApplicationRegistration.allowed("https://app.example/cb")).isTrue();
    assertThat(ApplicationRegistration.allowed("http://[::1]:9000/cb")).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> registration.register(admin, "app-unsafe-" + UUID.randomUUID()
            .toString().substring(0, 6), ClientType.PUBLIC, List.of("http://app.example/cb"), List.of("customers.read")))
        .isInstanceOf(ApplicationRegistration.Refused.class);
  }

  private int audited(World world, String action) {
    return jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = ? and target_id = ?")
        .params(world.tenant(), action, world.application().toString()).query(Integer.class).single();
  }

  private HTTPRequest token(World world, AuthorizationGrant grant) {
    URI endpoint = url("/oauth2/token");
    TokenRequest request = world.secret() == null
        ? new TokenRequest(endpoint, new ClientID(world.clientId()), grant)
        : new TokenRequest(endpoint, new ClientSecretBasic(new ClientID(world.clientId()), new Secret(world.secret())),
            grant);
    return request.toHTTPRequest();
  }

  private TokenIntrospectionSuccessResponse introspect(World world, AccessToken token) throws Exception {
    TokenIntrospectionResponse response = TokenIntrospectionResponse.parse(send(new TokenIntrospectionRequest(
        url("/oauth2/introspect"), new ClientSecretBasic(new ClientID(world.clientId()), new Secret(world.secret())),
        token).toHTTPRequest()));
    assertThat(response.indicatesSuccess()).isTrue();
    return response.toSuccessResponse();
  }

  private Tokens success(HTTPRequest request) throws Exception {
    TokenResponse response = TokenResponse.parse(send(request));
    assertThat(response.indicatesSuccess()).as(String.valueOf(response.toHTTPResponse().getBody())).isTrue();
    return response.toSuccessResponse().getTokens();
  }

  private TokenErrorResponse failure(HTTPRequest request) throws Exception {
    TokenResponse response = TokenResponse.parse(send(request));
    assertThat(response.indicatesSuccess()).isFalse();
    return response.toErrorResponse();
  }

  private HTTPResponse send(HTTPRequest request) throws Exception {
    request.setSSLSocketFactory(TestTls.clientContext().getSocketFactory());
    return request.send();
  }

  private HttpResponse<String> api(String bearer, String path) throws Exception {
    return https().send(HttpRequest.newBuilder(url(path)).header("Authorization", "Bearer " + bearer).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> apiPost(String bearer, String path, String json) throws Exception {
    return https().send(HttpRequest.newBuilder(url(path)).header("Authorization", "Bearer " + bearer)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String param(URI uri, String name) {
    for (String pair : uri.getRawQuery().split("&")) {
      String[] parts = pair.split("=", 2);
      if (parts[0].equals(name)) {
        return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no " + name + " in " + uri);
  }

}
