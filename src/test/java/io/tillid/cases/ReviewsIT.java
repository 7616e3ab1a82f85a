package io.tillid.cases;

import static io.tillid.support.ApiCaller.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.ApiCaller;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestClients;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The periodic review worklist: due dates set by the risk assessment, overdue first, within the
 * principal's grants, customers whose relationship ended left out.
 */
class ReviewsIT extends IntegrationTest {

  @Autowired
  ApplicationContext context;

  private static UUID create(ApiCaller api, String name, String residence) throws Exception {
    HttpResponse<String> created = api.post("/api/v1/customers", """
        {"type":"person","name":"%s","birthDate":"1975-01-01","nationality":"DK","countryOfResidence":"%s"}"""
        .formatted(name, residence));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return UUID.fromString(json(created).get("id").asString());
  }

  @Test
  void highRiskCustomersComeDueFirstAndOverdueOnesAreMarked() throws Exception {
    TestClients.Created client = TestClients.create(context, "customers.read", "customers.write");
    ApiCaller api = ApiCaller.as(httpsPort, client);
    UUID high = create(api, "Review Tehran", "IR");
    UUID low = create(api, "Review Odense", "DK");
    UUID ended = create(api, "Review Ended", "KP");
    assertThat(api.post("/api/v1/customers/" + ended + "/end-relationship", "{\"endedOn\":\"2025-01-01\"}")
        .statusCode()).isEqualTo(200);

    JsonNode year = json(api.get("/api/v1/reviews?within=366")).get("items");
    assertThat(year).hasSize(1);
    assertThat(year.get(0).get("customerId").asString()).isEqualTo(high.toString());
    assertThat(year.get(0).get("status").asString()).isEqualTo("due");
    assertThat(LocalDate.parse(year.get(0).get("dueOn").asString()))
        .isEqualTo(LocalDate.parse(json(api.get("/api/v1/customers/" + high + "/risk")).get("nextReviewDue").asString()));
    assertThat(json(api.get("/api/v1/reviews")).get("items")).as("not within the default 30 days").isEmpty();

    LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    jdbc.sql("update customer set next_review_due = ? where id = ?").params(yesterday, low).update();
    JsonNode now = json(api.get("/api/v1/reviews?within=0")).get("items");
    assertThat(now).hasSize(1);
    assertThat(now.get(0).get("customerId").asString()).isEqualTo(low.toString());
    assertThat(now.get(0).get("status").asString()).isEqualTo("overdue");

    TestClients.Created ungranted = TestClients.addClient(context, client.tenantSlug(), client.tenantName(), "{}",
        "customers.read");
    assertThat(json(ApiCaller.as(httpsPort, ungranted).get("/api/v1/reviews?within=366")).get("items")).isEmpty();
    HttpResponse<String> absurd = api.get("/api/v1/reviews?within=9999");
    assertThat(absurd.statusCode()).isEqualTo(400);
    assertThat(json(absurd).get("detail").asString()).contains("'within'");
  }

  @Test
  void theWorklistPageShowsOverdueReviewsInTheUsersLanguage() throws Exception {
    io.tillid.support.TestUsers.Created officer = io.tillid.support.TestUsers.create(context, "compliance_officer");
    UUID customer = io.tillid.customers.internal.CustomerTestSupport.registerPerson(context, tenantIdOf(officer),
        userIdOf(officer), "Page Review Person", null);
    jdbc.sql("update customer set next_review_due = ? where id = ?")
        .params(LocalDate.now(ZoneOffset.UTC).minusDays(3), customer).update();
    io.tillid.identity.internal.WebClient web = signedIn(officer);
    assertThat(web.get("/reviews").body()).contains("Periodic reviews", "Page Review Person", "Overdue");
    assertThat(web.get("/reviews?lang=da").body()).contains("Periodiske gennemgange", "Overskredet");
  }
}
