package io.tillid.customers.internal;

import static io.tillid.support.ApiCaller.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.access.internal.GrantTestSupport;
import io.tillid.customers.internal.registry.RegistryFixtures;
import io.tillid.identity.internal.WebClient;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import io.tillid.screening.internal.lists.ImportList;
import io.tillid.screening.internal.monitoring.ListMonitoring;
import io.tillid.screening.internal.monitoring.SenzingFixture;
import io.tillid.support.ApiCaller;
import io.tillid.support.IntegrationTest;
import io.tillid.support.RegistryStubs;
import io.tillid.support.TestClients;
import io.tillid.support.TestPrincipal;
import io.tillid.support.TestUsers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Linked persons end to end on PostgreSQL: a company's beneficial owner (through a chain) that
 * matches a listed person raises the company's risk with a factor naming the owner by id and role;
 * dispositioning the owner's hit as a false positive lowers it again. Management a registry lookup
 * brings in are customers that were screened and assessed, and one that declares to be a PEP raises
 * the company's risk. A cycle in the ownership ends the propagation.
 */
class LinkedPersonsIT extends IntegrationTest {

  private static final String[] SCOPES = {"customers.read", "customers.write", "screening.review"};

  @Autowired
  ApplicationContext context;

  @Autowired
  ImportList importList;

  @Autowired
  ListMonitoring monitoring;

  @Test
  void aListedBeneficialOwnerThroughAChainRaisesTheCompanysRiskUntilItsHitIsAFalsePositive(@TempDir Path temp)
      throws Exception {
    SenzingFixture.importBase(importList, temp);
    monitoring.catchUp();
    TestClients.Created client = TestClients.create(context, SCOPES);
    ApiCaller api = ApiCaller.as(httpsPort, client);
    UUID operating = created(api.post("/api/v1/customers", company("Vindeby Drift ApS", "41000001")));
    UUID holding = created(api.post("/api/v1/customers", company("Vindeby Holding ApS", "41000002")));
    UUID owner = created(api.post("/api/v1/customers", """
        {"type":"person","name":"Zorbulat Quendrix","birthDate":"1961-03-02","nationality":"RU",\
        "countryOfResidence":"DK"}"""));
    JsonNode hits = json(api.get("/api/v1/customers/" + owner + "/hits")).get("items");
    assertThat(hits).hasSize(1);

    assertThat(api.post("/api/v1/customers/" + operating + "/owners",
        "{\"ownerId\":\"" + holding + "\",\"share\":0.6}").statusCode()).isEqualTo(201);
    int before = score(operating);
    assertThat(factors(operating)).noneMatch(f -> f.startsWith("linked."));

    // the person comes in above the holding company: the company below it is re-assessed too
    assertThat(api.post("/api/v1/customers/" + holding + "/owners",
        "{\"ownerId\":\"" + owner + "\",\"share\":1.0}").statusCode()).isEqualTo(201);
    assertThat(factors(operating)).contains("linked.beneficialOwner.open");
    assertThat(input(operating, "linked.beneficialOwner.open")).as("by id, no personal data")
        .isEqualTo(owner.toString());
    int linkedPoints = points(operating, "linked.beneficialOwner.open");
    assertThat(linkedPoints).isPositive();
    int raised = score(operating);
    assertThat(raised).isGreaterThanOrEqualTo(before + linkedPoints);
    assertThat(factors(holding)).contains("linked.beneficialOwner.open");

    JsonNode linked = json(api.get("/api/v1/customers/" + operating + "/linked-persons")).get("items");
    assertThat(linked).hasSize(1);
    assertThat(linked.get(0).get("customerId").asString()).isEqualTo(owner.toString());
    assertThat(linked.get(0).get("role").asString()).isEqualTo("beneficialOwner");
    assertThat(linked.get(0).get("openHits").asInt()).isOne();
    assertThat(linked.get(0).get("name").asString()).isEqualTo("Zorbulat Quendrix");

    HttpResponse<String> decided = api.post("/api/v1/customers/" + owner + "/hits/" + hits.get(0).get("id").asString()
        + "/disposition", "{\"decision\":\"false_positive\",\"reason\":\"Another birthplace\"}");
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
    assertThat(factors(operating)).noneMatch(f -> f.startsWith("linked.") && !f.equals("linked"));
    assertThat(score(operating)).as("only the linked person's factor went").isEqualTo(raised - linkedPoints);
    assertThat(json(api.get("/api/v1/customers/" + operating + "/linked-persons")).get("items").get(0)
        .get("openHits").asInt()).isZero();
  }

