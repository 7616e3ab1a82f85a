package io.tillid.customers;

import static io.tillid.support.ApiCaller.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.ApiCaller;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestClients;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Editing customers through {@code PATCH /api/v1/customers/{id}} (JSON merge patch with If-Match):
 * the edit is stored, re-assessed and audited by field name; stale, invalid and out-of-grant edits
 * store nothing.
 */
class CustomerEditApiIT extends IntegrationTest {

  private static final String ADDRESS = "Nørregade 7, 1165 København K";

  @Autowired
  ApplicationContext context;

  private UUID register(ApiCaller api, String json) throws Exception {
    HttpResponse<String> created = api.post("/api/v1/customers", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return UUID.fromString(json(created).get("id").asString());
  }

  private UUID person(ApiCaller api) throws Exception {
    return register(api, """
        {"type":"person","name":"Karen Blixen","birthDate":"1985-04-17","nationality":"DK",
         "countryOfResidence":"DK","nationalId":"170485-4321","address":"%s"}""".formatted(ADDRESS));
  }

  private static HttpResponse<String> patch(ApiCaller api, UUID id, String etag, String json) throws Exception {
    return etag == null ? api.send("PATCH", "/api/v1/customers/" + id, json)
        : api.send("PATCH", "/api/v1/customers/" + id, json, "If-Match", etag);
  }

  private String row(UUID id) {
    return jdbc.sql("select name || ':' || country_of_residence || ':' || business_unit || ':' || version"
        + " || ':' || product || ':' || channel || ':' || encode(address_enc, 'hex') from customer where id = ?").param(id).query(String.class).single();
  }

  private int assessments(UUID id) {
    return jdbc.sql("select count(*) from risk_assessment where customer_id = ?").param(id).query(Integer.class).single();
  }

  @Test
  void anEditIsStoredReassessedAndAuditedByFieldNameOnly() throws Exception {
    TestClients.Created client = TestClients.create(context, "customers.read", "customers.write", "customers.reveal");
    ApiCaller api = ApiCaller.as(httpsPort, client);
    UUID id = person(api);
    HttpResponse<String> read = api.get("/api/v1/customers/" + id);
    assertThat(read.headers().firstValue("ETag")).hasValue("\"0\"");
    assertThat(json(api.get("/api/v1/customers/" + id + "/risk")).get("level").asString()).isEqualTo("low");

    HttpResponse<String> edited = patch(api, id, "\"0\"", """
        {"countryOfResidence":"ir","address":"Vali Asr 12, Tehran","nationalId":"170485-9999"}""");
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    assertThat(edited.headers().firstValue("ETag")).hasValue("\"1\"");
    JsonNode customer = json(edited);
    assertThat(customer.get("countryOfResidence").asString()).isEqualTo("IR");
    assertThat(customer.get("address").asString()).isEqualTo("Vali Asr 12, Tehran");
    assertThat(customer.get("name").asString()).isEqualTo("Karen Blixen");
    assertThat(customer.get("nationalId").asString()).isEqualTo("********");

    JsonNode risk = json(api.get("/api/v1/customers/" + id + "/risk"));
    assertThat(risk.get("level").asString()).isEqualTo("high");
    assertThat(risk.get("cddLevel").asString()).isEqualTo("enhanced");
    assertThat(jdbc.sql("select next_review_due::text from customer where id = ?").param(id).query(String.class)
        .single()).isEqualTo(risk.get("nextReviewDue").asString());
    assertThat(json(api.get("/api/v1/customers/" + id + "?reveal=nationalId")).get("nationalId").asString())
        .isEqualTo("170485-9999");
    assertThat(json(api.post("/api/v1/customers/search", "{\"nationalId\":\"1704859999\"}")).get("items")).hasSize(1);
    assertThat(json(api.post("/api/v1/customers/search", "{\"nationalId\":\"1704854321\"}")).get("items")).isEmpty();

    String details = jdbc.sql("select details from audit_entry where action = 'customer.updated' and target_id = ?")
        .param(id.toString()).query(String.class).single();
    assertThat(details).contains("address,countryOfResidence,nationalId").doesNotContain("Tehran", "9999", "IR\"");

    // a field the risk model does not read: stored and audited, but no new assessment
    int before = assessments(id);
    HttpResponse<String> renamed = patch(api, id, "W/\"1\"", "{\"name\":\"Karen Dinesen\",\"sourceOfFunds\":null}");
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    assertThat(json(renamed).get("name").asString()).isEqualTo("Karen Dinesen");
    assertThat(assessments(id)).isEqualTo(before);
  }

  @Test
  void staleMissingAndInvalidEditsStoreNothing() throws Exception {
    ApiCaller api = ApiCaller.as(httpsPort, TestClients.create(context, "customers.read", "customers.write"));
    UUID id = person(api);
    assertThat(patch(api, id, "\"0\"", "{\"name\":\"First edit\"}").statusCode()).isEqualTo(200);
    String stored = row(id);

    HttpResponse<String> stale = patch(api, id, "\"0\"", "{\"name\":\"Lost update\"}");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(stale.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(patch(api, id, null, "{\"name\":\"No precondition\"}").statusCode()).isEqualTo(428);
    assertThat(patch(api, id, "\"x1\"", "{\"name\":\"Garbage tag\"}").statusCode()).isEqualTo(412);

    String[][] refused = {
        {"{\"birthDate\":\"2999-01-01\",\"name\":\"Future\"}", "birthDate"},
        {"{\"name\":null}", "name"},
        {"{\"countryOfResidence\":\"XX\"}", "countryOfResidence"},
        {"{\"registrationNumber\":\"12345678\"}", "registrationNumber"},
        {"{\"type\":\"company\"}", "type"},
        {"{\"id\":\"" + UUID.randomUUID() + "\"}", "id"},
        {"{\"pepSelfDeclared\":\"yes\"}", "pepSelfDeclared"},
        {"{\"nationalId\":\"********\"}", "nationalId"},
        {"{\"channel\":\"carrier-pigeon\",\"name\":\"Channel\"}", "channel"},
        {"{\"product\":\"gold\"}", "product"},
        {"{\"product\":3}", "product"}};
    for (String[] bad : refused) {
      HttpResponse<String> answer = patch(api, id, "\"1\"", bad[0]);
      assertThat(answer.statusCode()).as(bad[0]).isEqualTo(400);
      assertThat(json(answer).get("detail").asString()).as(bad[0]).contains("'" + bad[1] + "'");
    }
    assertThat(patch(api, id, "\"1\"", "[1]").statusCode()).isEqualTo(400);
    assertThat(row(id)).isEqualTo(stored);
    assertThat(jdbc.sql("select count(*) from audit_entry where action = 'customer.updated' and target_id = ?")
        .param(id.toString()).query(Integer.class).single()).isOne();
  }

  @Test
  void nobodyMovesACustomerOutsideTheirGrantsOrEditsOneTheyCannotSee() throws Exception {
    TestClients.Created owner = TestClients.create(context, "customers.read", "customers.write");
    UUID id = person(ApiCaller.as(httpsPort, owner));
    TestClients.Created general = TestClients.addClient(context, owner.tenantSlug(), owner.tenantName(),
        "{\"businessUnits\":[\"general\"],\"jurisdictions\":[\"DK\"]}", "customers.read", "customers.write");
    ApiCaller limited = ApiCaller.as(httpsPort, general);
    String stored = row(id);
    assertThat(patch(limited, id, "\"0\"", "{\"businessUnit\":\"private-banking\"}").statusCode()).isEqualTo(403);
    assertThat(patch(limited, id, "\"0\"", "{\"jurisdiction\":\"SE\"}").statusCode()).isEqualTo(403);
    assertThat(row(id)).isEqualTo(stored);

    TestClients.Created retail = TestClients.addClient(context, owner.tenantSlug(), owner.tenantName(),
        "{\"businessUnits\":[\"retail\"],\"jurisdictions\":[\"DK\"]}", "customers.read", "customers.write");
    assertThat(patch(ApiCaller.as(httpsPort, retail), id, "\"0\"", "{\"name\":\"Hidden\"}").statusCode())
        .isEqualTo(404);
    TestClients.Created reader = TestClients.addClient(context, owner.tenantSlug(), owner.tenantName(), null,
        "customers.read");
    assertThat(patch(ApiCaller.as(httpsPort, reader), id, "\"0\"", "{\"name\":\"Read only\"}").statusCode())
        .isEqualTo(403);
    assertThat(row(id)).isEqualTo(stored);
  }

  @Test
  void aCompanysIndustryCodeEditReassessesItsRisk() throws Exception {
    ApiCaller api = ApiCaller.as(httpsPort, TestClients.create(context, "customers.read", "customers.write"));
    UUID id = register(api, """
        {"type":"company","name":"Skibsværft A/S","registrationNumber":"%s","country":"DK","industryCode":"30.11"}"""
        .formatted(UUID.randomUUID().toString().substring(0, 8)));
    int before = assessments(id);
    HttpResponse<String> edited = patch(api, id, "\"0\"", "{\"industryCode\":\"92.00\",\"legalForm\":\"A/S\"}");
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    assertThat(json(edited).get("industryCode").asString()).isEqualTo("92.00");
    assertThat(assessments(id)).isEqualTo(before + 1);
    JsonNode risk = json(api.get("/api/v1/customers/" + id + "/risk"));
    assertThat(risk.get("factors").toString()).contains("92.00");
    assertThat(patch(api, id, "\"1\"", "{\"birthDate\":\"1980-01-01\"}").statusCode()).isEqualTo(400);
  }

  @Test
  void aChannelOrProductEditReassessesTheRisk() throws Exception {
    ApiCaller api = ApiCaller.as(httpsPort, TestClients.create(context, "customers.read", "customers.write"));
    UUID id = person(api);
    JsonNode first = json(api.get("/api/v1/customers/" + id + "/risk"));
    assertThat(first.get("factors").toString()).contains("\"in_person\"");
    int before = assessments(id);

    HttpResponse<String> edited = patch(api, id, "\"0\"", "{\"channel\":\"remote_eid\"}");
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    assertThat(json(edited).get("channel").asString()).isEqualTo("remote_eid");
    assertThat(json(edited).get("product").asString()).isEqualTo("standard");
    assertThat(assessments(id)).isEqualTo(before + 1);
    JsonNode remote = json(api.get("/api/v1/customers/" + id + "/risk"));
    assertThat(remote.get("factors").toString()).contains("\"remote_eid\"", "risk.reason.channel.remote_eid");
    assertThat(remote.get("score").asInt()).isGreaterThan(first.get("score").asInt());
    assertThat(jdbc.sql("select details from audit_entry where action = 'customer.updated' and target_id = ?")
        .param(id.toString()).query(String.class).single()).contains("channel");

    HttpResponse<String> lower = patch(api, id, "\"1\"", "{\"product\":\"low\"}");
    assertThat(lower.statusCode()).as(lower.body()).isEqualTo(200);
    assertThat(assessments(id)).isEqualTo(before + 2);
    JsonNode low = json(api.get("/api/v1/customers/" + id + "/risk"));
    assertThat(low.get("factors").toString()).contains("risk.reason.product.low");
    assertThat(low.get("score").asInt()).isLessThan(remote.get("score").asInt());

    // null sets the default again: in person
    assertThat(patch(api, id, "\"2\"", "{\"channel\":null}").statusCode()).isEqualTo(200);
    assertThat(json(api.get("/api/v1/customers/" + id)).get("channel").asString()).isEqualTo("in_person");
    assertThat(assessments(id)).isEqualTo(before + 3);
  }
}
