package io.tillid.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.tillid.access.internal.GrantTestSupport;
import io.tillid.customers.internal.registry.RegistryFailure;
import io.tillid.customers.internal.registry.RegistryFixtures;
import io.tillid.identity.internal.WebClient;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import io.tillid.support.TestPrincipal;
import io.tillid.support.IntegrationTest;
import io.tillid.support.RegistryStubs;
import io.tillid.support.TestUsers;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A registry lookup end to end on PostgreSQL, with the registries played by WireMock from
 * recorded answers: the company, its owners with holdings, its management and the beneficial
 * owners the registry names, in one transaction, audited, and shown on the company page.
 */
class RegistryLookupIT extends IntegrationTest {

  @Autowired
  ApplicationContext context;

  private record Officer(TestUsers.Created user, UUID tenant, UUID id) {
    TestPrincipal principal() {
      return new TestPrincipal(new TenantId(tenant), "user:" + id);
    }
  }

  private Officer officer() {
    TestUsers.Created officer = TestUsers.create(context, "compliance_officer");
    UUID tenant = jdbc.sql("select id from tenant where slug = ?").param(officer.tenantSlug()).query(UUID.class).single();
    UUID user = jdbc.sql("select id from app_user where email = ?").param(officer.email()).query(UUID.class).single();
    GrantTestSupport.giveAll(context, tenant, user);
    return new Officer(officer, tenant, user);
  }

  private LookupResult lookup(Officer officer, String registry, String number) {
    RegistryLookup lookup = context.getBean(RegistryLookup.class);
    return TenantScope.call(new TenantId(officer.tenant()), () -> lookup.lookup(officer.principal(),
        new RegistryLookupRequest(registry, number, null, null, null)));
  }