  @Test
  void aManagerFromARegistryIsScreenedAssessedAndAsAPepRaisesTheCompanysRisk() throws Exception {
    RegistryFixtures.cvr(RegistryStubs.server(), RegistryFixtures.TIETGEN, "cvr_es_response_tietgen_invest.json");
    TestUsers.Created officer = TestUsers.create(context, "compliance_officer");
    UUID tenant = tenantIdOf(officer);
    UUID user = userIdOf(officer);
    GrantTestSupport.giveAll(context, tenant, user);
    TestPrincipal principal = new TestPrincipal(new TenantId(tenant), "user:" + user);
    LookupResult result = TenantScope.call(new TenantId(tenant), () -> context.getBean(RegistryLookup.class)
        .lookup(principal, new RegistryLookupRequest("cvr", "41774037", null, null, null)));
    UUID company = result.id();
    List<UUID> managers = jdbc.sql("select member_id from customer_role where tenant_id = ? and company_id = ? "
        + "and role in ('director', 'board-member', 'chair', 'ceo')").params(tenant, company).query(UUID.class).list();
    assertThat(managers).isNotEmpty().allSatisfy(manager -> {
      assertThat(count("select count(*) from risk_assessment where customer_id = ?", manager))
          .as("assessed").isPositive();
      assertThat(count("select count(*) from audit_entry where tenant_id = ? and action = 'customer.screened' "
          + "and target_id = ?", tenant, manager.toString())).as("screened").isPositive();
    });
    UUID director = jdbc.sql("select member_id from customer_role where tenant_id = ? and company_id = ? "
        + "and role = 'director'").params(tenant, company).query(UUID.class).list().get(0);
    int before = score(company);
    assertThat(factors(company)).doesNotContain("linked.management.pep");

    CustomerEdit edit = context.getBean(CustomerEdit.class);
    TenantScope.run(new TenantId(tenant), () -> {
      long version = edit.editable(principal, director).version();
      // the officer completes what the registry left out (birth date, nationality) and records the PEP declaration
      edit.edit(principal, director, version, in -> in.with(Map.of("pepSelfDeclared", true,
          "birthDate", "1975-04-01", "nationality", "DK")));
    });
    assertThat(factors(company)).contains("linked.management.pep");
    assertThat(input(company, "linked.management.pep")).isEqualTo(director.toString());
    assertThat(score(company)).isGreaterThan(before);

    WebClient web = new WebClient(httpsPort);
    assertThat(web.signIn(officer.tenantSlug(), officer.email(), officer.password())).isEqualTo("/");
    String page = web.get("/customers/" + company).body();
    String linked = page.substring(page.indexOf("id=\"linked-persons\""));
    assertThat(linked).contains("Linked persons", "data-customer=\"" + director + "\"", "Management", "PEP",
        "Jesper Wadum Nielsen");
  }

