package io.tillid.identity;

import static io.tillid.support.ApiCaller.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.ApiCaller;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestClients;
import io.tillid.support.TestUsers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The tenant administration API on PostgreSQL, driven by a real OAuth client: users, roles,
 * attribute grants, API clients, the two-step sign-in setting and the risk model, each through the
 * same use cases as the pages (so audited the same way), with the refusals: 403 without the scope,
 * 404 for another tenant's objects, 400 naming the field with nothing saved.
 */
class AdminApiIT extends IntegrationTest {

  @Autowired
  ApplicationContext context;

  private TestUsers.Created admin;
  private TestUsers.Created analyst;
  private TestClients.Created client;
  private ApiCaller api;
  private UUID tenant;

  @BeforeEach
  void tenantWithAnAdministratorAnAnalystAndAnAdminClient() throws Exception {
    admin = TestUsers.create(context, "administrator");
    analyst = TestUsers.addUser(context, admin.tenantSlug(), admin.tenantName(), "analyst");
    client = TestClients.addClient(context, admin.tenantSlug(), admin.tenantName(), null, "users.manage",
        "settings.manage");
    api = ApiCaller.as(httpsPort, client);
    tenant = tenantIdOf(admin);
  }

  private List<String> audited(String action, String targetId) {
    return jdbc.sql("select actor from audit_entry where tenant_id = ? and action = ? and target_id = ? "
        + "and actor like 'client:%'")
        .params(tenant, action, targetId).query(String.class).list();
  }

  private int audits() {
    return jdbc.sql("select count(*) from audit_entry where tenant_id = ?").param(tenant).query(Integer.class).single();
  }

  private List<String> grantsOf(UUID user) {
    return jdbc.sql("select dimension || ':' || grant_value from access_grant where tenant_id = ? and principal_id = ? "
        + "order by 1").params(tenant, "user:" + user).query(String.class).list();
  }

  private String status(UUID user) {
    return jdbc.sql("select status from app_user where id = ?").param(user).query(String.class).single();
  }

