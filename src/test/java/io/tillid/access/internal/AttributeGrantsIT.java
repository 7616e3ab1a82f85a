package io.tillid.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.access.AttributeGrants;
import io.tillid.access.DatasetAttributes;
import io.tillid.access.DatasetColumns;
import io.tillid.access.Grants;
import io.tillid.access.SqlPredicate;
import io.tillid.identity.internal.WebClient;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import io.tillid.platform.TenantScope;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Attribute grants on PostgreSQL: the SQL filter, tenant isolation of grants, and the admin page. */
class AttributeGrantsIT extends IntegrationTest {

  /** id, business unit, sensitivity, jurisdiction. */
  private static final List<Object[]> ROWS = List.of(
      new Object[] {1, "retail", null, "DK"},
      new Object[] {2, "retail", "pep", "DK"},
      new Object[] {3, "retail", "restricted", "SE"},
      new Object[] {4, "corporate", null, "SE"},
      new Object[] {5, "corporate", "pep", "DK"},
      new Object[] {6, "private", null, "NO"});

  @Autowired
  ApplicationContext context;

  @Autowired
  AttributeGrants attributeGrants;

  @Autowired
  JdbcClient app;

  @Test
  void theSqlFilterKeepsExactlyThePermittedRows() {
    // a dataset-like fixture of the test's own, without tenant_id (row-level security is not the point here)
    String table = "grant_fixture_" + UUID.randomUUID().toString().replace("-", "");
    jdbc.sql("create table " + table + " (id int primary key, bu varchar(64) not null, sens varchar(64), "
        + "juris char(2) not null)").update();
    try {
      for (Object[] row : ROWS) {
        jdbc.sql("insert into " + table + " values (?, ?, ?, ?)").params(row).update();
      }
      DatasetColumns columns = new DatasetColumns("f.bu", "f.sens", "f.juris");
      Map<Grants, Set<Integer>> expected = Map.of(
          Grants.none(), Set.of(),
          grants(Set.of("retail"), Set.of(), Set.of("DK")), Set.of(1),
          grants(Set.of("retail"), Set.of("pep"), Set.of("DK")), Set.of(1, 2),
          grants(Set.of("*"), Set.of("*"), Set.of("*")), Set.of(1, 2, 3, 4, 5, 6),
          grants(Set.of("*"), Set.of(), Set.of("*")), Set.of(1, 4, 6),
          grants(Set.of("retail", "corporate"), Set.of("*"), Set.of("SE")), Set.of(3, 4),
          grants(Set.of("*"), Set.of("pep"), Set.of("DK")), Set.of(1, 2, 5),
          grants(Set.of("corporate"), Set.of("pep", "restricted"), Set.of()), Set.of());
      for (var entry : expected.entrySet()) {
        SqlPredicate predicate = attributeGrants.filter(entry.getKey(), columns);
        Set<Integer> found = Set.copyOf(jdbc.sql("select f.id from " + table + " f where " + predicate.sql())
            .params(predicate.parameters()).query(Integer.class).list());
        assertThat(found).as(entry.getKey().toString()).isEqualTo(entry.getValue());
        Set<Integer> permitted = ROWS.stream()
            .filter(row -> entry.getKey().permits(new DatasetAttributes((String) row[1], (String) row[2], (String) row[3])))
            .map(row -> (Integer) row[0]).collect(Collectors.toSet());
        assertThat(found).as("the SQL filter and permits agree").isEqualTo(permitted);
      }
    } finally {
      jdbc.sql("drop table " + table).update();
    }
  }

