package io.tillid.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.access.internal.GrantTestSupport;
import io.tillid.identity.internal.WebClient;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestUsers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The customer pages on PostgreSQL: registration with encrypted identifiers, the masked national
 * id and its audited reveal, and grants deciding what each user sees (404 like a missing customer).
 */
class CustomerPagesIT extends IntegrationTest {

  private static final String NATIONAL_ID = "150372-4431";
  private static final String ADDRESS = "Strandvejen 1, 2900 Hellerup";

  @Autowired
  ApplicationContext context;

  private static Map<String, String> person(String name) {
    Map<String, String> fields = new HashMap<>();
    fields.put("type", "person");
    fields.put("name", name);
    fields.put("birthDate", "1972-03-15");
    fields.put("nationality", "dk");
    fields.put("countryOfResidence", "DK");
    fields.put("nationalId", NATIONAL_ID);
    fields.put("address", ADDRESS);
    fields.put("sourceOfFunds", "salary");
    return fields;
  }

  private UUID register(WebClient web, Map<String, String> fields) throws Exception {
    HttpResponse<String> created = web.submit("/customers/new?type=" + fields.get("type"), "/customers", fields);
    String location = web.location(created);
    assertThat(location).startsWith("/customers/");
    return UUID.fromString(location.substring("/customers/".length()));
  }

  /** A compliance officer of a new tenant, granted every attribute. */
  private TestUsers.Created officerSeeingAll() {
    TestUsers.Created officer = TestUsers.create(context, "compliance_officer");
    GrantTestSupport.giveAll(context, tenantIdOf(officer), userIdOf(officer));
    return officer;
  }

  @Test
  void aPersonIsStoredEncryptedShownMaskedAndRevealedWithAnAuditEntry() throws Exception {
    TestUsers.Created officer = officerSeeingAll();
    UUID tenant = tenantIdOf(officer);
    WebClient web = signedIn(officer);

    UUID id = register(web, person("Karen Blixen"));

    String page = web.get("/customers/" + id).body();
    assertThat(page).contains("Karen Blixen", "1972-03-15", ADDRESS, CustomerView.MASK, "id=\"reveal\"")
        .doesNotContain(NATIONAL_ID);
    assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'customer.national_id.revealed'")
        .param(tenant).query(Integer.class).single()).isZero();

    HttpResponse<String> revealed = web.submit("/customers/" + id, "/customers/" + id + "/reveal", Map.of());
    assertThat(revealed.statusCode()).isEqualTo(200);
    assertThat(revealed.body()).contains(NATIONAL_ID);
    assertThat(jdbc.sql("select actor from audit_entry where tenant_id = ? and action = 'customer.national_id.revealed'"
            + " and target_id = ?").params(tenant, id.toString()).query(String.class).single())
        .isEqualTo("user:" + userIdOf(officer));