  private static void ok(HttpResponse<String> answer, int status) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
  }

  private static void problem(HttpResponse<String> answer, int status, String detailPart) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(json(answer).get("detail").asString()).contains(detailPart);
  }

  @Test
  void usersAreListedInvitedGivenRolesDisabledEnabledAndTheirSecurityActedOnAsOnThePage() throws Exception {
    UUID analystId = userIdOf(analyst);
    HttpResponse<String> list = api.get("/api/v1/users");
    ok(list, 200);
    assertThat(list.body()).contains(admin.email(), analyst.email(), "\"mfaEnrolled\":false", "\"locked\":false");

    ok(api.put("/api/v1/users/" + analystId + "/roles", "{\"roles\":[\"analyst\",\"auditor\"]}"), 200);
    assertThat(jdbc.sql("select role from app_user_role where user_id = ? order by role").param(analystId)
        .query(String.class).list()).containsExactly("analyst", "auditor");
    assertThat(audited("user.roles.changed", analystId.toString())).singleElement().asString().startsWith("client:");

    HttpResponse<String> disabled = api.post("/api/v1/users/" + analystId + "/disable", "");
    ok(disabled, 200);
    assertThat(json(disabled).get("status").asString()).isEqualTo("disabled");
    assertThat(status(analystId)).isEqualTo("disabled");
    assertThat(audited("user.disabled", analystId.toString())).hasSize(1);
    ok(api.post("/api/v1/users/" + analystId + "/enable", ""), 200);
    assertThat(status(analystId)).isEqualTo("active");
    assertThat(audited("user.enabled", analystId.toString())).hasSize(1);
    ok(api.post("/api/v1/users/" + analystId + "/unlock", ""), 200);
    ok(api.post("/api/v1/users/" + analystId + "/mfa-reset", ""), 200);
    ok(api.post("/api/v1/users/" + analystId + "/sessions/end", ""), 204);

    String email = "invited-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String invitation = "{\"email\":\"" + email + "\",\"name\":\"Ida Invited\",\"roles\":[\"auditor\"]}";
    String idempotencyKey = "invite-" + UUID.randomUUID();
    HttpResponse<String> invited = api.post("/api/v1/users", invitation, "Idempotency-Key", idempotencyKey);
    ok(invited, 201);
    HttpResponse<String> retried = api.post("/api/v1/users", invitation, "Idempotency-Key", idempotencyKey);
    assertThat(retried.statusCode()).isEqualTo(201);
    assertThat(retried.body()).as("the first answer, replayed").isEqualTo(invited.body());
    String invitedId = json(invited).get("id").asString();
    assertThat(invited.headers().firstValue("Location").orElse("")).endsWith("/api/v1/users/" + invitedId);
    assertThat(json(invited).get("status").asString()).isEqualTo("invited");
    assertThat(audited("user.invited", invitedId)).hasSize(1);
    assertThat(mail().getReceivedMessages()).anyMatch(message -> {
      try {
        return message.getAllRecipients()[0].toString().equals(email);
      } catch (jakarta.mail.MessagingException e) {
        return false;
      }
    });
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
    UUID analystId = userIdOf(analyst);
    int before = audits();
    List<String> grantsBefore = grantsOf(analystId);
    problem(api.post("/api/v1/users", "{\"email\":\"not an address\",\"name\":\"X\",\"roles\":[\"analyst\"]}"), 400,
        "e-mail");
    problem(api.put("/api/v1/users/" + analystId + "/roles", "{\"roles\":[\"emperor\"]}"), 400, "roles");
    // the tenant keeps an administrator: its only one is neither disabled nor demoted
    problem(api.post("/api/v1/users/" + userIdOf(admin) + "/disable", ""), 400, "lastAdministrator");
    problem(api.put("/api/v1/users/" + userIdOf(admin) + "/roles", "{\"roles\":[\"analyst\"]}"), 400,
        "lastAdministrator");
    problem(api.post("/api/v1/roles", "{\"name\":\"\",\"permissions\":[\"customers.read\"]}"), 400, "name");
    problem(api.post("/api/v1/roles", "{\"name\":\"Odd\",\"permissions\":[\"everything\"]}"), 400, "permissions");
    problem(api.put("/api/v1/users/" + analystId + "/grants", "{\"jurisdictions\":[\"D1\"]}"), 400, "jurisdiction");
    problem(api.put("/api/v1/settings/security", "{}"), 400, "requireMfa");
    problem(api.post("/api/v1/clients", "{\"clientId\":\"x y\",\"type\":\"public\",\"redirectUris\":[\"https://app.example/cb\"],"
        + "\"scopes\":[\"customers.read\"]}"), 400, "clientId");
    problem(api.post("/api/v1/clients", "{\"clientId\":\"app-" + UUID.randomUUID().toString().substring(0, 8)
        + "\",\"type\":\"public\",\"redirectUris\":[\"http://app.example/cb\"],\"scopes\":[\"customers.read\"]}"), 400,
        "redirectUris");
    JsonNode model = json(api.get("/api/v1/settings/risk-model"));
    int version = model.get("version").asInt();
    String tooHigh = model.toString().replaceFirst("\"companyPoints\":[0-9.]+", "\"companyPoints\":1000");
    problem(api.put("/api/v1/settings/risk-model", tooHigh), 400, "companyPoints");
    String stale = model.toString().replaceFirst("\"version\":[0-9]+", "\"version\":" + (version + 7));
    problem(api.put("/api/v1/settings/risk-model", stale), 400, "changed meanwhile");

    assertThat(audits()).as("nothing audited, so nothing done").isEqualTo(before);
    assertThat(status(userIdOf(admin))).isEqualTo("active");
    assertThat(jdbc.sql("select role from app_user_role where user_id = ?").param(analystId).query(String.class).list())
        .containsExactly("analyst");
    assertThat(jdbc.sql("select count(*) from access_role where tenant_id = ?").param(tenant).query(Integer.class)
        .single()).isZero();
    assertThat(grantsOf(analystId)).isEqualTo(grantsBefore);
    assertThat(json(api.get("/api/v1/settings/risk-model")).get("version").asInt()).isEqualTo(version);
  }

  @Test
  void rolesAreDefinedChangedAndDeleted() throws Exception {
    HttpResponse<String> created = api.post("/api/v1/roles",
        "{\"name\":\"Screeners\",\"permissions\":[\"screenings.run\",\"customers.read\"]}");
    ok(created, 201);
    String id = json(created).get("id").asString();
    assertThat(json(created).get("key").asString()).isEqualTo("custom:" + id);
    assertThat(audited("role.created", "custom:" + id)).hasSize(1);
    HttpResponse<String> list = api.get("/api/v1/roles");
    assertThat(list.body()).contains("\"key\":\"administrator\"", "Screeners");

    HttpResponse<String> changed = api.put("/api/v1/roles/" + id, "{\"name\":\"Screening team\",\"permissions\":[\"screenings.run\"]}");
    ok(changed, 200);
    assertThat(json(api.get("/api/v1/roles/" + id)).get("permissions").toString()).isEqualTo("[\"screenings.run\"]");
    assertThat(audited("role.changed", "custom:" + id)).hasSize(1);

    // a user may hold it, through the users API
    ok(api.put("/api/v1/users/" + userIdOf(analyst) + "/roles", "{\"roles\":[\"custom:" + id + "\"]}"), 200);
    ok(api.put("/api/v1/users/" + userIdOf(analyst) + "/roles", "{\"roles\":[\"analyst\"]}"), 200);

    ok(api.delete("/api/v1/roles/" + id), 204);
    assertThat(api.get("/api/v1/roles/" + id).statusCode()).isEqualTo(404);
    assertThat(audited("role.deleted", "custom:" + id)).hasSize(1);
  }

  @Test
  void grantsOfUsersAndClientsAreReadAndReplaced() throws Exception {
    UUID analystId = userIdOf(analyst);
    HttpResponse<String> set = api.put("/api/v1/users/" + analystId + "/grants",
        "{\"businessUnits\":[\"retail\"],\"sensitivities\":[\"*\"],\"jurisdictions\":[\"dk\",\"SE\"]}");
    ok(set, 200);
    JsonNode grants = json(api.get("/api/v1/users/" + analystId + "/grants"));
    assertThat(grants.get("businessUnits").toString()).isEqualTo("[\"retail\"]");
    assertThat(grants.get("jurisdictions").toString()).isEqualTo("[\"DK\",\"SE\"]");
    assertThat(audited("grants.changed", analystId.toString())).hasSize(1);

    UUID clientId = jdbc.sql("select id from api_client where client_id = ?").param(client.clientId())
        .query(UUID.class).single();
    ok(api.put("/api/v1/clients/" + clientId + "/grants", "{\"businessUnits\":[\"corporate\"]}"), 200);
    assertThat(json(api.get("/api/v1/clients/" + clientId + "/grants")).get("businessUnits").toString())
        .isEqualTo("[\"corporate\"]");
    assertThat(audited("grants.changed", clientId.toString())).hasSize(1);
  }

  @Test
  void clientsAreListedWithoutSecretsAndAnApplicationsSecretIsShownOnceAndNeverReplayed() throws Exception {
    HttpResponse<String> list = api.get("/api/v1/clients");
    ok(list, 200);
    assertThat(list.body()).contains(client.clientId()).doesNotContain(client.secret(), "secret");

    String appId = "app-" + UUID.randomUUID().toString().substring(0, 8);
    String body = "{\"clientId\":\"" + appId + "\",\"type\":\"confidential\",\"redirectUris\":[\"https://app.example/cb\"],"
        + "\"scopes\":[\"customers.read\"]}";
    String idempotencyKey = "app-" + UUID.randomUUID();
    HttpResponse<String> registered = api.post("/api/v1/clients", body, "Idempotency-Key", idempotencyKey);
    ok(registered, 201);
    assertThat(json(registered).get("clientSecret").asString()).hasSizeGreaterThan(30);
    String id = json(registered).get("id").asString();
    assertThat(audited("oauth.application.registered", id)).hasSize(1);
    assertThat(jdbc.sql("select count(*) from idempotency_record where idem_key = ?").param(idempotencyKey)
        .query(Integer.class).single()).as("the answer with the secret is stored nowhere").isZero();
    // the retry is not replayed: the client id is now taken
    problem(api.post("/api/v1/clients", body, "Idempotency-Key", idempotencyKey), 400, "clientId");
    assertThat(api.get("/api/v1/clients").body()).contains(appId, "https://app.example/cb");
  }

  @Test
  void twoStepSignInIsRequiredAndTheRiskModelChangedThroughTheSettings() throws Exception {
    assertThat(json(api.get("/api/v1/settings/security")).get("requireMfa").asBoolean()).isFalse();
    ok(api.put("/api/v1/settings/security", "{\"requireMfa\":true}"), 200);
    assertThat(json(api.get("/api/v1/settings/security")).get("requireMfa").asBoolean()).isTrue();
    assertThat(jdbc.sql("select require_mfa from tenant where id = ?").param(tenant).query(Boolean.class).single())
        .isTrue();
    assertThat(audited("tenant.mfa.required", tenant.toString())).hasSize(1);

    JsonNode model = json(api.get("/api/v1/settings/risk-model"));
    int version = model.get("version").asInt();
    String changed = model.toString().replaceFirst("\"companyPoints\":[0-9.]+", "\"companyPoints\":7")
        .replaceFirst("\"highRiskIndustries\":\\[[^\\]]*\\]", "\"highRiskIndustries\":[\"64.19\"]");
    HttpResponse<String> saved = api.put("/api/v1/settings/risk-model", changed);
    ok(saved, 200);
    assertThat(json(saved).get("version").asInt()).isEqualTo(version + 1);
    assertThat(json(saved).get("values").get("companyPoints").asInt()).isEqualTo(7);
    assertThat(json(saved).get("highRiskIndustries").toString()).isEqualTo("[\"64.19\"]");
    assertThat(audited("risk.model.changed", Integer.toString(version + 1))).hasSize(1);
  }

  @Test
  void withoutTheScopeItIs403AndAnotherTenantsObjectsAre404() throws Exception {
    TestClients.Created reader = TestClients.addClient(context, admin.tenantSlug(), admin.tenantName(), null,
        "customers.read");
    ApiCaller readerApi = ApiCaller.as(httpsPort, reader);
    UUID analystId = userIdOf(analyst);
    for (String path : List.of("/api/v1/users", "/api/v1/roles", "/api/v1/clients", "/api/v1/settings/security",
        "/api/v1/settings/risk-model", "/api/v1/users/" + analystId + "/grants")) {
      assertThat(readerApi.get(path).statusCode()).as(path).isEqualTo(403);
    }
    assertThat(readerApi.post("/api/v1/users/" + analystId + "/disable", "").statusCode()).isEqualTo(403);
    TestClients.Created usersOnly = TestClients.addClient(context, admin.tenantSlug(), admin.tenantName(), null,
        "users.manage");
    assertThat(ApiCaller.as(httpsPort, usersOnly).get("/api/v1/settings/risk-model").statusCode()).isEqualTo(403);

    TestClients.Created stranger = TestClients.create(context, "users.manage", "settings.manage");
    ApiCaller strangerApi = ApiCaller.as(httpsPort, stranger);
    String role = json(api.post("/api/v1/roles", "{\"name\":\"Mine\",\"permissions\":[\"customers.read\"]}"))
        .get("id").asString();
    UUID clientId = jdbc.sql("select id from api_client where client_id = ?").param(client.clientId())
        .query(UUID.class).single();
    int before = audits();
    problem(strangerApi.get("/api/v1/users/" + analystId), 404, "No such resource");
    problem(strangerApi.post("/api/v1/users/" + analystId + "/disable", ""), 404, "No such resource");
    problem(strangerApi.put("/api/v1/users/" + analystId + "/roles", "{\"roles\":[\"auditor\"]}"), 404,
        "No such resource");
    problem(strangerApi.put("/api/v1/users/" + analystId + "/grants", "{\"businessUnits\":[\"*\"]}"), 404,
        "No such resource");
    problem(strangerApi.get("/api/v1/clients/" + clientId + "/grants"), 404, "No such resource");
    problem(strangerApi.put("/api/v1/roles/" + role, "{\"name\":\"Theirs\",\"permissions\":[\"users.manage\"]}"), 404,
        "No such resource");
    problem(strangerApi.delete("/api/v1/roles/" + role), 404, "No such resource");
    assertThat(strangerApi.get("/api/v1/users").body()).doesNotContain(analyst.email());
    assertThat(audits()).isEqualTo(before);
    assertThat(status(analystId)).isEqualTo("active");
  }
}
