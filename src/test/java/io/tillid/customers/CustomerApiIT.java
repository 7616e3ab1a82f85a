package io.tillid.customers;

import static io.tillid.support.ApiCaller.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.ApiCaller;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestClients;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The customer API as an integrating client uses it, through OAuth on PostgreSQL: the contract's
 * bodies, masked national ids and the audited reveal, risk, beneficial owners of a three-level
 * chain, bad input, and an enhanced case that its preparer cannot approve.
 */
class CustomerApiIT extends IntegrationTest {

  @Autowired
  ApplicationContext context;

  private static final String[] ALL = {"customers.read", "customers.write", "cases.write", "cases.approve"};

  private UUID tenantOf(TestClients.Created client) {
    return jdbc.sql("select id from tenant where slug = ?").param(client.tenantSlug()).query(UUID.class).single();
  }

  private static String person(String name, String birthDate, String residence, String nationalId) {
    return """
        {"type":"person","name":"%s","birthDate":"%s","nationality":"DK","countryOfResidence":"%s",
         "nationalId":"%s","address":"Nørregade 7, 1165 København K"}""".formatted(name, birthDate, residence,
        nationalId);
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

  @Test
  void aPersonIsCreatedReadMaskedAndRevealedOnlyWithTheScopeAndAudited() throws Exception {
    TestClients.Created client = TestClients.create(context, ALL);
    ApiCaller api = ApiCaller.as(httpsPort, client);
    HttpResponse<String> created = api.post("/api/v1/customers", person("Mette Frederiksen", "1977-11-19", "DK",
        "191177-1234"));
    UUID id = created(created);
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/customers/" + id);
    assertThat(json(created).get("nationalId").asString()).isEqualTo("********");

    JsonNode read = json(api.get("/api/v1/customers/" + id));
    assertThat(read.get("name").asString()).isEqualTo("Mette Frederiksen");
    assertThat(read.get("birthDate").asString()).isEqualTo("1977-11-19");
    assertThat(read.get("nationalId").asString()).isEqualTo("********");
    assertThat(read.get("nationalIdMasked").asBoolean()).isTrue();
    assertThat(api.get("/api/v1/customers/" + id + "?reveal=nationalId").statusCode()).isEqualTo(403);

    TestClients.Created revealer = TestClients.addClient(context, client.tenantSlug(), client.tenantName(), null,
        "customers.read", "customers.reveal");
    JsonNode revealed = json(ApiCaller.as(httpsPort, revealer).get("/api/v1/customers/" + id + "?reveal=nationalId"));
    assertThat(revealed.get("nationalId").asString()).isEqualTo("191177-1234");
    assertThat(jdbc.sql("select actor from audit_entry where tenant_id = ? and action = 'customer.national_id.revealed'")
        .param(tenantOf(client)).query(String.class).single()).startsWith("client:");

    JsonNode found = json(api.post("/api/v1/customers/search", "{\"nationalId\":\"191177 1234\"}"));
    assertThat(found.get("items")).hasSize(1);
    assertThat(found.get("items").get(0).get("id").asString()).isEqualTo(id.toString());
    JsonNode page = json(api.get("/api/v1/customers?limit=1"));
    assertThat(page.get("items")).hasSize(1);
    assertThat(api.get("/api/v1/customers/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
  }

  @Test
  void aCustomerResidentInAFatfBlackListCountryIsHighRiskWithEnhancedCdd() throws Exception {
    ApiCaller api = ApiCaller.as(httpsPort, TestClients.create(context, ALL));
    UUID iran = created(api.post("/api/v1/customers", person("Resident Tehran", "1980-05-01", "IR", "IR-1")));
    JsonNode risk = json(api.get("/api/v1/customers/" + iran + "/risk"));
    assertThat(risk.get("level").asString()).isEqualTo("high");
    assertThat(risk.get("cddLevel").asString()).isEqualTo("enhanced");
    assertThat(risk.get("factors").toString()).contains("residence");
    assertThat(risk.get("nextReviewDue").asString()).isNotBlank();

    UUID dane = created(api.post("/api/v1/customers", person("Resident Aarhus", "1980-05-01", "DK", "DK-1")));
    assertThat(json(api.get("/api/v1/customers/" + dane + "/risk")).get("level").asString()).isEqualTo("low");
  }

  private static JsonNode factor(JsonNode risk, String id) {
    for (JsonNode factor : risk.get("factors")) {
      if (factor.get("factor").asString().equals(id)) {
        return factor;
      }
    }
    throw new AssertionError("no factor " + id + " in " + risk);
  }

  @Test
  void productAndChannelAreStoredShownAndRaiseTheRisk() throws Exception {
    TestClients.Created client = TestClients.create(context, ALL);
    ApiCaller api = ApiCaller.as(httpsPort, client);
    UUID usual = created(api.post("/api/v1/customers", person("Jens Jensen", "1970-03-01", "DK", "010370-1111")));
    UUID remote = created(api.post("/api/v1/customers", person("Jens Jensen", "1970-03-01", "DK", "010370-1111")
        .replace("{", "{\"product\":\"high\",\"channel\":\"remote\",")));

    JsonNode usualRead = json(api.get("/api/v1/customers/" + usual));
    assertThat(usualRead.get("product").asString()).isEqualTo("standard");
    assertThat(usualRead.get("channel").asString()).isEqualTo("in_person");
    JsonNode remoteRead = json(api.get("/api/v1/customers/" + remote));
    assertThat(remoteRead.get("product").asString()).isEqualTo("high");
    assertThat(remoteRead.get("channel").asString()).isEqualTo("remote");
    assertThat(jdbc.sql("select product || ':' || channel from customer where id = ?").param(remote)
        .query(String.class).single()).isEqualTo("high:remote");

    JsonNode usualRisk = json(api.get("/api/v1/customers/" + usual + "/risk"));
    JsonNode remoteRisk = json(api.get("/api/v1/customers/" + remote + "/risk"));
    assertThat(factor(usualRisk, "product").get("input").asString()).isEqualTo("standard");
    assertThat(factor(usualRisk, "channel").get("input").asString()).isEqualTo("in_person");
    assertThat(factor(usualRisk, "channel").get("points").asInt()).isZero();
    assertThat(factor(remoteRisk, "product").get("input").asString()).isEqualTo("high");
    assertThat(factor(remoteRisk, "product").get("reason").asString()).isEqualTo("risk.reason.product.high");
    assertThat(factor(remoteRisk, "channel").get("input").asString()).isEqualTo("remote");
    assertThat(factor(remoteRisk, "channel").get("reason").asString()).isEqualTo("risk.reason.channel.remote");
    assertThat(factor(remoteRisk, "product").get("points").asInt())
        .isGreaterThan(factor(usualRisk, "product").get("points").asInt());
    assertThat(factor(remoteRisk, "channel").get("points").asInt()).isPositive();
    assertThat(remoteRisk.get("score").asInt()).isGreaterThan(usualRisk.get("score").asInt());
  }

  @Test
  void badInputIsA400NamingTheFieldAndSavesNothing() throws Exception {
    TestClients.Created client = TestClients.create(context, ALL);
    ApiCaller api = ApiCaller.as(httpsPort, client);
    List<String[]> cases = new ArrayList<>();
    cases.add(new String[] {person("X", "2023-02-30", "DK", "1"), "birthDate"});
    cases.add(new String[] {person("X", "1990-01-01", "XX", "1"), "countryOfResidence"});
    cases.add(new String[] {person("X", "2999-01-01", "DK", "1"), "birthDate"});
    cases.add(new String[] {"{\"type\":\"company\",\"name\":\"X\",\"registrationNumber\":\"1\",\"country\":\"DK\","
        + "\"industryCode\":\"99.99.99\"}", "industryCode"});
    cases.add(new String[] {"{\"type\":\"robot\",\"name\":\"X\"}", "type"});
    cases.add(new String[] {person("X", "1990-01-01", "DK", "1").replace("{", "{\"channel\":\"video\","),
        "channel"});
    cases.add(new String[] {person("X", "1990-01-01", "DK", "1").replace("{", "{\"product\":\"premium\","),
        "product"});
    cases.add(new String[] {company("X", "1").replace("{", "{\"channel\":\"REMOTE EID\","), "channel"});
    for (String[] bad : cases) {
      HttpResponse<String> refused = api.post("/api/v1/customers", bad[0]);
      assertThat(refused.statusCode()).as(bad[0]).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(json(refused).get("detail").asString()).as(bad[0]).contains("'" + bad[1] + "'");
    }
    assertThat(jdbc.sql("select count(*) from customer where tenant_id = ?").param(tenantOf(client))
        .query(Integer.class).single()).isZero();
  }

  @Test
  void aThreeLevelChainGivesTheBeneficialOwnersWithPathsAndBadSharesAreRefused() throws Exception {
    TestClients.Created client = TestClients.create(context, ALL);
    ApiCaller api = ApiCaller.as(httpsPort, client);
    UUID anna = created(api.post("/api/v1/customers", person("Anna Ejer", "1970-01-01", "DK", "A-1")));
    UUID bo = created(api.post("/api/v1/customers", person("Bo Ejer", "1971-01-01", "DK", "B-1")));
    UUID top = created(api.post("/api/v1/customers", company("Top ApS", "10000001")));
    UUID middle = created(api.post("/api/v1/customers", company("Mellem ApS", "10000002")));
    UUID target = created(api.post("/api/v1/customers", company("Drift A/S", "10000003")));
    owns(api, anna, top, "0.6");
    owns(api, bo, top, "0.4");
    owns(api, top, middle, "0.5");
    owns(api, middle, target, "1");

    JsonNode owners = json(api.get("/api/v1/customers/" + target + "/beneficial-owners"));
    assertThat(owners.get("beneficialOwners")).hasSize(1);
    JsonNode owner = owners.get("beneficialOwners").get(0);
    assertThat(owner.get("customerId").asString()).isEqualTo(anna.toString());
    assertThat(owner.get("name").asString()).isEqualTo("Anna Ejer");
    assertThat(owner.get("effectiveShare").asDouble()).isEqualTo(0.3);
    assertThat(owner.get("basis").asString()).isEqualTo("ownership");
    JsonNode path = owner.get("paths").get(0);
    assertThat(path).hasSize(3);
    assertThat(path.get(0).get("ownerId").asString()).isEqualTo(anna.toString());
    assertThat(path.get(2).get("companyId").asString()).isEqualTo(target.toString());

    for (String[] bad : new String[][] {{"1.5", "share"}, {"0", "share"}, {"-0.1", "share"}}) {
      HttpResponse<String> refused = api.post("/api/v1/customers/" + middle + "/owners",
          "{\"ownerId\":\"" + bo + "\",\"share\":" + bad[0] + "}");
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(json(refused).get("detail").asString()).contains("'" + bad[1] + "'");
    }
    HttpResponse<String> aboveTotal = api.post("/api/v1/customers/" + middle + "/owners",
        "{\"ownerId\":\"" + bo + "\",\"share\":0.6}");
    assertThat(aboveTotal.statusCode()).isEqualTo(400);
    assertThat(json(aboveTotal).get("detail").asString()).contains("above 100%");
    assertThat(jdbc.sql("select count(*) from customer_ownership where tenant_id = ?").param(tenantOf(client))
        .query(Integer.class).single()).isEqualTo(4);
  }

  @Test
  void anEnhancedCaseCannotBeApprovedByTheClientThatPreparedIt() throws Exception {
    TestClients.Created preparer = TestClients.create(context, ALL);
    TestClients.Created reviewer = TestClients.addClient(context, preparer.tenantSlug(), preparer.tenantName(), null,
        ALL);
    ApiCaller api = ApiCaller.as(httpsPort, preparer);
    UUID customer = created(api.post("/api/v1/customers", person("Enhanced Person", "1960-01-01", "KP", "KP-1")));
    HttpResponse<String> opened = api.post("/api/v1/cases", "{\"customerId\":\"" + customer + "\"}");
    assertThat(opened.statusCode()).isEqualTo(201);
    JsonNode kycCase = json(opened);
    assertThat(kycCase.get("cddLevel").asString()).isEqualTo("enhanced");
    assertThat(kycCase.get("fourEyes").asBoolean()).isTrue();
    String path = "/api/v1/cases/" + kycCase.get("id").asString();
    for (JsonNode item : kycCase.get("checklist")) {
      assertThat(api.post(path + "/items/" + item.get("item").asString(), "{}").statusCode()).isEqualTo(200);
    }
    assertThat(json(api.post(path + "/submit", "{}")).get("state").asString()).isEqualTo("in_review");
    HttpResponse<String> own = api.post(path + "/approve", "{}");
    assertThat(own.statusCode()).isEqualTo(403);
    assertThat(json(own).get("rule").asString()).isEqualTo("four-eyes");
    HttpResponse<String> approved = ApiCaller.as(httpsPort, reviewer).post(path + "/approve", "{}");
    assertThat(approved.statusCode()).isEqualTo(200);
    assertThat(json(approved).get("state").asString()).isEqualTo("approved");
  }

  @Test
  void casesArePagedWithACursorNewestFirst() throws Exception {
    TestClients.Created client = TestClients.create(context, ALL);
    ApiCaller api = ApiCaller.as(httpsPort, client);
    java.util.List<String> opened = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      UUID customer = created(api.post("/api/v1/customers", person("Paged Person " + i, "1980-01-0" + (i + 1), "DK",
          "PG-" + i)));
      HttpResponse<String> kycCase = api.post("/api/v1/cases", "{\"customerId\":\"" + customer + "\"}");
      assertThat(kycCase.statusCode()).as(kycCase.body()).isEqualTo(201);
      opened.add(0, json(kycCase).get("id").asString());
    }
    // all cases of one millisecond: the cursor keeps the full time, so none is skipped or repeated
    jdbc.sql("update kyc_case set created_at = timestamp with time zone '2026-01-02 03:04:05.123456+00'"
        + " where tenant_id = ?").param(tenantOf(client)).update();
    opened.sort(null);

    JsonNode first = json(api.get("/api/v1/cases?limit=2"));
    assertThat(first.get("items").size()).isEqualTo(2);
    String cursor = first.get("nextCursor").asString();
    JsonNode second = json(api.get("/api/v1/cases?limit=2&cursor=" + cursor));
    assertThat(second.get("items").size()).isOne();
    assertThat(second.get("nextCursor").isNull()).isTrue();
    java.util.List<String> seen = new java.util.ArrayList<>();
    first.get("items").forEach(item -> seen.add(item.get("id").asString()));
    second.get("items").forEach(item -> seen.add(item.get("id").asString()));
    assertThat(seen).as("ties on the time go by id").isEqualTo(opened);
    assertThat(json(api.get("/api/v1/cases")).get("items").size()).as("no limit: the whole list up to 200").isEqualTo(3);

    HttpResponse<String> badCursor = api.get("/api/v1/cases?cursor=bm90LWEtY3Vyc29y");
    assertThat(badCursor.statusCode()).isEqualTo(400);
    assertThat(badCursor.body()).contains("cursor");
    HttpResponse<String> badLimit = api.get("/api/v1/cases?limit=0");
    assertThat(badLimit.statusCode()).isEqualTo(400);
    assertThat(badLimit.body()).contains("limit");
  }

  private static void owns(ApiCaller api, UUID owner, UUID company, String share) throws Exception {
    HttpResponse<String> added = api.post("/api/v1/customers/" + company + "/owners",
        "{\"ownerId\":\"" + owner + "\",\"share\":" + share + "}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
  }
}
