package io.tillid.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.identity.internal.WebClient;
import io.tillid.platform.PermissionChecker;
import io.tillid.platform.Permissions;
import io.tillid.platform.TenantScope;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

/** Roles and permissions on PostgreSQL, driven over HTTPS as a browser would. */
@ExtendWith(OutputCaptureExtension.class)
class AccessIT extends IntegrationTest {

  private static final List<String> OWN_PAGES = List.of("/", "/sessions", "/account/security", "/password/change");
  private static final List<String> ADMIN_PAGES = List.of("/admin/users", "/admin/roles");

  @Autowired
  ApplicationContext context;

  @Autowired
  PermissionChecker permissions;

  @Autowired
  RoleCreation creation;

  @Autowired
  RoleChange change;

  @Test
  void eachBuiltInRoleReachesExactlyItsPagesAndHoldsExactlyItsPermissions() throws Exception {
    Map<String, Set<String>> expected = Map.of(
        "administrator", Permissions.ALL,
        "compliance_officer", Set.of("customers.read", "customers.write", "customers.reveal", "screenings.run",
            "screening.review", "cases.write", "cases.approve", "reports.read", "audit.read"),
        "analyst", Set.of("customers.read", "customers.write", "screenings.run", "screening.review", "cases.write",
            "reports.read"),
        "auditor", Set.of("customers.read", "reports.read", "audit.read"));
    for (var role : expected.entrySet()) {
      TestUsers.Created user = TestUsers.create(context, role.getKey());
      assertThat(permissions.permissionsOf(principal(user))).as(role.getKey()).isEqualTo(role.getValue());
      WebClient web = signedIn(user);
      for (String page : OWN_PAGES) {
        assertThat(web.get(page).statusCode()).as(role.getKey() + " " + page).isEqualTo(200);
      }
      int admin = role.getKey().equals("administrator") ? 200 : 403;
      for (String page : ADMIN_PAGES) {
        assertThat(web.get(page).statusCode()).as(role.getKey() + " " + page).isEqualTo(admin);
      }
      assertThat(web.get("/").body().contains("href=\"/admin/users\"")).isEqualTo(admin == 200);
    }
  }

  @Test
  void platformStaffHoldNoTenantPermission() {
    TenantPrincipal staff = new TenantPrincipal() {
      @Override
      public TenantId tenantId() {
        return TenantId.PLATFORM;
      }

      @Override
      public String principalId() {
        return "admin:" + UUID.randomUUID();
      }
    };
    assertThat(permissions.permissionsOf(staff)).isEmpty();
  }

  @Test
  void aCustomRoleWithUsersManageAdministersUsersAndCountsForTheLastAdministratorGuard() throws Exception {
    TestUsers.Created user = TestUsers.create(context, "analyst");
    TenantId tenant = tenant(user);
    WebClient web = signedIn(user);
    assertThat(web.get("/admin/users").statusCode()).isEqualTo(403);

    CustomRole managers = TenantScope.call(tenant, () -> creation.create(tenant, RoleInput.of("User managers", List.of("users.manage")), "user:test"));
    grant(tenant, userIdOf(user), managers.key());

    assertThat(web.get("/admin/users").statusCode()).as("at the next request, without signing in again").isEqualTo(200);
    assertThat(web.get("/admin/roles").statusCode()).isEqualTo(200);
    // the only holder of users.manage may not give it up
    var refused = web.submit("/admin/users", "/admin/users/" + userIdOf(user) + "/roles", Map.of("role", "analyst"));
    assertThat(web.location(refused)).isEqualTo("/admin/users");
    assertThat(web.get("/admin/users").body()).contains("at least one active administrator");
    assertThat(roles(tenant, userIdOf(user))).contains(managers.key());
  }

  @Test
  void revokingARoleOrAPermissionTakesEffectAtTheNextRequest() throws Exception {
    TestUsers.Created admin = TestUsers.create(context, "administrator");
    TenantId tenant = tenant(admin);
    TestUsers.Created second = TestUsers.addUser(context, admin.tenantSlug(), admin.tenantName(), "administrator");
    TestUsers.Created third = TestUsers.addUser(context, admin.tenantSlug(), admin.tenantName(), "auditor");
    WebClient adminWeb = signedIn(admin);
    WebClient secondWeb = signedIn(second);
    WebClient thirdWeb = signedIn(third);
    assertThat(secondWeb.get("/admin/users").statusCode()).isEqualTo(200);

    adminWeb.submit("/admin/users", "/admin/users/" + userIdOf(second) + "/roles", Map.of("role", "auditor"));
    assertThat(roles(tenant, userIdOf(second))).containsExactly("auditor");
    assertThat(secondWeb.get("/admin/users").statusCode()).isEqualTo(403);
    assertThat(secondWeb.get("/").statusCode()).as("still signed in").isEqualTo(200);

    CustomRole role = TenantScope.call(tenant, () -> creation.create(tenant, RoleInput.of("Managers", List.of("users.manage", "reports.read")), "user:t"));
    grant(tenant, userIdOf(third), role.key());
    assertThat(thirdWeb.get("/admin/roles").statusCode()).isEqualTo(200);
    TenantScope.run(tenant, () -> change.change(tenant, role.id(), RoleInput.of("Managers", List.of("reports.read")), "user:t"));
    assertThat(thirdWeb.get("/admin/roles").statusCode()).isEqualTo(403);

    assertThat(jdbc.sql("select details from audit_entry where tenant_id = ? and action = 'user.roles.changed'")
        .param(tenant.value()).query(String.class).list()).singleElement().asString()
        .contains("auditor").doesNotContain("@");
    assertThat(jdbc.sql("select action from audit_entry where tenant_id = ? and action like 'role.%' order by seq")
        .param(tenant.value()).query(String.class).list()).containsExactly("role.created", "role.changed");
  }

