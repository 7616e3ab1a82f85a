package io.tillid.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillid.support.IntegrationTest;
import io.tillid.support.TestUsers;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The second layer of tenant isolation on its own: the application's own connections (its
 * JdbcClient, as tillid_app) run queries that deliberately leave out the tenant filter, and
 * PostgreSQL's row-level security still confines them to the current scope.
 */
class RowLevelSecurityIT extends IntegrationTest {

  /** Every table that carries tenant_id and must be confined to its tenant. */
  static final List<String> TENANT_OWNED = List.of("app_user", "app_user_role", "api_client", "password_token",
      "mfa_totp", "mfa_recovery_code", "sign_in_failure", "audit_entry", "audit_chain_head", "access_role",
      "access_role_permission", "access_grant", "tenant_keyset", "customer", "customer_ownership", "kyc_case",
      "kyc_case_item", "oauth_access_token", "customer_role", "crypto_rotation_job", "risk_model_version",
      "risk_model_parameter", "risk_assessment", "risk_assessment_factor", "idempotency_record", "review_reminder",
      "api_key", "api_rate_limit", "review_due_notice", "webhook_subscription", "webhook_delivery", "webhook_attempt",
      "oauth_authorization", "oauth_consent",
      "screening_hit", "screening_disposition", "screening_setting", "screening_run");

  @Autowired
  JdbcClient app;

  @Autowired
  TransactionOperations transactions;

  @Autowired
  ApplicationContext context;

  @Autowired
  TenantDirectory tenants;

  TenantId a;
  TenantId b;

  @BeforeEach
  void twoTenants() {
    a = tenants.findBySlug(TestUsers.create(context).tenantSlug()).orElseThrow().id();
    b = tenants.findBySlug(TestUsers.create(context).tenantSlug()).orElseThrow().id();
  }

  @Test
  void aQueryWithoutTenantFilterSeesOnlyTheScopesRows() {
    List<UUID> seen = TenantScope.call(a, () -> app.sql("select tenant_id from app_user").query(UUID.class).list());
    assertThat(seen).isNotEmpty().containsOnly(a.value());
    List<UUID> audit = TenantScope.call(b, () -> app.sql("select distinct tenant_id from audit_entry")
        .query(UUID.class).list());
    assertThat(audit).containsExactly(b.value());
    // the database holds both tenants' rows; only the application's view is confined
    assertThat(jdbc.sql("select count(distinct tenant_id) from app_user where tenant_id in (?, ?)")
        .params(a.value(), b.value()).query(Integer.class).single()).isEqualTo(2);
  }

  @Test
  void theIsolationFunctionPutsANewTenantOwnedTableUnderTheStandardPolicy() {
    String table = "rls_probe_" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql("create table " + table + " (tenant_id uuid not null, note varchar(20) not null)").update();
    try {
      jdbc.sql("select tillid_enable_tenant_isolation('" + table + "')").query(String.class).list();
      jdbc.sql("insert into " + table + " values (?, 'a'), (?, 'b')").params(a.value(), b.value()).update();

      assertThat(TenantScope.call(a, () -> app.sql("select note from " + table).query(String.class).list()))
          .containsExactly("a");
      assertThat(app.sql("select count(*) from " + table).query(Integer.class).single()).isZero();
      assertThatThrownBy(() -> TenantScope.call(a, () -> transactions.execute(status ->
          app.sql("insert into " + table + " values (?, 'x')").param(b.value()).update())))
          .isInstanceOf(DataAccessException.class);
      assertThatThrownBy(() -> app.sql("select tillid_enable_tenant_isolation('app_user')").query(String.class).list())
          .as("the application's role cannot run it").isInstanceOf(DataAccessException.class);
    } finally {
      jdbc.sql("drop table " + table).update();
    }
  }

  @Test
  void anotherTenantsRowsCannotBeChangedOrDeletedFromAScope() {
    int changed = TenantScope.call(a, () -> transactions.execute(status ->
        app.sql("update app_user set display_name = 'taken over' where tenant_id = ?").param(b.value()).update()));
    int deleted = TenantScope.call(a, () -> transactions.execute(status ->
        app.sql("delete from app_user_role where tenant_id = ?").param(b.value()).update()));
    assertThat(changed).isZero();
    assertThat(deleted).isZero();
    assertThat(jdbc.sql("select count(*) from app_user where tenant_id = ? and display_name = 'taken over'")
        .param(b.value()).query(Integer.class).single()).isZero();
  }

  @Test
  void insertingARowForAnotherTenantIsRefused() {
    assertThatThrownBy(() -> TenantScope.run(a, () -> app.sql("""
        insert into sign_in_failure (tenant_id, account_key, failures) values (?, 'user:rls-test', 1)""")
        .param(b.value()).update()))
        .isInstanceOf(DataAccessException.class)
        .hasStackTraceContaining("row-level security");
    assertThatThrownBy(() -> TenantScope.run(a, () -> app.sql("""
        insert into mfa_totp (tenant_id, principal_id, secret, last_step, enrolled_at) values (?, 'user:x', 'S', 0, ?)""")
        .params(b.value(), OffsetDateTime.now()).update()))
        .isInstanceOf(DataAccessException.class)
        .hasStackTraceContaining("row-level security");
    // the same insert for its own tenant passes
    TenantScope.run(a, () -> app.sql("""
        insert into sign_in_failure (tenant_id, account_key, failures) values (?, 'user:rls-test', 1)""")
        .param(a.value()).update());
  }

