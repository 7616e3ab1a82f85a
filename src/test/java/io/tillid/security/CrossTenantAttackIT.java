package io.tillid.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.access.internal.GrantTestSupport;
import io.tillid.access.internal.RoleTestSupport;
import io.tillid.cases.internal.CaseTestSupport;
import io.tillid.customers.internal.CustomerTestSupport;
import io.tillid.identity.internal.WebClient;
import io.tillid.platform.Permissions;
import io.tillid.platform.PublicRoute;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.SignedIn;
import io.tillid.support.ApiCaller;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestClients;
import io.tillid.support.TestUsers;
import io.tillid.webhooks.internal.WebhookTestSupport;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Drives every route that takes an id, as the administrator of another tenant and as a user of the
 * same tenant without the permission, with the victim tenant's ids in the path, the query and the
 * body: nothing leaks and nothing changes. A new route with a path variable fails this test until
 * it says here which victim id to try.
 */
@ExtendWith(OutputCaptureExtension.class)
class CrossTenantAttackIT extends IntegrationTest {

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

  /** Routes whose path variables are credentials themselves (single-use mailed tokens). */
  private static final Set<String> TOKEN_ROUTES = Set.of("/invitation/{token}", "/password/reset/{token}");

  @Autowired
  ApplicationContext context;

  @Autowired
  RequestMappingHandlerMapping mappings;

  private TestUsers.Created victim;
  private UUID victimUser;
  private UUID victimRole;
  private UUID victimClient;
  private String victimState;
  private UUID victimCustomer;
  private UUID victimCase;
  private UUID victimKey;
  private UUID victimWebhook;
  private UUID victimDelivery;
  private UUID victimHit;
  private static final String VICTIM_NATIONAL_ID = "290280-1234";

  @BeforeEach
  void aVictimTenantWithAUserAndACustomRole() {
    victim = TestUsers.create(context, "administrator");
    victimUser = jdbc.sql("select id from app_user where email = ?").param(victim.email()).query(UUID.class).single();
    UUID tenant = jdbc.sql("select tenant_id from app_user where id = ?").param(victimUser).query(UUID.class).single();
    victimRole = RoleTestSupport.createRole(context, tenant, "Victim role", List.of("users.manage"));
    GrantTestSupport.giveAll(context, tenant, victimUser);
    victimCustomer = CustomerTestSupport.registerPerson(context, tenant, victimUser, "Victim Customer",
        VICTIM_NATIONAL_ID);
    victimCase = CaseTestSupport.open(context, tenant, victimUser, victimCustomer);
    victimWebhook = WebhookTestSupport.subscribe(context, tenant, victimUser, "https://127.0.0.1:9/victim-hook");
    // a delivery that failed after its attempts: the sender leaves it alone, only a re-send would change it
    victimDelivery = UUID.randomUUID();
    jdbc.sql("""
        insert into webhook_delivery (tenant_id, id, subscription_id, event_type, payload, status, attempts, retry_base,
          created_at) values (?, ?, ?, 'review.due', '{}', 'failed', 3, 0, now())""")
        .params(tenant, victimDelivery, victimWebhook).update();
    victimHit = UUID.randomUUID();
    jdbc.sql("""
        insert into screening_hit (tenant_id, id, customer_id, list_name, entity_id, entity_sha256, entity_name,
            matched_name, entity_type, pep, score, explanation, status, raised_by, created_at, updated_at)
        values (?, ?, ?, 'un', 'victim-entry', repeat('a', 64), 'Listed', 'Listed', 'person', false, 0.9, '{}', 'open',
            'customer-change', now(), now())""").params(tenant, victimHit, victimCustomer).update();
    TestClients.Created client = TestClients.addClient(context, victim.tenantSlug(), victim.tenantName(),
        "{\"businessUnits\":[\"retail\"],\"jurisdictions\":[\"DK\"]}", "customers.read");
    victimClient = jdbc.sql("select id from api_client where client_id = ?").param(client.clientId())
        .query(UUID.class).single();
    victimKey = UUID.randomUUID();
    jdbc.sql("insert into api_key (tenant_id, id, prefix, secret_hash, name, scopes, created_by, created_at) "
            + "values (?, ?, ?, ?, 'victim key', 'customers.read', ?, now())")
        .params(tenant, victimKey, victimKey.toString().replace("-", "").substring(0, 16), "0".repeat(64),
            "user:" + victimUser).update();
    victimState = state();
  }