    Map<String, Object> row = jdbc.sql("select * from customer where tenant_id = ? and id = ?").params(tenant, id)
        .query().singleRow();
    for (String column : new String[] {"national_id_enc", "birth_date_enc", "address_enc"}) {
      String stored = new String((byte[]) row.get(column), StandardCharsets.ISO_8859_1);
      assertThat(stored).as(column).doesNotContain(NATIONAL_ID, "1972", "Strandvejen");
    }
    assertThat(row.get("national_id_index")).isNotNull();
    assertThat(row.get("nationality")).isEqualTo("DK");
    assertThat(row.get("business_unit")).isEqualTo("general");
    assertThat(row.get("jurisdiction")).isEqualTo("DK");
  }

  @Test
  void theFormsSelectsSetProductAndChannelWhichTheRiskReads() throws Exception {
    TestUsers.Created officer = officerSeeingAll();
    UUID tenant = tenantIdOf(officer);
    WebClient web = signedIn(officer);
    String form = web.get("/customers/new?type=company").body();
    assertThat(form).contains("name=\"product\"", "value=\"high\"", "name=\"channel\"", "value=\"remote_eid\"",
        "Remote, qualified eID");

    Map<String, String> remote = person("Fjern Kunde");
    remote.put("product", "high");
    remote.put("channel", "remote_eid");
    UUID id = register(web, remote);
    assertThat(jdbc.sql("select product || ':' || channel from customer where tenant_id = ? and id = ?")
        .params(tenant, id).query(String.class).single()).isEqualTo("high:remote_eid");
    String page = web.get("/customers/" + id).body();
    assertThat(page).contains("High-risk product", "Remote, qualified eID (MitID, eIDAS high)");
    assertThat(jdbc.sql("select f.reason from risk_assessment_factor f join risk_assessment a"
            + " on a.tenant_id = f.tenant_id and a.id = f.assessment_id where a.tenant_id = ? and a.customer_id = ?")
        .params(tenant, id).query(String.class).list())
        .contains("risk.reason.product.high", "risk.reason.channel.remote_eid");

    Map<String, String> bad = person("Forkert Kanal");
    bad.put("channel", "fax");
    HttpResponse<String> refused = web.submit("/customers/new?type=person", "/customers", bad);
    assertThat(refused.body()).contains("id=\"form-problem\"", "Onboarding channel");
    assertThat(jdbc.sql("select count(*) from customer where tenant_id = ? and name = 'Forkert Kanal'").param(tenant)
        .query(Integer.class).single()).isZero();
  }

  @Test
  void grantsDecideWhichCustomersAUserSeesInTheListAndOnLoad() throws Exception {
    TestUsers.Created officer = TestUsers.create(context, "compliance_officer");
    UUID tenant = tenantIdOf(officer);
    GrantTestSupport.giveAll(context, tenant, userIdOf(officer));
    TestUsers.Created analyst = TestUsers.addUser(context, officer.tenantSlug(), officer.tenantName(), "analyst");
    GrantTestSupport.give(context, tenant, userIdOf(analyst), Set.of("retail"), Set.of(), Set.of("DK"));
    WebClient officerWeb = signedIn(officer);

    Map<String, String> retailDk = person("Retail Dansk");
    retailDk.put("businessUnit", "retail");
    Map<String, String> retailPep = person("Retail Pep");
    retailPep.put("businessUnit", "retail");
    retailPep.put("sensitivity", "pep");
    Map<String, String> retailSe = person("Retail Svensk");
    retailSe.put("businessUnit", "retail");
    retailSe.put("countryOfResidence", "SE");
    Map<String, String> general = person("General Dansk");
    UUID visible = register(officerWeb, retailDk);
    UUID pep = register(officerWeb, retailPep);
    UUID swedish = register(officerWeb, retailSe);
    UUID otherUnit = register(officerWeb, general);

    WebClient analystWeb = signedIn(analyst);
    String list = analystWeb.get("/customers").body();
    assertThat(list).contains(visible.toString()).doesNotContain(pep.toString(), swedish.toString(), otherUnit.toString());
    assertThat(analystWeb.get("/customers/" + visible).statusCode()).isEqualTo(200);
    for (UUID hidden : new UUID[] {pep, swedish, otherUnit, UUID.randomUUID()}) {
      HttpResponse<String> response = analystWeb.get("/customers/" + hidden);
      assertThat(response.statusCode()).as("hidden customer").isEqualTo(404);
      assertThat(response.body()).doesNotContain("Retail", "General");
    }
    // analysts hold no customers.reveal
    assertThat(analystWeb.get("/customers/" + visible).body()).doesNotContain("id=\"reveal\"");
    assertThat(analystWeb.submit("/customers/" + visible, "/customers/" + visible + "/reveal", Map.of()).statusCode())
        .isEqualTo(403);

    Map<String, String> outside = person("Outside Grants");
    outside.put("businessUnit", "corporate");
    HttpResponse<String> refused = analystWeb.submit("/customers/new?type=person", "/customers", outside);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("outside your own grants");
    assertThat(jdbc.sql("select count(*) from customer where tenant_id = ? and name = 'Outside Grants'").param(tenant)
        .query(Integer.class).single()).isZero();
  }

  @Test
  void anotherTenantsAdministratorFindsNothing() throws Exception {
    TestUsers.Created officer = TestUsers.create(context, "compliance_officer");
    GrantTestSupport.giveAll(context, tenantIdOf(officer), userIdOf(officer));
    UUID id = register(signedIn(officer), person("Victim Person"));

    TestUsers.Created attacker = TestUsers.create(context, "administrator");
    GrantTestSupport.giveAll(context, tenantIdOf(attacker), userIdOf(attacker));
    WebClient attackerWeb = signedIn(attacker);
    assertThat(attackerWeb.get("/customers/" + id).statusCode()).isEqualTo(404);
    assertThat(attackerWeb.get("/customers").body()).doesNotContain("Victim Person");
  }

  @Test
  void badInputNamesTheFieldInTheUsersLanguageAndSavesNothing() throws Exception {
    TestUsers.Created officer = officerSeeingAll();
    UUID tenant = tenantIdOf(officer);
    WebClient web = signedIn(officer);
    Map<String, String> fields = person("Bad Country");
    fields.put("countryOfResidence", "XX");
    HttpResponse<String> refused = web.submit("/customers/new?type=person", "/customers", fields);
    assertThat(refused.body()).contains("Country of residence", "two-letter ISO country code")
        .doesNotContain(NATIONAL_ID);
    fields.put("countryOfResidence", "DK");
    fields.put("birthDate", "2999-01-01");
    assertThat(web.submit("/customers/new?type=person", "/customers", fields).body()).contains("between 1900-01-01 and today");
    assertThat(jdbc.sql("select count(*) from customer where tenant_id = ?").param(tenant).query(Integer.class).single())
        .isZero();
  }

  @Test
  void endingTheRelationshipStartsTheFiveYearRetentionClockOnce() throws Exception {
    TestUsers.Created officer = officerSeeingAll();
    UUID tenant = tenantIdOf(officer);
    WebClient web = signedIn(officer);
    UUID id = register(web, person("Ending Person"));
    HttpResponse<String> future = web.submit("/customers/" + id, "/customers/" + id + "/end-relationship",
        Map.of("endedOn", "2999-01-01"));
    assertThat(future.body()).contains("between 1900-01-01 and today");
    web.location(web.submit("/customers/" + id, "/customers/" + id + "/end-relationship",
        Map.of("endedOn", "2024-03-31")));
    assertThat(web.get("/customers/" + id).body()).contains("on 2024-03-31; the records are kept until 2029-03-31");
    assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'customer.relationship.ended'")
        .param(tenant).query(Integer.class).single()).isOne();
  }
}
