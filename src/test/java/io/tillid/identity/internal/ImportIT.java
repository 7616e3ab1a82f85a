package io.tillid.identity.internal;

import static io.tillid.identity.internal.ImportFixture.admin;
import static io.tillid.identity.internal.ImportFixture.client;
import static io.tillid.identity.internal.ImportFixture.email;
import static io.tillid.identity.internal.ImportFixture.tenant;
import static io.tillid.identity.internal.ImportFixture.unique;
import static io.tillid.identity.internal.ImportFixture.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillid.platform.BadInputException;
import io.tillid.platform.TenantId;
import io.tillid.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ImportIT extends IntegrationTest {

  @Autowired
  ImportProvisioning provisioning;

  private final String slug = unique("imp");
  private final String otherSlug = unique("imp");
  private final String anna = email();
  private final String bo = email();
  private final String clientId = unique("client");
  private final String adminEmail = email();

  private Map<String, Object> file(String tenantName, String... annasRoles) {
    return ImportFixture.file(List.of(tenant(slug, tenantName,
            List.of(user(anna, "Anna Berg", "anna-password-1", annasRoles), user(bo, "Bo Holm", "bo-long-password-1")),
            List.of(client(clientId, "client-secret-1", "customers.read", "screenings.run")))),
        List.of(admin(adminEmail, "Ops Person", "admin-password-1")));
  }

  @Test
  void createsTenantUsersClientsAndAdmins() {
    ImportSummary summary = ImportFixture.provision(provisioning, ImportFixture.write(file("Acme A/S", "administrator")));

    assertThat(summary.toString())
        .isEqualTo("import: 1 tenant, 2 users, 1 client, 1 platform admin (5 created, 0 updated, 0 unchanged)");
    UUID tenant = tenantId(slug);
    assertThat(count("select count(*) from app_user where tenant_id = ?", tenant)).isEqualTo(2);
    assertThat(jdbc.sql("select role from app_user_role r join app_user u on u.tenant_id = r.tenant_id "
        + "and u.id = r.user_id where u.tenant_id = ? and u.email = ?").params(tenant, anna).query(String.class).list())
        .containsExactly("administrator");
    assertThat(jdbc.sql("select scopes from api_client where tenant_id = ?").param(tenant).query(String.class).single())
        .isEqualTo("customers.read screenings.run");
    assertThat(jdbc.sql("select tenant_id from api_client_directory where client_id = ?").param(clientId)
        .query(UUID.class).single()).isEqualTo(tenant);
    assertThat(jdbc.sql("select password_hash from app_user where tenant_id = ? and email = ?").params(tenant, anna)
        .query(String.class).single()).startsWith("$argon2id$v=19$m=19456,t=5,p=1$");
    assertThat(count("select count(*) from platform_admin where email = ?", adminEmail)).isEqualTo(1);
  }

  @Test
  void importingTwiceChangesNothingAndReimportUpdates() {
    ImportFixture.provision(provisioning, ImportFixture.write(file("Acme A/S", "administrator")));
    UUID tenant = tenantId(slug);
    String annasHash = annasHash(tenant);
    int entries = auditEntries(tenant);

    ImportSummary again = ImportFixture.provision(provisioning, ImportFixture.write(file("Acme A/S", "administrator")));

    assertThat(again.toString()).endsWith("(0 created, 0 updated, 5 unchanged)");
    assertThat(count("select count(*) from tenant where slug = ?", slug)).isEqualTo(1);
    assertThat(count("select count(*) from app_user where tenant_id = ?", tenant)).isEqualTo(2);
    assertThat(count("select count(*) from api_client where tenant_id = ?", tenant)).isEqualTo(1);
    assertThat(count("select count(*) from platform_admin where email = ?", adminEmail)).isEqualTo(1);
    assertThat(annasHash(tenant)).as("a matching hash is kept, not rehashed").isEqualTo(annasHash);
    assertThat(auditEntries(tenant)).isEqualTo(entries);

    ImportSummary changed = ImportFixture.provision(provisioning, ImportFixture.write(file("Acme Finans A/S", "analyst", "auditor")));

    assertThat(changed.toString()).endsWith("(0 created, 2 updated, 3 unchanged)");
    assertThat(jdbc.sql("select name from tenant where id = ?").param(tenant).query(String.class).single())
        .isEqualTo("Acme Finans A/S");
    assertThat(jdbc.sql("select role from app_user_role where tenant_id = ? order by role").param(tenant)
        .query(String.class).list()).containsExactly("analyst", "auditor");
    assertThat(auditEntries(tenant)).isEqualTo(entries + 2);
  }

  @Test
  void aChangedPasswordIsRehashed() {
    ImportFixture.provision(provisioning, ImportFixture.write(file("Acme", "analyst")));
    UUID tenant = tenantId(slug);
    String before = annasHash(tenant);
    Map<String, Object> changed = ImportFixture.file(List.of(tenant(slug, "Acme",
        List.of(user(anna, "Anna Berg", "a-brand-new-long-password", "analyst")), List.of())), List.of());

    assertThat(ImportFixture.provision(provisioning, ImportFixture.write(changed)).toString()).contains("1 updated");
    assertThat(annasHash(tenant)).isNotEqualTo(before);
  }

  @Test
  void anInvalidFileWritesNothing() {
    Map<String, Object> bad = ImportFixture.file(List.of(
        tenant(slug, "Acme", List.of(user(anna, "Anna", "pw-1")), List.of(client(clientId, "s"))),
        tenant(otherSlug, "Beta", List.of(user("bo.at.beta.example", "Bo", "pw-2")), List.of())),
        List.of(admin(adminEmail, "Ops", "pw-3")));

    assertThatThrownBy(() -> ImportFixture.provision(provisioning, ImportFixture.write(bad)))
        .isInstanceOf(BadInputException.class)
        .hasMessage("tenants[1].users[0].email is not a valid e-mail address")
        .message().doesNotContain("bo.at.beta.example");
    assertThat(count("select count(*) from tenant where slug in (?, ?)", slug, otherSlug)).isZero();
    assertThat(count("select count(*) from api_client_directory where client_id = ?", clientId)).isZero();
    assertThat(count("select count(*) from platform_admin where email = ?", adminEmail)).isZero();
  }

  @Test
  void aClientIdOfAnotherTenantIsRefusedAndNothingIsWritten() {
    ImportFixture.provision(provisioning, ImportFixture.write(file("Acme", "analyst")));
    Map<String, Object> thief = ImportFixture.file(List.of(
        tenant(otherSlug, "Beta", List.of(user(bo, "Bo", "bo-long-password-2")), List.of(client(clientId, "other-secret")))),
        List.of());

    assertThatThrownBy(() -> ImportFixture.provision(provisioning, ImportFixture.write(thief)))
        .isInstanceOf(BadInputException.class)
        .hasMessage("tenants[0].clients[0].clientId is already used by another tenant");
    assertThat(count("select count(*) from tenant where slug = ?", otherSlug)).isZero();
  }

  @Test
  void recordsAuditEntriesByIdInTheRightChains() {
    ImportFixture.provision(provisioning, ImportFixture.write(file("Acme", "analyst")));
    UUID tenant = tenantId(slug);
    UUID adminId = jdbc.sql("select id from platform_admin where email = ?").param(adminEmail).query(UUID.class).single();

    assertThat(jdbc.sql("select action from audit_entry where tenant_id = ? order by seq").param(tenant)
        .query(String.class).list())
        .containsExactly("tenant.created", "user.created", "grants.changed", "user.created", "grants.changed",
            "client.created", "grants.changed");
    assertThat(jdbc.sql("select distinct actor from audit_entry where tenant_id = ?").param(tenant)
        .query(String.class).list()).containsExactly("system:import");
    assertThat(jdbc.sql("select target_id from audit_entry where tenant_id = ? and action = 'tenant.created'")
        .param(tenant).query(String.class).single()).isEqualTo(tenant.toString());
    assertThat(count("select count(*) from audit_entry where tenant_id = ? and action = 'platform_admin.created' "
        + "and target_id = ?", TenantId.PLATFORM.value(), adminId.toString())).isEqualTo(1);
    assertThat(count("select count(*) from audit_entry where concat(target_id, details, actor) like ?",
        "%" + anna + "%")).isZero();
  }

  private UUID tenantId(String tenantSlug) {
    return jdbc.sql("select id from tenant where slug = ?").param(tenantSlug).query(UUID.class).single();
  }

  private String annasHash(UUID tenant) {
    return jdbc.sql("select password_hash from app_user where tenant_id = ? and email = ?").params(tenant, anna)
        .query(String.class).single();
  }

  private int auditEntries(UUID tenant) {
    return count("select count(*) from audit_entry where tenant_id = ?", tenant);
  }

  private int count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Integer.class).single();
  }
}
