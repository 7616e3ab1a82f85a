package io.tillid.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.access.internal.GrantTestSupport;
import io.tillid.identity.internal.WebClient;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestUsers;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The edit form on the customer page: filled with the stored customer (national id left out), saved
 * with the new risk shown, the stored national id kept when left empty, and refusals (bad field,
 * stale form) that store nothing.
 */
class CustomerEditPagesIT extends IntegrationTest {

  private static final String NATIONAL_ID = "150372-4431";

  @Autowired
  ApplicationContext context;

  private static Map<String, String> person(String name, String residence) {
    Map<String, String> fields = new HashMap<>();
    fields.put("type", "person");
    fields.put("name", name);
    fields.put("birthDate", "1972-03-15");
    fields.put("nationality", "DK");
    fields.put("countryOfResidence", residence);
    fields.put("address", "Strandvejen 1, 2900 Hellerup");
    fields.put("businessUnit", "general");
    fields.put("jurisdiction", "DK");
    return fields;
  }

  private String stored(UUID id) {
    return jdbc.sql("select name || ':' || country_of_residence || ':' || version || ':' || coalesce(encode(national_id_index, 'hex'), '-')"
        + " from customer where id = ?").param(id).query(String.class).single();
  }

  @Test
  void theFormEditsAPersonAndShowsTheNewRisk() throws Exception {
    TestUsers.Created officer = TestUsers.create(context, "compliance_officer");
    GrantTestSupport.giveAll(context, tenantIdOf(officer), userIdOf(officer));
    WebClient web = signedIn(officer);
    Map<String, String> registered = person("Søren Kierkegaard", "DK");
    registered.put("nationalId", NATIONAL_ID);
    HttpResponse<String> created = web.submit("/customers/new?type=person", "/customers", registered);
    UUID id = UUID.fromString(web.location(created).substring("/customers/".length()));
    assertThat(web.get("/customers/" + id).body()).contains("id=\"edit\"");
    String indexBefore = stored(id).split(":")[3];

    HttpResponse<String> form = web.get("/customers/" + id + "/edit");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("Søren Kierkegaard", "1972-03-15", "Strandvejen 1, 2900 Hellerup",
        "name=\"version\" value=\"0\"").doesNotContain(NATIONAL_ID, CustomerView.MASK);

    Map<String, String> edited = person("Søren Aabye Kierkegaard", "IR");
    edited.put("version", "0");
    edited.put("nationalId", "");
    HttpResponse<String> saved = web.submit("/customers/" + id + "/edit", "/customers/" + id + "/edit", edited);
    assertThat(web.location(saved)).isEqualTo("/customers/" + id + "?saved");
    String page = web.get("/customers/" + id + "?saved").body();
    assertThat(page).contains("id=\"customer-saved\"", "Søren Aabye Kierkegaard");
    assertThat(page).containsPattern("id=\"risk-level\"[^>]*>High<");
    assertThat(stored(id)).isEqualTo("Søren Aabye Kierkegaard:IR:1:" + indexBefore);
    assertThat(jdbc.sql("select details from audit_entry where action = 'customer.updated' and target_id = ?")
        .param(id.toString()).query(String.class).single()).contains("countryOfResidence,name");

    Map<String, String> stale = person("Overwritten", "DK");
    stale.put("version", "0");
    HttpResponse<String> refused = web.submit("/customers/" + id + "/edit", "/customers/" + id + "/edit", stale);
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("id=\"form-problem\"");

    Map<String, String> bad = person("Too young", "DK");
    bad.put("version", "1");
    bad.put("birthDate", "2999-01-01");
    HttpResponse<String> invalid = web.submit("/customers/" + id + "/edit", "/customers/" + id + "/edit", bad);
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).contains("id=\"form-problem\"");
    assertThat(stored(id)).isEqualTo("Søren Aabye Kierkegaard:IR:1:" + indexBefore);
  }

  @Test
  void theFormEditsACompany() throws Exception {
    TestUsers.Created officer = TestUsers.create(context, "compliance_officer");
    GrantTestSupport.giveAll(context, tenantIdOf(officer), userIdOf(officer));
    WebClient web = signedIn(officer);
    UUID id = CustomerTestSupport.registerCompany(context, tenantIdOf(officer), userIdOf(officer), "Rederiet A/S",
        "DK-" + UUID.randomUUID().toString().substring(0, 8));
    String form = web.get("/customers/" + id + "/edit").body();
    assertThat(form).contains("Rederiet A/S", "64.19", "id=\"c-registrationNumber\"").doesNotContain("c-birthDate");
    assertThat(form).containsPattern("value=\"standard\"\\s+selected=\"selected\"")
        .containsPattern("value=\"in_person\"\\s+selected=\"selected\"");
    Map<String, String> edited = new HashMap<>();
    edited.put("type", "company");
    edited.put("version", "0");
    edited.put("name", "Rederiet ApS");
    edited.put("registrationNumber", "12345678");
    edited.put("country", "DK");
    edited.put("industryCode", "50.20");
    edited.put("legalForm", "ApS");
    edited.put("businessUnit", "general");
    edited.put("jurisdiction", "DK");
    edited.put("product", "low");
    edited.put("channel", "remote");
    HttpResponse<String> saved = web.submit("/customers/" + id + "/edit", "/customers/" + id + "/edit", edited);
    assertThat(web.location(saved)).isEqualTo("/customers/" + id + "?saved");
    assertThat(jdbc.sql("select name || ':' || registration_number || ':' || industry_code || ':' || legal_form"
        + " || ':' || product || ':' || channel from customer where id = ?").param(id).query(String.class).single())
        .isEqualTo("Rederiet ApS:12345678:50.20:ApS:low:remote");
    assertThat(web.get("/customers/" + id + "/edit").body())
        .containsPattern("value=\"low\"\\s+selected=\"selected\"")
        .containsPattern("value=\"remote\"\\s+selected=\"selected\"");
  }

  @Test
  void aUserCannotMoveACustomerOutsideTheirGrants() throws Exception {
    TestUsers.Created officer = TestUsers.create(context, "compliance_officer");
    GrantTestSupport.give(context, tenantIdOf(officer), userIdOf(officer), java.util.Set.of("general"), java.util.Set.of(),
        java.util.Set.of("DK"));
    WebClient web = signedIn(officer);
    HttpResponse<String> created = web.submit("/customers/new?type=person", "/customers", person("Ib Spang", "DK"));
    UUID id = UUID.fromString(web.location(created).substring("/customers/".length()));
    Map<String, String> moved = person("Ib Spang", "DK");
    moved.put("version", "0");
    moved.put("jurisdiction", "SE");
    HttpResponse<String> refused = web.submit("/customers/" + id + "/edit", "/customers/" + id + "/edit", moved);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(stored(id)).startsWith("Ib Spang:DK:0:");
  }
}
