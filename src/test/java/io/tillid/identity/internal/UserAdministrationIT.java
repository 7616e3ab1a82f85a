package io.tillid.identity.internal;

import org.junit.jupiter.api.AfterEach;
import io.tillid.platform.TenantScope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillid.platform.BadInputException;
import io.tillid.platform.TenantId;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestUsers;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** User administration on PostgreSQL: scoped to the tenant, audited, last administrator kept. */
class UserAdministrationIT extends IntegrationTest {

  @Autowired
  ApplicationContext context;

  @Autowired
  UserAdministration administration;

  @Autowired
  UserDirectory directory;

  @Autowired
  UserSecurityActions security;

  private TenantId tenant;
  private UUID adminId;

  /** Use cases are called as a request of the tenant would call them: in its scope. */
  private TenantScope.Entered scope;

  @AfterEach
  void leaveScope() {
    scope.close();
  }

  @BeforeEach
  void tenantWithAnAdministrator() {
    TestUsers.Created admin = TestUsers.create(context, "administrator");
    tenant = new TenantId(jdbc.sql("select id from tenant where slug = ?").param(admin.tenantSlug())
        .query(UUID.class).single());
    scope = TenantScope.enter(tenant);
    adminId = directory.list(tenant).get(0).id();
  }

  @Test
  void rolesAreReplacedAndAudited() {
    TestUsers.Created other = TestUsers.create(context, "administrator");
    UUID otherTenantUser = jdbc.sql("select u.id from app_user u join tenant t on t.id = u.tenant_id where t.slug = ?")
        .param(other.tenantSlug()).query(UUID.class).single();
    assertThatThrownBy(() -> administration.assignRoles(tenant, otherTenantUser, Set.of("analyst"), "user:x"))
        .isInstanceOf(UserAdministration.UserNotFound.class);

    administration.assignRoles(tenant, adminId, Set.of("administrator", "auditor"), "user:" + adminId);

    assertThat(directory.find(tenant, adminId).orElseThrow().roles()).containsExactlyInAnyOrder("administrator", "auditor");
    assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'user.roles.changed'")
        .param(tenant.value()).query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void anotherTenantsUserIsNotFoundOverHttpAndNothingChanges() throws Exception {
    TestUsers.Created attacker = TestUsers.create(context, "administrator");
    WebClient web = new WebClient(httpsPort);
    assertThat(web.signIn(attacker.tenantSlug(), attacker.email(), attacker.password())).isEqualTo("/");

    for (String action : java.util.List.of("disable", "mfa-reset", "sessions/end", "unlock")) {
      assertThat(web.submit("/admin/users", "/admin/users/" + adminId + "/" + action, java.util.Map.of()).statusCode())
          .as(action).isEqualTo(404);
    }
    assertThat(web.submit("/admin/users", "/admin/users/" + UUID.randomUUID() + "/disable", java.util.Map.of())
        .statusCode()).isEqualTo(404);
    assertThat(directory.find(tenant, adminId).orElseThrow().status()).isEqualTo("active");
    assertThat(web.get("/admin/users").body()).doesNotContain(adminId.toString());
  }

  @Test
  void endingAUsersSessionsSignsThemOutAtOnce() throws Exception {
    TestUsers.Created user = TestUsers.create(context, "administrator");
    UUID userId = jdbc.sql("select id from app_user where email = ?").param(user.email()).query(UUID.class).single();
    TenantId userTenant = new TenantId(jdbc.sql("select tenant_id from app_user where id = ?").param(userId)
        .query(UUID.class).single());
    WebClient victim = new WebClient(httpsPort);
    victim.signIn(user.tenantSlug(), user.email(), user.password());
    assertThat(victim.get("/").statusCode()).isEqualTo(200);

    TenantScope.run(userTenant, () -> security.endSessions(userTenant, userId, "user:" + userId));

    assertThat(victim.get("/").statusCode()).isEqualTo(302);
    assertThatThrownBy(() -> security.endSessions(tenant, userId, "user:" + adminId))
        .isInstanceOf(UserAdministration.UserNotFound.class);
  }

  @Test
  void unknownRolesAndEmptyRolesAreRefusedAndNothingChanges() {
    assertThatThrownBy(() -> administration.assignRoles(tenant, adminId, Set.of("superuser"), "user:x"))
        .isInstanceOf(BadInputException.class);
    assertThatThrownBy(() -> administration.assignRoles(tenant, adminId, Set.of(), "user:x"))
        .isInstanceOf(BadInputException.class);

    assertThat(directory.find(tenant, adminId).orElseThrow().roles()).containsExactly("administrator");
  }

  @Test
  void disablingKeepsAnActiveAdministratorAndEnablingRestores() {
    administration.assignRoles(tenant, adminId, Set.of("administrator"), "user:x");
    jdbc.sql("insert into app_user (tenant_id, id, email, display_name, password_hash, status, created_at, updated_at) "
            + "values (?, ?, 'second@example.org', 'Second', null, 'active', now(), now())")
        .params(tenant.value(), UUID.randomUUID()).update();
    UUID second = directory.list(tenant).stream().filter(u -> u.email().equals("second@example.org"))
        .findFirst().orElseThrow().id();
    jdbc.sql("insert into app_user_role (tenant_id, user_id, role) values (?, ?, 'administrator')")
        .params(tenant.value(), second).update();

    administration.disable(tenant, adminId, "user:" + second);
    assertThat(directory.find(tenant, adminId).orElseThrow().status()).isEqualTo("disabled");
    assertThatThrownBy(() -> administration.disable(tenant, second, "user:" + second))
        .isInstanceOf(BadInputException.class).hasMessage("admin.error.lastAdministrator");

    administration.enable(tenant, adminId, "user:" + second);
    assertThat(directory.find(tenant, adminId).orElseThrow().status()).isEqualTo("active");
  }
}
