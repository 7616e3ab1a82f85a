package io.tillid.screening.internal.monitoring;

import static io.tillid.support.ApiCaller.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.screening.ScreeningHitRaised;
import io.tillid.screening.internal.lists.ImportList;
import io.tillid.screening.internal.lists.ParseProgress;
import io.tillid.support.ApiCaller;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestClients;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * Screening of customers end to end on PostgreSQL: a customer registered through the API is screened
 * against a real imported list, its hit explained and counted by its risk assessment; an analyst's
 * false positive stays suppressed on a full rescreen until the list changes the entry; monitoring
 * after each import raises the new hit as an alert (and an event) and closes hits on removed
 * entries, with a run record (events are recorded on the test's thread: those of monitoring); the tenant's threshold applies to customers and to API screenings.
 */
@RecordApplicationEvents
class CustomerScreeningIT extends IntegrationTest {

  private static final String[] SCOPES = {"customers.read", "customers.write", "screening.review", "settings.manage",
      "screenings.run"};

  @Autowired
  ImportList importList;

  @Autowired
  ListMonitoring monitoring;

  @Autowired
  ApplicationContext context;

  @Autowired
  ApplicationEvents events;

  @Test
  void hitsAreRaisedDecidedSuppressedAndFollowTheList(@TempDir Path temp) throws Exception {
    SenzingFixture.importBase(importList, temp);
    monitoring.catchUp(); // what earlier imports changed is followed first
    TestClients.Created client = TestClients.create(context, SCOPES);
    ApiCaller api = ApiCaller.as(httpsPort, client);
    UUID customer = created(api.post("/api/v1/customers", person("Zorbulat Quendrix", "1961-03-02", "RU")));

    JsonNode hits = hits(api, customer);
    assertThat(hits).hasSize(1);
    JsonNode hit = hits.get(0);
    assertThat(hit.get("list").asString()).isEqualTo("senzing");
    assertThat(hit.get("entityId").asString()).isEqualTo("zq-1");
    assertThat(hit.get("status").asString()).isEqualTo("open");
    assertThat(hit.get("raisedBy").asString()).isEqualTo("customer-change");
    assertThat(hit.get("score").asDouble()).isGreaterThan(0.9);
    assertThat(hit.get("explanation").get("tokens").size()).isPositive();
    String hitId = hit.get("id").asString();
    assertThat(factors(customer)).contains("screening.open");
    assertThat(audited(client, "customer.screened")).isOne();

    String disposition = "/api/v1/customers/" + customer + "/hits/" + hitId + "/disposition";
    HttpResponse<String> noReason = api.post(disposition, "{\"decision\":\"false_positive\",\"reason\":\" \"}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason");
    HttpResponse<String> badDecision = api.post(disposition, "{\"decision\":\"maybe\",\"reason\":\"x\"}");
    assertThat(badDecision.statusCode()).isEqualTo(400);
    assertThat(badDecision.body()).contains("decision");
    ApiCaller reader = ApiCaller.as(httpsPort, TestClients.addClient(context, client.tenantSlug(), client.tenantName(),
        null, "customers.read"));
    assertThat(reader.post(disposition, "{\"decision\":\"true_match\",\"reason\":\"x\"}").statusCode()).isEqualTo(403);
    assertThat(hits(reader, customer)).hasSize(1);

    String falsePositive = "{\"decision\":\"false_positive\",\"reason\":\"Born in another city; passport differs\"}";
    String key = UUID.randomUUID().toString();
    HttpResponse<String> decided = api.post(disposition, falsePositive, "Idempotency-Key", key);
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
    HttpResponse<String> retried = api.post(disposition, falsePositive, "Idempotency-Key", key);
    assertThat(retried.body()).as("a retry is answered, not decided again").isEqualTo(decided.body());
    assertThat(json(decided).get("dispositions").size()).isOne();
    assertThat(json(decided).get("status").asString()).isEqualTo("false_positive");
    assertThat(json(decided).get("dispositions").get(0).get("reason").asString()).startsWith("Born in another city");
    assertThat(factors(customer)).doesNotContain("screening.open").contains("screening");
    assertThat(audited(client, "screening.hit.decided")).isOne();

    HttpResponse<String> full = api.post("/api/v1/screening/runs", "{}");
    assertThat(full.statusCode()).as(full.body()).isEqualTo(201);
    assertThat(json(full).get("kind").asString()).isEqualTo("full");
    assertThat(json(full).get("done").asInt()).isEqualTo(json(full).get("total").asInt()).isOne();
    assertThat(hits(api, customer)).as("the false positive stays suppressed").hasSize(1);
    assertThat(hits(api, customer).get(0).get("status").asString()).isEqualTo("false_positive");

    importList.run("senzing", SenzingFixture.write(temp.resolve("changed.json"), SenzingFixture.QUENDRIX_CHANGED,
        SenzingFixture.MEKKELSEN), ParseProgress.NONE);
    List<Run> runs = monitoring.catchUp();
    assertThat(runs).isNotEmpty().allSatisfy(run -> {
      assertThat(run.kind()).isEqualTo(Run.LIST_CHANGE);
      assertThat(run.done()).isEqualTo(run.total());
      assertThat(run.finishedAt()).isNotNull();
    });
    hits = hits(api, customer);
    assertThat(hits).as("the changed entry is a new hit; the false positive is kept").hasSize(2);
    assertThat(hits.get(0).get("status").asString()).isEqualTo("open");
    assertThat(hits.get(0).get("raisedBy").asString()).isEqualTo("list-change");
    assertThat(hits.get(1).get("status").asString()).isEqualTo("false_positive");
    String newHit = hits.get(0).get("id").asString();
    assertThat(raised(customer)).as("monitoring publishes the new hit").singleElement()
        .satisfies(event -> assertThat(event.hitId().toString()).isEqualTo(newHit))
        .extracting(ScreeningHitRaised::raisedBy).isEqualTo("list-change");
    assertThat(json(api.get("/api/v1/screening/alerts")).get("items").toString()).contains(newHit);
    JsonNode latestRun = json(api.get("/api/v1/screening/runs")).get("items").get(0);
    assertThat(latestRun.get("kind").asString()).isEqualTo("list-change");
    assertThat(latestRun.get("lists").asString()).contains("senzing:");
    assertThat(latestRun.get("hitsRaised").asInt()).isOne();
    assertThat(factors(customer)).contains("screening.open");

    importList.run("senzing", SenzingFixture.write(temp.resolve("removed.json"), SenzingFixture.MEKKELSEN),
        ParseProgress.NONE);
    monitoring.catchUp();
    JsonNode closed = hits(api, customer).get(0);
    assertThat(closed.get("status").asString()).isEqualTo("closed");
    assertThat(closed.get("closedReason").asString()).isEqualTo("entry-removed");
    assertThat(json(api.get("/api/v1/screening/alerts")).get("items").toString()).doesNotContain(newHit);
    HttpResponse<String> onClosed = api.post("/api/v1/customers/" + customer + "/hits/" + newHit + "/disposition",
        "{\"decision\":\"true_match\",\"reason\":\"x\"}");
    assertThat(onClosed.statusCode()).isEqualTo(400);
    assertThat(audited(client, "screening.rescreen.finished")).isGreaterThanOrEqualTo(3);
    assertThat(audited(client, "customer.rescreened")).as("raised after the change, closed after the removal")
        .isEqualTo(2);

    ApiCaller stranger = ApiCaller.as(httpsPort, TestClients.create(context, SCOPES));
    assertThat(stranger.get("/api/v1/customers/" + customer + "/hits").statusCode()).isEqualTo(404);
    assertThat(stranger.post(disposition, "{\"decision\":\"true_match\",\"reason\":\"x\"}").statusCode())
        .isEqualTo(404);
    assertThat(json(stranger.get("/api/v1/screening/alerts")).get("items").size()).isZero();
  }

  @Test
  void anEditOfTheNameScreensTheCustomerAgain(@TempDir Path temp) throws Exception {
    SenzingFixture.importBase(importList, temp);
    TestClients.Created client = TestClients.create(context, SCOPES);
    ApiCaller api = ApiCaller.as(httpsPort, client);
    UUID customer = created(api.post("/api/v1/customers", person("Maren Holtevik", "1961-03-02", "RU")));
    assertThat(hits(api, customer)).isEmpty();

    String etag = api.get("/api/v1/customers/" + customer).headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> edited = api.send("PATCH", "/api/v1/customers/" + customer,
        "{\"name\":\"Zorbulat Quendrix\"}", "If-Match", etag);
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    JsonNode hits = hits(api, customer);
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).get("entityId").asString()).isEqualTo("zq-1");
    assertThat(hits.get(0).get("raisedBy").asString()).isEqualTo("customer-change");
    assertThat(factors(customer)).contains("screening.open");

    // a change screening does not read (the purpose) leaves the hits as they are and screens nothing
    int screened = audited(client, "customer.screened");
    etag = edited.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> purpose = api.send("PATCH", "/api/v1/customers/" + customer,
        "{\"relationshipPurpose\":\"Savings\"}", "If-Match", etag);
    assertThat(purpose.statusCode()).as(purpose.body()).isEqualTo(200);
    assertThat(audited(client, "customer.screened")).isEqualTo(screened);
  }

  @Test
  void alertsArePagedWithACursorAndShowOnlyVisibleCustomers(@TempDir Path temp) throws Exception {
    SenzingFixture.importBase(importList, temp);
    TestClients.Created client = TestClients.create(context, SCOPES);
    ApiCaller api = ApiCaller.as(httpsPort, client);
    java.util.Set<String> customers = new java.util.HashSet<>();
    for (int i = 0; i < 3; i++) {
      customers.add(created(api.post("/api/v1/customers", person("Zorbulat Quendrix", "1961-03-02", "RU"))).toString());
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      HttpResponse<String> page = api.get("/api/v1/screening/alerts?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
      JsonNode body = json(page);
      assertThat(body.get("items").size()).isBetween(1, 2);
      body.get("items").forEach(alert -> assertThat(seen.add(alert.get("customerId").asString())).isTrue());
      cursor = body.get("nextCursor").isNull() ? null : body.get("nextCursor").asString();
      pages++;
    } while (cursor != null);
    assertThat(pages).isEqualTo(2);
    assertThat(seen).isEqualTo(customers);
    assertThat(api.get("/api/v1/screening/alerts?cursor=bm9wZQ").statusCode()).isEqualTo(400);
    assertThat(api.get("/api/v1/screening/alerts?limit=0").statusCode()).isEqualTo(400);
  }

  @Test
  void theTenantsThresholdAppliesToCustomersAndApiScreenings(@TempDir Path temp) throws Exception {
    SenzingFixture.importBase(importList, temp);
    TestClients.Created client = TestClients.create(context, SCOPES);
    ApiCaller api = ApiCaller.as(httpsPort, client);
    String typo = "{\"name\":\"Ilvana Brostrup-Mekelsen\",\"lists\":[\"senzing\"]}";
    assertThat(json(api.post("/api/v1/screenings", typo)).get("matches").size()).as("default threshold").isOne();

    assertThat(put(client, "{\"threshold\":7}").statusCode()).isEqualTo(400);
    HttpResponse<String> bad = put(client, "{}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("threshold");
    HttpResponse<String> set = put(client, "{\"threshold\":0.999}");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(json(api.get("/api/v1/screening/settings")).get("threshold").asDouble()).isEqualTo(0.999);
    assertThat(audited(client, "screening.threshold.changed")).isOne();

    assertThat(json(api.post("/api/v1/screenings", typo)).get("matches").size()).as("the tenant's threshold").isZero();
    assertThat(json(api.post("/api/v1/screenings", typo.replace("}", ",\"threshold\":0.8}"))).get("matches").size())
        .as("a request's own threshold wins").isOne();
    UUID customer = created(api.post("/api/v1/customers", person("Ilvana Brostrup-Mekelsen", "1988-01-01", "NO")));
    assertThat(hits(api, customer)).as("customers are screened at the tenant's threshold").isEmpty();
    UUID exact = created(api.post("/api/v1/customers", person("Ilvana Brostrup-Mekkelsen", "1970-05-17", "DK")));
    assertThat(hits(api, exact)).hasSize(1);
    assertThat(hits(api, exact).get(0).get("pep").asBoolean()).isTrue();
  }

  private HttpResponse<String> put(TestClients.Created client, String body) throws Exception {
    return https().send(HttpRequest.newBuilder(url("/api/v1/screening/settings"))
        .header("Authorization", "Bearer " + ApiCaller.token(httpsPort, client))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private List<ScreeningHitRaised> raised(UUID customer) {
    return events.stream(ScreeningHitRaised.class).filter(event -> event.customerId().equals(customer)).toList();
  }

  private List<String> factors(UUID customer) {
    return new ArrayList<>(jdbc.sql("""
        select f.factor from risk_assessment_factor f join risk_assessment a
          on a.tenant_id = f.tenant_id and a.id = f.assessment_id
        where a.customer_id = ? and a.seq = (select max(seq) from risk_assessment where customer_id = ?)""")
        .params(customer, customer).query(String.class).list());
  }

  private int audited(TestClients.Created client, String action) {
    return jdbc.sql("select count(*) from audit_entry a join tenant t on t.id = a.tenant_id where t.slug = ?"
        + " and a.action = ?").params(client.tenantSlug(), action).query(Integer.class).single();
  }

  private static JsonNode hits(ApiCaller api, UUID customer) throws Exception {
    HttpResponse<String> answer = api.get("/api/v1/customers/" + customer + "/hits");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json(answer).get("items");
  }

  private static String person(String name, String birthDate, String nationality) {
    return """
        {"type":"person","name":"%s","birthDate":"%s","nationality":"%s","countryOfResidence":"DK"}""".formatted(name, birthDate, nationality);
  }

  private static UUID created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return UUID.fromString(json(response).get("id").asString());
  }
}