  private int count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Integer.class).single();
  }

  @Test
  void aCvrLookupFromThePageFillsTheCompanyItsOwnersAndItsManagement() throws Exception {
    RegistryFixtures.cvr(RegistryStubs.server(), RegistryFixtures.TIETGEN, "cvr_es_response_tietgen_invest.json");
    Officer officer = officer();
    WebClient web = new WebClient(httpsPort);
    assertThat(web.signIn(officer.user().tenantSlug(), officer.user().email(), officer.user().password())).isEqualTo("/");
    assertThat(web.get("/customers").body()).contains("id=\"registry-lookup\"", "Danish CVR", "GLEIF (LEI)");

    HttpResponse<String> looked = web.submit("/customers", "/customers/lookup",
        Map.of("registry", "cvr", "registrationNumber", "41774037"));
    String companyPath = web.location(looked);
    UUID company = UUID.fromString(companyPath.substring("/customers/".length()));

    String page = web.get(companyPath).body();
    assertThat(page).contains("Tietgen Invest ApS", "41774037", "64.30", "APS", "Hovedgaden 6, 1., 2970 Hørsholm");
    String owners = page.substring(page.indexOf("id=\"owners\""), page.indexOf("id=\"beneficial-owners\""));
    assertThat(owners).contains("Karsten Poulsen", "PW ADMINISTRATION &amp; INVEST ApS", "5.00 %")
        .doesNotContain("BERGVALL HANSEN HOLDING ApS");
    String roles = page.substring(page.indexOf("id=\"roles\""));
    assertThat(roles).contains("Karsten Poulsen", "Chair of the board", "Jesper Wadum Nielsen", "Director",
        "Board member", "Stig Madsen Lachenmeier");

    UUID tenant = officer.tenant();
    assertThat(count("select count(*) from customer where tenant_id = ? and type = 'company'", tenant)).isEqualTo(12);
    assertThat(count("select count(*) from customer where tenant_id = ? and type = 'person'", tenant)).isEqualTo(5);
    assertThat(count("select count(*) from customer where tenant_id = ? and type = 'person' and birth_date_enc is null "
        + "and nationality is null and country_of_residence = 'DK'", tenant)).as("the registry gives no birth date")
        .isEqualTo(5);
    assertThat(count("select count(*) from customer_ownership where tenant_id = ? and company_id = ?", tenant, company))
        .isEqualTo(12);
    assertThat(count("select count(*) from customer_role where tenant_id = ? and company_id = ?", tenant, company))
        .isEqualTo(6);
    assertThat(count("select count(*) from customer where tenant_id = ? and business_unit = 'general' "
        + "and jurisdiction = 'DK'", tenant)).as("everyone gets the company's attributes").isEqualTo(17);
    assertThat(count("select count(*) from audit_entry where tenant_id = ? and action = 'customer.registry.imported'",
        tenant)).isOne();

    LookupResult again = lookup(officer, "cvr", "41774037");
    assertThat(again.id()).isEqualTo(company);
    assertThat(again.companyCreated()).isFalse();
    assertThat(again.created()).as("a second lookup registers no one twice").isEmpty();
    assertThat(count("select count(*) from customer where tenant_id = ?", tenant)).isEqualTo(17);
    assertThat(count("select count(*) from customer_role where tenant_id = ? and company_id = ?", tenant, company))
        .isEqualTo(6);
  }

  @Test
  void beneficialOwnersTheRegistryNamesWithoutAShareAreLinkedByTheirRole() throws Exception {
    RegistryFixtures.cvr(RegistryStubs.server(), RegistryFixtures.ASSURE_FEEDER, "cvr_es_response_assure_wealth.json");
    Officer officer = officer();
    LookupResult result = lookup(officer, "cvr", RegistryFixtures.ASSURE_FEEDER);

    assertThat(result.created()).extracting(LookupResult.Created::name).containsExactlyInAnyOrder(
        "ASSURE WEALTH HOLDING ApS", "Klaus Lauenborg Breitenstein", "Jacob Grosen",
        "Assure Alternatives General Partner I ApS");
    assertThat(result.holdings()).isOne();
    assertThat(jdbc.sql("select role from customer_role where tenant_id = ? and company_id = ? order by role")
        .params(officer.tenant(), result.id()).query(String.class).list())
        .containsExactly("beneficial-owner", "beneficial-owner", "director", "general-partner");

    WebClient web = new WebClient(httpsPort);
    web.signIn(officer.user().tenantSlug(), officer.user().email(), officer.user().password());
    String roles = web.get("/customers/" + result.id()).body();
    roles = roles.substring(roles.indexOf("id=\"roles\""));
    assertThat(roles).contains("Klaus Lauenborg Breitenstein", "Beneficial owner (named by the registry)",
        "General partner");
  }

  @Test
  void companiesHouseBandsAndGleifParents() {
    RegistryFixtures.companiesHouse(RegistryStubs.server());
    RegistryFixtures.gleif(RegistryStubs.server());
    Officer officer = officer();

    LookupResult widgets = lookup(officer, "companies-house", RegistryFixtures.FICTIVE_WIDGETS);
    assertThat(widgets.created()).extracting(LookupResult.Created::name).containsExactlyInAnyOrder(
        "Jane Alice Example", "FICTIVE HOLDINGS LIMITED", "Peter Sample");
    assertThat(jdbc.sql("select share from customer_ownership where tenant_id = ? and company_id = ? order by share")
        .params(officer.tenant(), widgets.id()).query(java.math.BigDecimal.class).list())
        .extracting(java.math.BigDecimal::doubleValue).containsExactly(0.25, 0.5);
    assertThat(jdbc.sql("select role || ':' || coalesce(detail, '-') from customer_role where tenant_id = ? "
        + "and company_id = ? order by 1").params(officer.tenant(), widgets.id()).query(String.class).list())
        .containsExactly("beneficial-owner:-", "director:-", "owner:shares 25-to-50-percent",
            "owner:shares 50-to-75-percent; votes 50-to-75-percent", "secretary:-");
    BeneficialOwners.Structure structure = TenantScope.call(new TenantId(officer.tenant()),
        () -> context.getBean(BeneficialOwners.class).of(officer.principal(), widgets.id()));
    assertThat(structure.beneficialOwners()).extracting(BeneficialOwners.BeneficialOwner::name)
        .containsExactly("Jane Alice Example");

    LookupResult nordlys = lookup(officer, "gleif", RegistryFixtures.NORDLYS_LEI);
    assertThat(nordlys.holdings()).isZero();
    assertThat(jdbc.sql("select c.name || ':' || r.role || ':' || c.country from customer_role r join customer c "
        + "on c.tenant_id = r.tenant_id and c.id = r.member_id where r.tenant_id = ? and r.company_id = ? order by 1")
        .params(officer.tenant(), nordlys.id()).query(String.class).list())
        .containsExactly("Aurora Maritime Group Inc.:ultimate-parent:US", "Fjällhavet Holding AB:direct-parent:SE");
  }

  @Test
  void aRegistryThatFailsSavesNothingAndSaysSoWithoutDetail() throws Exception {
    RegistryStubs.server().stubFor(WireMock.post("/cvr-permanent/virksomhed/_search")
        .withRequestBody(WireMock.matchingJsonPath("$.query.term['Vrvirksomhed.cvrNummer']", WireMock.equalTo("99999999")))
        .willReturn(WireMock.serverError().withBody("internal trace 99999999")));
    Officer officer = officer();
    assertThatThrownBy(() -> lookup(officer, "cvr", "99999999")).isInstanceOf(RegistryFailure.class);

    WebClient web = new WebClient(httpsPort);
    web.signIn(officer.user().tenantSlug(), officer.user().email(), officer.user().password());
    HttpResponse<String> failed = web.submit("/customers", "/customers/lookup",
        Map.of("registry", "cvr", "registrationNumber", "99999999"));
    assertThat(web.location(failed)).isEqualTo("/customers");
    assertThat(web.get("/customers").body()).contains("The registry did not answer or gave an unexpected response")
        .doesNotContain("internal trace");
    HttpResponse<String> unknown = web.submit("/customers", "/customers/lookup",
        Map.of("registry", "nowhere", "registrationNumber", "1"));
    web.location(unknown);
    assertThat(web.get("/customers").body()).contains("Registry: ", "is not a registry Tillid knows");
    HttpResponse<String> badNumber = web.submit("/customers", "/customers/lookup",
        Map.of("registry", "cvr", "registrationNumber", "4177"));
    web.location(badNumber);
    assertThat(web.get("/customers").body()).contains("Registration number: ", "CVR: 8 digits");
    assertThat(count("select count(*) from customer where tenant_id = ?", officer.tenant())).isZero();
  }
}