  @Test
  void anotherTenantsAdministratorReachesNothingOfTheVictim(CapturedOutput log) throws Exception {
    TestUsers.Created attacker = TestUsers.create(context, "administrator");
    UUID attackerId = jdbc.sql("select id from app_user where email = ?").param(attacker.email()).query(UUID.class)
        .single();
    GrantTestSupport.giveAll(context, jdbc.sql("select tenant_id from app_user where id = ?").param(attackerId)
        .query(UUID.class).single(), attackerId);
    WebClient web = new WebClient(httpsPort);
    assertThat(web.signIn(attacker.tenantSlug(), attacker.email(), attacker.password())).isEqualTo("/");

    for (Attack attack : attacks()) {
      HttpResponse<String> answer = send(web, attack, "/admin/users");
      // the API never takes the session cookie: only a token or key of the client's own tenant
      assertThat(answer.statusCode()).as(attack.toString()).isIn(attack.isApi() ? Set.of(401) : Set.of(403, 404));
      assertThat(answer.body()).as(attack.toString()).doesNotContain(victim.email(), victimUser.toString(),
          victim.tenantName(), "Victim Customer", VICTIM_NATIONAL_ID, victimClient.toString(), "victim key", "victim-hook");
    }
    HttpResponse<String> listWithVictimIds = web.get("/admin/users?tenant=" + victim.tenantSlug() + "&id=" + victimUser);
    assertThat(listWithVictimIds.body()).doesNotContain(victim.email(), victimUser.toString());
    assertThat(web.get("/customers?name=Victim&id=" + victimCustomer).body()).doesNotContain("Victim Customer");
    HttpResponse<String> rolesWithVictimIds = web.get("/admin/roles?id=" + victimRole);
    assertThat(rolesWithVictimIds.body()).doesNotContain("Victim role");
    assertThat(send(web, new Attack("POST", "/admin/users/invite"), "/admin/users", Map.of(
        "email", "x-" + UUID.randomUUID() + "@example.org", "name", "X", "role", "custom:" + victimRole)).body())
        .doesNotContain("Victim role");
    assertThat(state()).as("the victim tenant is unchanged").isEqualTo(victimState);
    assertThat(log.getOut()).as("each refusal is logged with principal, object and reason")
        .contains("\"objectType\":\"user\"", "\"objectId\":\"" + victimUser + "\"",
            "\"objectType\":\"role\"", "\"objectId\":\"" + victimRole + "\"",
            "\"objectType\":\"customer\"", "\"objectId\":\"" + victimCustomer + "\"",
            "\"objectType\":\"case\"", "\"objectId\":\"" + victimCase + "\"",
            "\"objectType\":\"webhook\"", "\"objectId\":\"" + victimWebhook + "\"", "not-visible-to-principal")
        .doesNotContain(victim.email());
  }

  @Test
  void aUserOfTheSameTenantWithoutThePermissionIsRefused() throws Exception {
    TestUsers.Created analyst = TestUsers.addUser(context, victim.tenantSlug(), victim.tenantName(), "analyst");
    GrantTestSupport.give(context, tenantIdOf(analyst), userIdOf(analyst), Set.of(), Set.of(), Set.of());
    WebClient web = new WebClient(httpsPort);
    assertThat(web.signIn(analyst.tenantSlug(), analyst.email(), analyst.password())).isEqualTo("/");
    victimState = state();

    for (Attack attack : attacks()) {
      HttpResponse<String> answer = send(web, attack, "/");
      // without the permission: 403; with it but without grants: 404, exactly as if missing
      assertThat(answer.statusCode()).as(attack.toString()).isIn(attack.isApi() ? Set.of(401) : Set.of(403, 404));
      assertThat(answer.body()).as(attack.toString()).doesNotContain("Victim Customer", VICTIM_NATIONAL_ID);
    }
    assertThat(web.get("/customers").body()).as("no grants: an empty list").doesNotContain("Victim Customer");
    assertThat(web.get("/admin/users").statusCode()).isEqualTo(403);
    assertThat(state()).as("the victim tenant is unchanged").isEqualTo(victimState);
  }

  /**
   * An API client of another tenant, with every scope (customers.reveal is no scope) and every grant, sends the victim's ids to
   * every API route that takes one, with its own valid token: nothing leaks and nothing changes.
   */
  @Test
  void anotherTenantsApiClientReachesNothingOfTheVictim() throws Exception {
    String slug = "t-" + UUID.randomUUID().toString().substring(0, 10);
    TestClients.Created attacker = TestClients.addClient(context, slug, "Attacker " + slug,
        "{\"businessUnits\":[\"*\"],\"sensitivities\":[\"*\"],\"jurisdictions\":[\"*\"]}",
        Permissions.ALL.stream().filter(scope -> !scope.equals(Permissions.CUSTOMERS_REVEAL)).toArray(String[]::new));
    attackThroughTheApi(apiToken(attacker));
  }

