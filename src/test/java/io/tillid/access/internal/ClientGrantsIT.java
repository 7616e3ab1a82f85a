package io.tillid.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillid.access.AttributeGrants;
import io.tillid.access.Grants;
import io.tillid.identity.internal.WebClient;
import io.tillid.platform.PermissionChecker;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestClients;
import io.tillid.support.TestPrincipal;
import io.tillid.support.TestUsers;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * API clients hold attribute grants like users (principal {@code client:UUID}): from the import
 * file, and on the administrator's API clients page, which reuses the users' grants page. Their
 * permissions are their current scopes.
 */
class ClientGrantsIT extends IntegrationTest {

  @Autowired
  ApplicationContext context;

  @Autowired
  AttributeGrants attributeGrants;

  @Autowired
  PermissionChecker permissions;

  @Test
  void theImportGivesAClientGrantsAndAnEmptyListTakesThemAway() {
    TestClients.Created client = TestClients.addClient(context, "t-" + UUID.randomUUID().toString().substring(0, 10),
        "Grants Firma", """
        {"businessUnits":["retail"],"sensitivities":["pep"],"jurisdictions":["DK","SE"]}""", "customers.read");
    TenantId tenant = tenant(client.tenantSlug());
    UUID id = clientId(client);
    assertThat(attributeGrants.of(principal(tenant, id)))
        .isEqualTo(new Grants(Set.of("retail"), Set.of("pep"), Set.of("DK", "SE")));
    assertThat(permissions.permissionsOf(principal(tenant, id))).containsExactly("customers.read");
    assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'grants.changed' "
        + "and target_type = 'client' and target_id = ? and actor = 'system:import'").params(tenant.value(), id.toString())
        .query(Integer.class).single()).isOne();

    // re-importing without "grants" leaves them; with empty lists takes them away
    TestUsers.runImport(context, file(client, null));
    assertThat(attributeGrants.of(principal(tenant, id)).jurisdictions()).containsExactlyInAnyOrder("DK", "SE");
    TestUsers.runImport(context, file(client, "{\"businessUnits\":[],\"jurisdictions\":[]}"));
    assertThat(attributeGrants.of(principal(tenant, id))).isEqualTo(Grants.none());
  }

  @Test
  void badGrantsInTheImportAreRefusedByPathAndNothingIsWritten() {
    String slug = "t-" + UUID.randomUUID().toString().substring(0, 10);
    assertThatThrownBy(() -> TestClients.addClient(context, slug, "Bad Grants", """
        {"businessUnits":["retail"],"jurisdictions":["Danmark"]}""", "customers.read"))
        .hasMessageContaining("tenants[0].clients[0].grants.jurisdictions[0]")
        .hasMessageNotContaining("Danmark");
    assertThatThrownBy(() -> TestClients.addClient(context, slug, "Bad Grants", """
        {"units":["retail"]}""", "customers.read"));
    assertThat(jdbc.sql("select count(*) from tenant where slug = ?").param(slug).query(Integer.class).single()).isZero();
  }

  @Test
  void anAdministratorListsClientsAndSetsTheirGrantsOnTheSharedPage() throws Exception {
    TestUsers.Created admin = TestUsers.create(context, "administrator");
    TestClients.Created client = TestClients.addClient(context, admin.tenantSlug(), admin.tenantName(), null,
        "customers.read");
    TenantId tenant = tenant(admin.tenantSlug());
    UUID id = clientId(client);
    WebClient web = new WebClient(httpsPort);
    assertThat(web.signIn(admin.tenantSlug(), admin.email(), admin.password())).isEqualTo("/");

    String list = web.get("/admin/clients").body();
    assertThat(list).contains(client.clientId(), "/admin/clients/" + id + "/grants").doesNotContain(client.secret());
    String page = "/admin/clients/" + id + "/grants";
    var saved = web.submit(page, page, Map.of("business_unit", "retail", "sensitivity", "", "jurisdiction", "dk"));
    assertThat(web.location(saved)).isEqualTo(page);
    assertThat(attributeGrants.of(principal(tenant, id))).isEqualTo(new Grants(Set.of("retail"), Set.of(), Set.of("DK")));
    assertThat(web.get(page).body()).contains("value=\"DK\"", "/admin/clients\"");
    assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'grants.changed' "
        + "and target_type = 'client' and actor like 'user:%'").param(tenant.value()).query(Integer.class).single())
        .isOne();

    // a user id is no client id, and another tenant's client is not found
    assertThat(web.get("/admin/clients/" + userId(admin) + "/grants").statusCode()).isEqualTo(404);
    TestClients.Created foreign = TestClients.create(context, "customers.read");
    assertThat(web.get("/admin/clients/" + clientId(foreign) + "/grants").statusCode()).isEqualTo(404);
    assertThat(web.get("/admin/clients").body()).doesNotContain(foreign.clientId());
  }

  private static String file(TestClients.Created client, String grants) {
    return """
        {"tenants":[{"slug":"%s","name":"%s","users":[],
        "clients":[{"clientId":"%s","clientSecret":"%s","scopes":["customers.read"]%s}]}]}""".formatted(
        client.tenantSlug(), client.tenantName(), client.clientId(), client.secret(),
        grants == null ? "" : ",\"grants\":" + grants);
  }

  private TenantId tenant(String slug) {
    return new TenantId(jdbc.sql("select id from tenant where slug = ?").param(slug).query(UUID.class).single());
  }

  private UUID clientId(TestClients.Created client) {
    return jdbc.sql("select id from api_client where client_id = ?").param(client.clientId()).query(UUID.class).single();
  }

  private UUID userId(TestUsers.Created user) {
    return jdbc.sql("select id from app_user where email = ?").param(user.email()).query(UUID.class).single();
  }

  private static TenantPrincipal principal(TenantId tenant, UUID clientId) {
    return new TestPrincipal(tenant, "client:" + clientId);
  }
}