  @Test
  void anotherTenantsCustomRolesAreInvisibleAndCannotBeAssigned() throws Exception {
    TestUsers.Created owner = TestUsers.create(context, "administrator");
    CustomRole theirs = TenantScope.call(tenant(owner), () -> creation.create(tenant(owner), RoleInput.of("Secret role", List.of("users.manage")), "user:t"));
    TestUsers.Created attacker = TestUsers.create(context, "administrator");
    WebClient web = signedIn(attacker);

    assertThat(web.get("/admin/roles/" + theirs.id()).statusCode()).isEqualTo(404);
    assertThat(web.get("/admin/roles/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    assertThat(web.submit("/admin/roles", "/admin/roles/" + theirs.id(),
        Map.of("name", "Taken over", "permission", "audit.read")).statusCode()).isEqualTo(404);
    assertThat(web.submit("/admin/roles", "/admin/roles/" + theirs.id() + "/delete", Map.of()).statusCode())
        .isEqualTo(404);
    assertThat(web.get("/admin/roles").body()).doesNotContain(theirs.id().toString(), "Secret role");
    assertThat(web.get("/admin/users").body()).doesNotContain(theirs.id().toString(), "Secret role");

    web.submit("/admin/users", "/admin/users/" + userIdOf(attacker) + "/roles", Map.of("role", theirs.key()));
    assertThat(roles(tenant(attacker), userIdOf(attacker))).containsExactly("administrator");
    assertThat(jdbc.sql("select count(*) from access_role where tenant_id = ? and id = ? and name = 'Secret role'")
        .params(tenant(owner).value(), theirs.id()).query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void aCustomRoleInUseIsNotDeletedAndAnUnusedOneIs() throws Exception {
    TestUsers.Created admin = TestUsers.create(context, "administrator");
    TenantId tenant = tenant(admin);
    WebClient web = signedIn(admin);
    web.submit("/admin/roles", "/admin/roles", Map.of("name", "Screeners", "permission", "screenings.run"));
    UUID id = jdbc.sql("select id from access_role where tenant_id = ?").param(tenant.value()).query(UUID.class).single();
    grant(tenant, userIdOf(admin), "custom:" + id);

    web.submit("/admin/roles", "/admin/roles/" + id + "/delete", Map.of());
    assertThat(web.get("/admin/roles").body()).contains("held by users");
    revoke(tenant, userIdOf(admin), "custom:" + id);
    web.submit("/admin/roles", "/admin/roles/" + id + "/delete", Map.of());
    assertThat(jdbc.sql("select count(*) from access_role where tenant_id = ?").param(tenant.value())
        .query(Integer.class).single()).isZero();
    assertThat(jdbc.sql("select action from audit_entry where tenant_id = ? and action like 'role.%' order by seq")
        .param(tenant.value()).query(String.class).list()).containsExactly("role.created", "role.deleted");
  }

  @Test
  void aDenialIsLoggedWithPrincipalRoutePermissionAndReasonButNoEmail(CapturedOutput output) throws Exception {
    TestUsers.Created analyst = TestUsers.create(context, "analyst");
    WebClient web = signedIn(analyst);
    assertThat(web.get("/admin/users").statusCode()).isEqualTo(403);

    String principalId = "user:" + userIdOf(analyst);
    assertThat(output.getOut().lines().filter(line -> line.contains("access denied") && line.contains(principalId)))
        .singleElement().asString()
        .contains("/admin/users", "users.manage", "missing-permission")
        .doesNotContain(analyst.email(), "example.org");
  }

  private TenantId tenant(TestUsers.Created user) {
    return new TenantId(jdbc.sql("select id from tenant where slug = ?").param(user.tenantSlug())
        .query(UUID.class).single());
  }

  private TenantPrincipal principal(TestUsers.Created user) {
    TenantId tenant = tenant(user);
    String id = "user:" + userIdOf(user);
    return new TenantPrincipal() {
      @Override
      public TenantId tenantId() {
        return tenant;
      }

      @Override
      public String principalId() {
        return id;
      }
    };
  }

  private void grant(TenantId tenant, UUID user, String role) {
    jdbc.sql("insert into app_user_role (tenant_id, user_id, role) values (?, ?, ?)")
        .params(tenant.value(), user, role).update();
  }

  private void revoke(TenantId tenant, UUID user, String role) {
    jdbc.sql("delete from app_user_role where tenant_id = ? and user_id = ? and role = ?")
        .params(tenant.value(), user, role).update();
  }

  private Set<String> roles(TenantId tenant, UUID user) {
    return Set.copyOf(jdbc.sql("select role from app_user_role where tenant_id = ? and user_id = ?")
        .params(tenant.value(), user).query(String.class).list());
  }
}