  /**
   * An API client of the victim's own tenant, with the scopes but grants for another business unit
   * only (retail, DK; the victim's customer is in "general"), is refused like a stranger.
   */
  @Test
  void aSameTenantApiClientWithoutGrantsIsRefused() throws Exception {
    TestClients.Created insider = TestClients.addClient(context, victim.tenantSlug(), victim.tenantName(),
        "{\"businessUnits\":[\"retail\"],\"jurisdictions\":[\"DK\"]}", "customers.read", "customers.write",
        "cases.write", "cases.approve");
    String token = apiToken(insider); // issuing it is audited in the victim's chain
    victimState = state();
    attackThroughTheApi(token);
  }

  /**
   * Every id-taking API route, and the collection routes with the victim's ids in the query and the
   * body, with a valid token of a client that must not see the victim's data.
   */
  private void attackThroughTheApi(String token) throws Exception {
    String body = "{\"customerId\":\"" + victimCustomer + "\",\"ownerId\":\"" + victimCustomer
        + "\",\"nationalId\":\"" + VICTIM_NATIONAL_ID + "\",\"share\":0.5,\"reason\":\"x\",\"endedOn\":\"2024-01-01\"}";
    List<Attack> attacks = new ArrayList<>(attacks().stream().filter(Attack::isApi).toList());
    attacks.add(new Attack("POST", "/api/v1/cases"));
    attacks.add(new Attack("POST", "/api/v1/customers/search"));
    attacks.add(new Attack("GET", "/api/v1/cases?customerId=" + victimCustomer));
    attacks.add(new Attack("GET", "/api/v1/customers?name=Victim"));
    for (Attack attack : attacks) {
      HttpRequest.Builder request = HttpRequest.newBuilder(url(attack.path()))
          .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
      HttpResponse<String> answer = https().send(attack.method().equals("GET") ? request.GET().build()
          : request.method(attack.method(), HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(attack.toString()).isIn(200, 400, 403, 404);
      assertThat(answer.body()).as(attack.toString()).doesNotContain(victim.email(), victimUser.toString(),
          victim.tenantName(), "Victim Customer", VICTIM_NATIONAL_ID, victimCase.toString(), "victim-hook",
          victimDelivery.toString());
    }
    assertThat(state()).as("the victim tenant is unchanged").isEqualTo(victimState);
  }

  private String apiToken(TestClients.Created client) throws Exception {
    return ApiCaller.token(httpsPort, client);
  }


  /** Every mapped route with path variables, with the victim's ids filled in. */
  private List<Attack> attacks() {
    List<Attack> attacks = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> route : mappings.getHandlerMethods().entrySet()) {
      if (isPublic(route.getValue())) {
        continue; // reachable by anyone by design, and must show nothing tenant-owned (RouteInventoryIT)
      }
      for (String pattern : route.getKey().getPatternValues()) {
        if (!pattern.contains("{") || TOKEN_ROUTES.contains(pattern)) {
          continue;
        }
        String path = fill(pattern);
        Set<RequestMethod> methods = route.getKey().getMethodsCondition().getMethods();
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          attacks.add(new Attack(method.name(), path));
        }
      }
    }
    assertThat(attacks).as("routes with ids exist").isNotEmpty();
    return attacks;
  }

  private static boolean isPublic(HandlerMethod handler) {
    return handler.hasMethodAnnotation(PublicRoute.class)
        || (handler.getMethodAnnotation(RequiresPermission.class) == null
            && handler.getMethodAnnotation(SignedIn.class) == null
            && handler.getBeanType().isAnnotationPresent(PublicRoute.class));
  }