  @Test
  void withoutScopeNoTenantOwnedRowIsVisible() {
    for (String table : TENANT_OWNED) {
      assertThat(app.sql("select count(*) from " + table).query(Integer.class).single()).as(table).isZero();
    }
    assertThat(app.sql("select count(*) from platform_admin").query(Integer.class).single()).isZero();
    // the tenant directory is readable by all, so sign-in can find a tenant by slug
    assertThat(app.sql("select count(*) from tenant where id = ?").param(a.value()).query(Integer.class).single())
        .isOne();
  }

  @Test
  void onlyTheSystemScopeAddsTenantsAndATenantChangesOnlyItsOwnRow() {
    UUID id = UUID.randomUUID();
    String insert = "insert into tenant (id, slug, name, created_at, updated_at) values (?, ?, 'X', now(), now())";
    assertThatThrownBy(() -> TenantScope.run(a, () -> app.sql(insert).params(id, "rls-" + id).update()))
        .hasStackTraceContaining("row-level security");
    int renamed = TenantScope.call(a, () -> app.sql("update tenant set name = 'mine now' where id = ?")
        .param(b.value()).update());
    assertThat(renamed).isZero();
    TenantScope.system("test: provisions a tenant", () -> app.sql(insert).params(id, "rls-" + id).update());
    assertThat(jdbc.sql("select count(*) from tenant where id = ?").param(id).query(Integer.class).single()).isOne();
  }

  @Test
  void theSystemScopeSeesEveryTenant() {
    List<UUID> seen = TenantScope.system("test: reads across tenants", () -> app.sql(
        "select distinct tenant_id from app_user where tenant_id in (?, ?)").params(a.value(), b.value())
        .query(UUID.class).list());
    assertThat(seen).containsExactlyInAnyOrder(a.value(), b.value());
  }

  @Test
  void pooledConnectionsCarryNoStaleTenant() {
    for (int i = 0; i < 30; i++) {
      TenantId tenant = i % 2 == 0 ? a : b;
      assertThat(TenantScope.call(tenant, () -> app.sql("select distinct tenant_id from app_user")
          .query(UUID.class).list())).containsExactly(tenant.value());
      assertThat(app.sql("select count(*) from app_user").query(Integer.class).single()).isZero();
    }
  }

  @Test
  void switchingScopeInsideATransactionFailsLoudly() {
    assertThatThrownBy(() -> TenantScope.run(a, () -> transactions.executeWithoutResult(status ->
        TenantScope.run(b, () -> app.sql("select count(*) from app_user").query(Integer.class).single()))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inside an open transaction");
    assertThatThrownBy(() -> TenantScope.run(a, () -> transactions.executeWithoutResult(status ->
        TenantScope.system("test", () -> 0))))
        .isInstanceOf(IllegalStateException.class);
    // the same scope again is fine
    int same = TenantScope.call(a, () -> transactions.execute(status ->
        TenantScope.call(a, () -> app.sql("select count(*) from app_user").query(Integer.class).single())));
    assertThat(same).isPositive();
  }

  @Test
  void theApplicationRoleOwnsNothingAndCannotBypass() {
    assertThat(app.sql("select current_user").query(String.class).single()).isEqualTo("tillid_app");
    assertThat(jdbc.sql("select rolsuper or rolbypassrls or rolcanlogin from pg_roles where rolname = 'tillid_app'")
        .query(Boolean.class).single()).isFalse();
    assertThat(jdbc.sql("select count(*) from pg_tables where schemaname = current_schema() and tableowner = 'tillid_app'")
        .query(Integer.class).single()).isZero();
    assertThatThrownBy(() -> app.sql("select count(*) from flyway_schema_history").query(Integer.class).single())
        .hasStackTraceContaining("permission denied");
    assertThatThrownBy(() -> TenantScope.run(a, () -> app.sql("delete from audit_entry where tenant_id = ?")
        .param(a.value()).update()))
        .hasStackTraceContaining("permission denied");
  }

  @Test
  void everyTableWithTenantIdHasForcedRowLevelSecurity() {
    List<String> withTenantId = jdbc.sql("""
        select c.table_name from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = current_schema() and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'""")
        .query(String.class).list();
    assertThat(withTenantId).containsAll(TENANT_OWNED);
    List<String> unforced = jdbc.sql("""
        select relname from pg_class where relnamespace = current_schema()::regnamespace and relkind = 'r'
        and relname = any (?) and not (relrowsecurity and relforcerowsecurity)""")
        .param(withTenantId.toArray(String[]::new)).query(String.class).list();
    assertThat(unforced).as("tables with tenant_id but without forced row-level security").isEmpty();
    List<String> directoriesUnforced = jdbc.sql("""
        select relname from pg_class where relnamespace = current_schema()::regnamespace
        and relname in ('tenant', 'platform_admin', 'api_client_directory')
        and not (relrowsecurity and relforcerowsecurity)""").query(String.class).list();
    assertThat(directoriesUnforced).isEmpty();
  }
}