  @Test
  void anAdministratorSetsAUsersGrantsOnItsPageAuditedWithDimensionsAndValuesOnly() throws Exception {
    TestUsers.Created admin = TestUsers.create(context, "administrator");
    TestUsers.Created analyst = TestUsers.addUser(context, admin.tenantSlug(), admin.tenantName(), "analyst");
    TenantId tenant = tenant(admin);
    UUID analystId = userIdOf(analyst);
    Grants all = grants(Set.of("*"), Set.of("*"), Set.of("*"));
    assertThat(attributeGrants.of(principal(tenant, analystId))).as("an imported user may see all data")
        .isEqualTo(all);
    assertThat(attributeGrants.of(principal(tenant, userIdOf(admin)))).isEqualTo(all);

    WebClient web = signedIn(admin);
    assertThat(web.get("/admin/users").body()).contains("/admin/users/" + analystId + "/grants");
    String page = "/admin/users/" + analystId + "/grants";
    var saved = web.submit(page, page, Map.of("business_unit", "retail, corporate", "sensitivity", "pep",
        "jurisdiction", "dk se"));
    assertThat(web.location(saved)).isEqualTo(page);
    assertThat(attributeGrants.of(principal(tenant, analystId)))
        .isEqualTo(grants(Set.of("retail", "corporate"), Set.of("pep"), Set.of("DK", "SE")));
    assertThat(web.get(page).body()).contains("value=\"corporate,retail\"", "value=\"DK,SE\"");

    web.submit(page, page, Map.of("business_unit", "retail", "sensitivity", "", "jurisdiction", "Danmark"));
    assertThat(web.get(page).body()).contains("two-letter ISO country code");
    assertThat(attributeGrants.of(principal(tenant, analystId)).businessUnits()).as("refused, unchanged")
        .containsExactlyInAnyOrder("retail", "corporate");

    List<String> audited = jdbc.sql("select details from audit_entry where tenant_id = ? and action = 'grants.changed'"
        + " and actor <> 'system:import'").param(tenant.value()).query(String.class).list();
    assertThat(audited).singleElement().asString()
        .contains("business_unit", "corporate,retail", "sensitivity", "pep", "jurisdiction", "DK,SE")
        .doesNotContain("@", analyst.name());
    assertThat(jdbc.sql("select target_id from audit_entry where tenant_id = ? and action = 'grants.changed'"
        + " and actor <> 'system:import'").param(tenant.value()).query(String.class).single())
        .isEqualTo(analystId.toString());

    WebClient analystWeb = signedIn(analyst);
    assertThat(analystWeb.get(page).statusCode()).isEqualTo(403);
  }

  @Test
  void anotherTenantsGrantsAreInvisibleAndCannotBeChanged() throws Exception {
    TestUsers.Created owner = TestUsers.create(context, "administrator");
    TenantId ownerTenant = tenant(owner);
    UUID ownerId = userIdOf(owner);
    // imported users hold every grant
    assertThat(attributeGrants.of(principal(ownerTenant, ownerId)).businessUnits()).containsExactly("*");

    TestUsers.Created attacker = TestUsers.create(context, "administrator");
    TenantId attackerTenant = tenant(attacker);
    int attackersOwn = jdbc.sql("select count(*) from access_grant where tenant_id = ?").param(attackerTenant.value())
        .query(Integer.class).single();
    assertThat(attributeGrants.of(principal(attackerTenant, ownerId))).as("the same principal id in another tenant")
        .isEqualTo(Grants.none());
    // with the application's tenant filter left out, row-level security still confines
    assertThat(TenantScope.call(attackerTenant, () -> app.sql("select count(*) from access_grant where principal_id = ?")
        .param("user:" + ownerId).query(Integer.class).single())).isZero();
    assertThat(app.sql("select count(*) from access_grant").query(Integer.class).single()).as("outside any scope")
        .isZero();

    WebClient web = signedIn(attacker);
    String page = "/admin/users/" + ownerId + "/grants";
    assertThat(web.get(page).statusCode()).isEqualTo(404);
    assertThat(web.get("/admin/users/" + UUID.randomUUID() + "/grants").statusCode()).isEqualTo(404);
    assertThat(web.submit("/admin/users", page, Map.of("business_unit", "", "jurisdiction", "*")).statusCode())
        .isEqualTo(404);
    assertThat(jdbc.sql("select grant_value from access_grant where tenant_id = ? and principal_id = ?")
        .params(ownerTenant.value(), "user:" + ownerId).query(String.class).list()).containsExactly("*", "*", "*");
    assertThat(jdbc.sql("select count(*) from access_grant where tenant_id = ?").param(attackerTenant.value())
        .query(Integer.class).single()).isEqualTo(attackersOwn);
  }

  private static Grants grants(Set<String> units, Set<String> sensitivities, Set<String> jurisdictions) {
    return new Grants(units, sensitivities, jurisdictions);
  }

  private TenantId tenant(TestUsers.Created user) {
    return new TenantId(jdbc.sql("select id from tenant where slug = ?").param(user.tenantSlug())
        .query(UUID.class).single());
  }

  private static TenantPrincipal principal(TenantId tenant, UUID userId) {
    return new TenantPrincipal() {
      @Override
      public TenantId tenantId() {
        return tenant;
      }

      @Override
      public String principalId() {
        return "user:" + userId;
      }
    };
  }
}
