package io.tillid.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.access.internal.GrantTestSupport;
import io.tillid.identity.internal.WebClient;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestUsers;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Ownership on PostgreSQL: a three-level chain, the 100% ceiling, and owners outside the grants. */
class OwnershipPagesIT extends IntegrationTest {

  @Autowired
  ApplicationContext context;

  @Test
  void aThreeLevelChainMakesTheRightBeneficialOwnerWithItsPath() throws Exception {
    TestUsers.Created officer = TestUsers.create(context, "compliance_officer");
    UUID tenant = jdbc.sql("select id from tenant where slug = ?").param(officer.tenantSlug()).query(UUID.class).single();
    UUID user = jdbc.sql("select id from app_user where email = ?").param(officer.email()).query(UUID.class).single();
    GrantTestSupport.giveAll(context, tenant, user);
    UUID anna = CustomerTestSupport.registerPerson(context, tenant, user, "Anna Holm", null);
    UUID bent = CustomerTestSupport.registerPerson(context, tenant, user, "Bent Lund", null);
    UUID top = CustomerTestSupport.registerCompany(context, tenant, user, "Top Holding ApS", "11111111");
    UUID middle = CustomerTestSupport.registerCompany(context, tenant, user, "Mellem Holding ApS", "22222222");
    UUID target = CustomerTestSupport.registerCompany(context, tenant, user, "Drift A/S", "33333333");
    CustomerTestSupport.holds(context, tenant, user, anna, top, "0.6");
    CustomerTestSupport.holds(context, tenant, user, bent, top, "0.4");
    CustomerTestSupport.holds(context, tenant, user, top, middle, "0.5");

    WebClient web = new WebClient(httpsPort);
    assertThat(web.signIn(officer.tenantSlug(), officer.email(), officer.password())).isEqualTo("/");
    HttpResponse<String> added = web.submit("/customers/" + target, "/customers/" + target + "/owners",
        Map.of("ownerId", middle.toString(), "sharePercent", "100"));
    assertThat(web.location(added)).isEqualTo("/customers/" + target);

    String page = web.get("/customers/" + target).body();
    assertThat(page).contains("Mellem Holding ApS", "100.00 %");
    String beneficial = page.substring(page.indexOf("id=\"beneficial-owners\""), page.indexOf("</ul>"));
    assertThat(beneficial).contains("Anna Holm", "30.00 %", "Anna Holm → 60.00 % of Top Holding ApS",
        "Top Holding ApS → 50.00 % of Mellem Holding ApS", "Mellem Holding ApS → 100.00 % of Drift A/S")
        .doesNotContain("Bent Lund"); // 40% x 50% = 20%: not more than 25%

    HttpResponse<String> tooMuch = web.submit("/customers/" + target, "/customers/" + target + "/owners",
        Map.of("ownerId", bent.toString(), "sharePercent", "1"));
    assertThat(tooMuch.body()).contains("above 100 %");
    HttpResponse<String> negative = web.submit("/customers/" + target, "/customers/" + target + "/owners",
        Map.of("ownerId", bent.toString(), "sharePercent", "-5"));
    assertThat(negative.body()).contains("more than 0 and at most 100 %");
    HttpResponse<String> self = web.submit("/customers/" + target, "/customers/" + target + "/owners",
        Map.of("ownerId", target.toString(), "sharePercent", "5"));
    assertThat(self.body()).contains("cannot be the company itself");
    assertThat(jdbc.sql("select count(*) from customer_ownership where tenant_id = ? and company_id = ?")
        .params(tenant, target).query(Integer.class).single()).isOne();
    assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'customer.owner.set'")
        .param(tenant).query(Integer.class).single()).isEqualTo(4);
  }

  @Test
  void anOwnerOutsideTheGrantsCountsButIsNotNamed() throws Exception {
    TestUsers.Created officer = TestUsers.create(context, "compliance_officer");
    UUID tenant = jdbc.sql("select id from tenant where slug = ?").param(officer.tenantSlug()).query(UUID.class).single();
    UUID user = jdbc.sql("select id from app_user where email = ?").param(officer.email()).query(UUID.class).single();
    GrantTestSupport.giveAll(context, tenant, user);
    UUID company = CustomerTestSupport.registerCompany(context, tenant, user, "Synlig A/S", "44444444");
    UUID hidden = registerPep(tenant, user);
    CustomerTestSupport.holds(context, tenant, user, hidden, company, "0.8");

    TestUsers.Created analyst = TestUsers.addUser(context, officer.tenantSlug(), officer.tenantName(), "analyst");
    UUID analystId = jdbc.sql("select id from app_user where email = ?").param(analyst.email()).query(UUID.class).single();
    GrantTestSupport.give(context, tenant, analystId, Set.of("*"), Set.of(), Set.of("*"));
    WebClient web = new WebClient(httpsPort);
    assertThat(web.signIn(analyst.tenantSlug(), analyst.email(), analyst.password())).isEqualTo("/");
    String page = web.get("/customers/" + company).body();
    assertThat(page).contains("80.00 %", "(not visible to you)").doesNotContain("Hemmelig Pep");
    String linked = page.substring(page.indexOf("id=\"linked-persons\""), page.indexOf("id=\"customer-cases\""));
    assertThat(linked).as("the hidden PEP is a linked person by id and role alone")
        .contains("data-customer=\"" + hidden + "\"", "Beneficial owner", "(not visible to you)")
        .doesNotContain("Hemmelig Pep", ">PEP<", "hits");
    assertThat(page).as("but it counts in the company's risk")
        .contains("A beneficial owner is a politically exposed person.");
    HttpResponse<String> refused = web.submit("/customers/" + company, "/customers/" + company + "/owners",
        Map.of("ownerId", hidden.toString(), "sharePercent", "10"));
    assertThat(refused.body()).contains("names no customer you may see");
  }

  private UUID registerPep(UUID tenant, UUID user) {
    CustomerRegistration registration = context.getBean(CustomerRegistration.class);
    io.tillid.platform.TenantId id = new io.tillid.platform.TenantId(tenant);
    CustomerInput input = new CustomerInput("person", "Hemmelig Pep", "1960-01-01", "DK", "DK", null, null, null,
        null, Boolean.TRUE, null, null, null, null, null, "pep", null, null, null);
    io.tillid.platform.TenantPrincipal principal = new io.tillid.support.TestPrincipal(id, "user:" + user);
    return io.tillid.platform.TenantScope.call(id, () -> registration.register(principal,
        input.validate(java.time.LocalDate.now())));
  }

  @Test
  void sharesAreFractionsInTheApiInput() {
    assertThat(new OwnerInput(UUID.randomUUID().toString(), new BigDecimal("0.25"), null, null)
        .validate(UUID.randomUUID()).share()).isEqualTo(0.25);
  }
}