  @Test
  void aPepOwnerReachesEveryCompanyOfACycleOnce() throws Exception {
    TestClients.Created client = TestClients.create(context, SCOPES);
    ApiCaller api = ApiCaller.as(httpsPort, client);
    UUID first = created(api.post("/api/v1/customers", company("Ringkøbing Ejendom ApS", "41000011")));
    UUID second = created(api.post("/api/v1/customers", company("Ringkøbing Invest ApS", "41000012")));
    UUID person = created(api.post("/api/v1/customers", """
        {"type":"person","name":"Ottilie Brask","birthDate":"1980-02-03","nationality":"DK",        "countryOfResidence":"DK"}"""));
    assertThat(api.post("/api/v1/customers/" + first + "/owners", "{\"ownerId\":\"" + second + "\",\"share\":0.5}")
        .statusCode()).isEqualTo(201);
    assertThat(api.post("/api/v1/customers/" + second + "/owners", "{\"ownerId\":\"" + first + "\",\"share\":0.5}")
        .statusCode()).isEqualTo(201);
    assertThat(api.post("/api/v1/customers/" + first + "/owners", "{\"ownerId\":\"" + person + "\",\"share\":0.4}")
        .statusCode()).isEqualTo(201);
    int assessments = count("select count(*) from risk_assessment where customer_id in (?, ?)", first, second);

    String etag = api.get("/api/v1/customers/" + person).headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> edited = api.send("PATCH", "/api/v1/customers/" + person, "{\"pepSelfDeclared\":true}",
        "If-Match", etag);
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    assertThat(factors(first)).as("40 % directly").contains("linked.beneficialOwner.pep");
    assertThat(factors(second)).as("20 % through the cycle").contains("linked.owner.pep");
    assertThat(count("select count(*) from risk_assessment where customer_id in (?, ?)", first, second))
        .as("each company re-assessed once").isEqualTo(assessments + 2);
  }

  @Test
  void aStructureTooDeepForBeneficialOwnersStillCountsItsPersonsAndRefusesNothing() {
    TestUsers.Created officer = TestUsers.create(context, "compliance_officer");
    UUID tenant = tenantIdOf(officer);
    UUID user = userIdOf(officer);
    GrantTestSupport.giveAll(context, tenant, user);
    TestPrincipal principal = new TestPrincipal(new TenantId(tenant), "user:" + user);
    UUID person = CustomerTestSupport.registerPerson(context, tenant, user, "Dyb Ejer", null);
    UUID owner = person;
    for (int i = 0; i <= OwnershipGraph.MAX_DEPTH; i++) {
      UUID company = CustomerTestSupport.registerCompany(context, tenant, user, "Lag " + i + " ApS",
          Integer.toString(42_000_000 + i));
      CustomerTestSupport.holds(context, tenant, user, owner, company, "0.5");
      owner = company;
    }
    UUID bottom = owner;
    CustomerEdit edit = context.getBean(CustomerEdit.class);
    TenantScope.run(new TenantId(tenant), () -> edit.edit(principal, person,
        edit.editable(principal, person).version(), in -> in.with(Map.of("pepSelfDeclared", true))));
    assertThat(factors(bottom)).contains("linked.owner.pep");
  }

  private static String company(String name, String number) {
    return """
        {"type":"company","name":"%s","registrationNumber":"%s","country":"DK","industryCode":"64.20"}"""
        .formatted(name, number);
  }

  private static UUID created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return UUID.fromString(json(response).get("id").asString());
  }

  private int count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Integer.class).single();
  }

  private static final String LATEST = "(select id from risk_assessment where customer_id = ? order by seq desc limit 1)";

  private int score(UUID customer) {
    return jdbc.sql("select score from risk_assessment where id = " + LATEST).param(customer).query(Integer.class)
        .single();
  }

  private int points(UUID customer, String factor) {
    return jdbc.sql("select points from risk_assessment_factor where assessment_id = " + LATEST + " and factor = ?")
        .params(customer, factor).query(Integer.class).single();
  }

  private List<String> factors(UUID customer) {
    return jdbc.sql("select factor from risk_assessment_factor where assessment_id = " + LATEST).param(customer)
        .query(String.class).list();
  }

  private String input(UUID customer, String factor) {
    return jdbc.sql("select input from risk_assessment_factor where assessment_id = " + LATEST + " and factor = ?")
        .params(customer, factor).query(String.class).single();
  }
}
