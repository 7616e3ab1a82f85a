package io.tillid.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.access.internal.GrantTestSupport;
import io.tillid.customers.internal.CustomerTestSupport;
import io.tillid.identity.internal.WebClient;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestUsers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** KYC cases on PostgreSQL through the pages: the workflow, four-eyes approval, grants and audit. */
class CasesIT extends IntegrationTest {

  @Autowired
  ApplicationContext context;

  @Test
  void anEnhancedCaseCannotBeApprovedByThePersonWhoPreparedIt() throws Exception {
    TestUsers.Created preparer = TestUsers.create(context, "compliance_officer");
    TestUsers.Created second = TestUsers.addUser(context, preparer.tenantSlug(), preparer.tenantName(),
        "compliance_officer");
    UUID tenant = tenantIdOf(preparer);
    GrantTestSupport.giveAll(context, tenant, userIdOf(preparer));
    GrantTestSupport.giveAll(context, tenant, userIdOf(second));
    UUID customer = CustomerTestSupport.registerPerson(context, tenant, userIdOf(preparer), "Case Person", null);
    WebClient web = signedIn(preparer);

    String casesPage = "/cases?customerId=" + customer;
    HttpResponse<String> opened = web.submit(casesPage, "/cases", Map.of("customerId", customer.toString(),
        "cddLevel", "enhanced"));
    String casePath = web.location(opened);
    UUID caseId = UUID.fromString(casePath.substring("/cases/".length()));
    assertThat(web.get(casePath).body()).contains("Enhanced", "Needs a second person");

    web.submit(casePath, casePath + "/submit", Map.of());
    assertThat(web.get(casePath).body()).contains("Every checklist item must be done");
    List<String> items = Checklist.items(CddLevel.ENHANCED, "person");
    for (String item : items) {
      web.submit(casePath, casePath + "/items/" + item, Map.of());
    }
    web.submit(casePath, casePath + "/submit", Map.of());
    assertThat(state(tenant, caseId)).isEqualTo("in_review");

    web.submit(casePath, casePath + "/approve", Map.of());
    assertThat(web.get(casePath).body()).contains("someone else must approve it");
    assertThat(state(tenant, caseId)).isEqualTo("in_review");

    WebClient secondWeb = signedIn(second);
    secondWeb.submit(casePath, casePath + "/approve", Map.of());
    assertThat(state(tenant, caseId)).isEqualTo("approved");
    assertThat(jdbc.sql("select decided_by from kyc_case where tenant_id = ? and id = ?").params(tenant, caseId)
        .query(String.class).single()).isEqualTo("user:" + userIdOf(second));
    assertThat(jdbc.sql("select action from audit_entry where tenant_id = ? and target_id = ? order by seq")
        .params(tenant, caseId.toString()).query(String.class).list())
        .startsWith("case.opened").contains("case.item.done", "case.submitted").endsWith("case.approved");
  }

  @Test
  void casesFollowTheirCustomersAttributesAndAnotherTenantSeesNothing() throws Exception {
    TestUsers.Created officer = TestUsers.create(context, "compliance_officer");
    UUID tenant = tenantIdOf(officer);
    GrantTestSupport.giveAll(context, tenant, userIdOf(officer));
    UUID customer = CustomerTestSupport.registerPerson(context, tenant, userIdOf(officer), "Attribut Person", null);
    WebClient web = signedIn(officer);
    String casePath = web.location(web.submit("/cases?customerId=" + customer, "/cases",
        Map.of("customerId", customer.toString())));

    TestUsers.Created analyst = TestUsers.addUser(context, officer.tenantSlug(), officer.tenantName(), "analyst");
    GrantTestSupport.give(context, tenant, userIdOf(analyst), Set.of("retail"), Set.of(), Set.of("*"));
    WebClient analystWeb = signedIn(analyst);
    assertThat(analystWeb.get(casePath).statusCode()).isEqualTo(404);
    assertThat(analystWeb.get("/cases").body()).doesNotContain(casePath);

    TestUsers.Created attacker = TestUsers.create(context, "administrator");
    GrantTestSupport.giveAll(context, tenantIdOf(attacker), userIdOf(attacker));
    WebClient attackerWeb = signedIn(attacker);
    assertThat(attackerWeb.get(casePath).statusCode()).isEqualTo(404);
    assertThat(attackerWeb.get("/cases").body()).doesNotContain("Attribut Person");
    HttpResponse<String> foreign = attackerWeb.submit("/cases", "/cases", Map.of("customerId", customer.toString()));
    assertThat(attackerWeb.get(attackerWeb.location(foreign)).body()).contains("No such customer that you may see");
  }

  private String state(UUID tenant, UUID caseId) {
    return jdbc.sql("select state from kyc_case where tenant_id = ? and id = ?").params(tenant, caseId)
        .query(String.class).single();
  }
}