  private String fill(String pattern) {
    Matcher variable = VARIABLE.matcher(pattern);
    StringBuilder path = new StringBuilder();
    while (variable.find()) {
      String value;
      if (variable.group(1).equals("item")) {
        value = "identity_verified";
      } else if (variable.group(1).equals("deliveryId")) {
        value = victimDelivery.toString();
      } else if (pattern.startsWith("/admin/webhooks/") || pattern.startsWith("/api/v1/webhooks/")) {
        value = victimWebhook.toString();
      } else if (variable.group(1).equals("hitId")) {
        value = victimHit.toString();
      } else if (pattern.startsWith("/cases/") || pattern.startsWith("/api/v1/cases/")) {
        value = victimCase.toString();
      } else if (pattern.startsWith("/admin/users/") || pattern.startsWith("/api/v1/users/")) {
        value = victimUser.toString();
      } else if (pattern.startsWith("/admin/roles/") || pattern.startsWith("/api/v1/roles/")) {
        value = victimRole.toString();
      } else if (pattern.startsWith("/customers/") || pattern.startsWith("/api/v1/customers/")) {
        value = victimCustomer.toString();
      } else if (pattern.startsWith("/admin/clients/") || pattern.startsWith("/api/v1/clients/")) {
        value = victimClient.toString();
      } else if (pattern.startsWith("/admin/api-keys/") || pattern.startsWith("/api/v1/api-keys/")) {
        value = victimKey.toString();
      } else {
        throw new AssertionError("no victim id known for " + pattern + ": add one to CrossTenantAttackIT");
      }
      variable.appendReplacement(path, value);
    }
    variable.appendTail(path);
    return path.toString();
  }

  private HttpResponse<String> send(WebClient web, Attack attack, String formPage) throws Exception {
    return send(web, attack, formPage, Map.of("role", "custom:" + victimRole, "name", "Taken over",
        "permission", "users.manage", "required", "false"));
  }

  private HttpResponse<String> send(WebClient web, Attack attack, String formPage, Map<String, String> body)
      throws Exception {
    if (attack.method().equals("GET")) {
      return web.get(attack.path());
    }
    if (attack.isApi()) {
      return web.postJson(attack.path(), "{\"nationalId\":\"" + VICTIM_NATIONAL_ID + "\"}");
    }
    return web.submit(formPage, attack.path(), body);
  }

  /** Everything of the victim tenant an attack could change, as one comparable text. */
  private String state() {
    UUID tenant = jdbc.sql("select tenant_id from app_user where id = ?").param(victimUser).query(UUID.class).single();
    return String.join("|",
        jdbc.sql("select id || ':' || status from app_user where tenant_id = ? order by id").param(tenant)
            .query(String.class).list().toString(),
        jdbc.sql("select user_id || ':' || role from app_user_role where tenant_id = ? order by 1").param(tenant)
            .query(String.class).list().toString(),
        jdbc.sql("select id || ':' || name from access_role where tenant_id = ? order by 1").param(tenant)
            .query(String.class).list().toString(),
        jdbc.sql("select role_id || ':' || permission from access_role_permission where tenant_id = ? order by 1")
            .param(tenant).query(String.class).list().toString(),
        jdbc.sql("select principal_id || ':' || dimension || ':' || grant_value from access_grant where tenant_id = ? "
            + "order by 1").param(tenant).query(String.class).list().toString(),
        jdbc.sql("select require_mfa::text from tenant where id = ?").param(tenant).query(String.class).single(),
        jdbc.sql("select id || ':' || status from screening_hit where tenant_id = ? order by 1").param(tenant)
            .query(String.class).list().toString(),
        jdbc.sql("select id || ':' || name || ':' || business_unit || ':' || updated_at || ':' || version"
            + " from customer where tenant_id = ? order by 1").param(tenant).query(String.class).list().toString(),
        jdbc.sql("select id || ':' || state || ':' || version from kyc_case where tenant_id = ? order by 1").param(tenant)
            .query(String.class).list().toString(),
        jdbc.sql("select case_id || ':' || item from kyc_case_item where tenant_id = ? order by 1").param(tenant)
            .query(String.class).list().toString(),
        jdbc.sql("select id || ':' || coalesce(revoked_at::text, '-') from api_key where tenant_id = ? order by 1")
            .param(tenant).query(String.class).list().toString(),
        jdbc.sql("select id || ':' || url || ':' || encode(secret, 'hex') from webhook_subscription where tenant_id = ?"
            + " order by 1").param(tenant).query(String.class).list().toString(),
        jdbc.sql("select id || ':' || status || ':' || retry_base from webhook_delivery where tenant_id = ? order by 1")
            .param(tenant).query(String.class).list().toString(),
        jdbc.sql("select count(*)::text from audit_entry where tenant_id = ?").param(tenant).query(String.class).single());
  }

  private record Attack(String method, String path) {

    boolean isApi() {
      return path.startsWith("/api/");
    }
  }
}
