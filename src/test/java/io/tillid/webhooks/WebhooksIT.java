package io.tillid.webhooks;

import static io.tillid.support.ApiCaller.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.cases.internal.CaseTestSupport;
import io.tillid.support.ApiCaller;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestClients;
import io.tillid.support.TestUsers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks end to end: a receiver (JDK HTTP server on loopback) that checks every signature with
 * the Standard Webhooks reference library gets a case's status changes, sees the retries after its
 * failures and then the success, a manual re-send, and a rotated secret; reviews falling due are
 * sent once per customer and due date.
 */
class WebhooksIT extends IntegrationTest {

  @Autowired
  ApplicationContext context;

  private UUID tenantOf(TestClients.Created client) {
    return jdbc.sql("select id from tenant where slug = ?").param(client.tenantSlug()).query(UUID.class).single();
  }

  private static JsonNode subscribe(ApiCaller api, String url, String... types) throws Exception {
    String list = String.join(",", List.of(types).stream().map(t -> "\"" + t + "\"").toList());
    HttpResponse<String> created = api.post("/api/v1/webhooks",
        "{\"url\":\"" + url + "\",\"eventTypes\":[" + list + "],\"description\":\"test receiver\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    return json(created);
  }

  private static UUID createCustomer(ApiCaller api, String name) throws Exception {
    HttpResponse<String> created = api.post("/api/v1/customers", """
        {"type":"person","name":"%s","birthDate":"1970-02-03","nationality":"DK","countryOfResidence":"DK"}"""
        .formatted(name));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return UUID.fromString(json(created).get("id").asString());
  }

  @Test
  void caseStatusChangesAreSignedRetriedAfterFailuresAndSentAgainOnRequest() throws Exception {
    TestClients.Created client = TestClients.create(context, "webhooks.manage", "customers.read", "customers.write",
        "cases.write");
    ApiCaller api = ApiCaller.as(httpsPort, client);
    try (WebhookReceiver receiver = new WebhookReceiver(2)) {
      JsonNode subscription = subscribe(api, receiver.url("/cases"), "case.status_changed");
      String id = subscription.get("id").asString();
      String secret = subscription.get("secret").asString();
      assertThat(secret).startsWith("whsec_");
      receiver.expectSecret(secret);
      assertThat(json(api.get("/api/v1/webhooks/" + id)).has("secret")).as("shown once").isFalse();
      assertThat(json(api.get("/api/v1/webhooks")).get("items").get(0).has("secret")).isFalse();

      UUID customer = createCustomer(api, "Webhook Person Name");
      HttpResponse<String> opened = api.post("/api/v1/cases", "{\"customerId\":\"" + customer + "\"}");
      assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
      String caseId = json(opened).get("id").asString();

      // two 503s, then 204: three attempts of one message, all with the same id, all signed
      List<WebhookReceiver.Received> got = receiver.awaitAtLeast(3);
      assertThat(got).hasSize(3);
      assertThat(got).extracting(WebhookReceiver.Received::answered).containsExactly(503, 503, 204);
      assertThat(got).allSatisfy(r -> assertThat(r.signatureValid()).as("signature").isTrue());
      assertThat(got).extracting(WebhookReceiver.Received::id).containsOnly(got.get(0).id());
      JsonNode payload = tools.jackson.databind.json.JsonMapper.builder().build().readTree(got.get(0).body());
      assertThat(payload.get("type").asString()).isEqualTo("case.status_changed");
      assertThat(payload.get("data").get("caseId").asString()).isEqualTo(caseId);
      assertThat(payload.get("data").get("customerId").asString()).isEqualTo(customer.toString());
      assertThat(payload.get("data").get("status").asString()).isEqualTo("draft");
      assertThat(got.get(0).body()).as("no personal data").doesNotContain("Webhook Person Name", "1970");

      JsonNode deliveries = awaitDelivered(api, id, 1).get("items");
      String deliveryId = deliveries.get(0).get("id").asString();
      assertThat("msg_" + deliveryId).isEqualTo(got.get(0).id());
      JsonNode delivery = json(api.get("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId));
      assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
      assertThat(delivery.get("log")).extracting(a -> a.get("statusCode").asInt()).containsExactly(503, 503, 204);

      // re-sent on request: a fourth attempt of the same message
      HttpResponse<String> resent = api.post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/resend", "");
      assertThat(resent.statusCode()).as(resent.body()).isEqualTo(202);
      got = receiver.awaitAtLeast(4);
      assertThat(got).hasSize(4);
      assertThat(got.get(3).id()).isEqualTo(got.get(0).id());
      assertThat(got.get(3).signatureValid()).isTrue();

      // a rotated secret signs from now on; the old one no longer verifies
      HttpResponse<String> rotated = api.post("/api/v1/webhooks/" + id + "/rotate-secret", "");
      assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
      String newSecret = json(rotated).get("secret").asString();
      assertThat(newSecret).startsWith("whsec_").isNotEqualTo(secret);
      assertThat(api.post("/api/v1/cases/" + caseId + "/await-customer", "").statusCode()).isEqualTo(200);
      got = receiver.awaitAtLeast(5);
      assertThat(got.get(4).signatureValid()).as("old secret").isFalse();
      receiver.expectSecret(newSecret);
      assertThat(api.post("/api/v1/cases/" + caseId + "/resume", "").statusCode()).isEqualTo(200);
      got = receiver.awaitAtLeast(6);
      assertThat(got.get(5).signatureValid()).as("new secret").isTrue();
      assertThat(got.get(5).body()).contains("\"status\":\"draft\"", "case.resumed");

      HttpResponse<String> deleted = https().send(HttpRequest.newBuilder(url("/api/v1/webhooks/" + id))
          .header("Authorization", "Bearer " + ApiCaller.token(httpsPort, client)).DELETE().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(deleted.statusCode()).isEqualTo(204);
      assertThat(api.get("/api/v1/webhooks/" + id).statusCode()).isEqualTo(404);
      assertThat(jdbc.sql("select action from audit_entry where tenant_id = ? and target_type = 'webhook' order by seq")
          .param(tenantOf(client)).query(String.class).list())
          .containsExactly("webhook.subscription.created", "webhook.delivery.resent", "webhook.secret.rotated",
              "webhook.subscription.deleted");
    }
  }

  private JsonNode awaitDelivered(ApiCaller api, String subscription, int count) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    JsonNode deliveries;
    do {
      deliveries = json(api.get("/api/v1/webhooks/" + subscription + "/deliveries"));
      long delivered = 0;
      for (JsonNode d : deliveries.get("items")) {
        delivered += "delivered".equals(d.get("status").asString()) ? 1 : 0;
      }
      if (delivered >= count) {
        return deliveries;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("not delivered: " + deliveries);
  }

  @Test
  void aDeliveryThatKeepsFailingIsMarkedFailedAfterItsAttempts() throws Exception {
    TestClients.Created client = TestClients.create(context, "webhooks.manage", "customers.write", "cases.write");
    ApiCaller api = ApiCaller.as(httpsPort, client);
    try (WebhookReceiver receiver = new WebhookReceiver(1000)) {
      String id = subscribe(api, receiver.url("/failing"), "case.status_changed").get("id").asString();
      UUID customer = createCustomer(api, "Failing Hook Person");
      assertThat(api.post("/api/v1/cases", "{\"customerId\":\"" + customer + "\"}").statusCode()).isEqualTo(201);
      assertThat(receiver.awaitAtLeast(8)).hasSize(8); // tillid.webhooks.max-attempts defaults to 8
      long deadline = System.nanoTime() + 60_000_000_000L;
      JsonNode delivery;
      do {
        Thread.sleep(50);
        delivery = json(api.get("/api/v1/webhooks/" + id + "/deliveries")).get("items").get(0);
      } while (!"failed".equals(delivery.get("status").asString()) && System.nanoTime() < deadline);
      assertThat(delivery.get("status").asString()).isEqualTo("failed");
      assertThat(delivery.get("attempts").asInt()).isEqualTo(8);
      assertThat(delivery.get("lastStatusCode").asInt()).isEqualTo(503);
      assertThat(receiver.received()).hasSize(8);
    }
  }

  @Test
  void aScreeningHitOnACustomerIsSentWithIdsOnly(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
      throws Exception {
    io.tillid.screening.internal.monitoring.SenzingFixture.importBase(
        context.getBean(io.tillid.screening.internal.lists.ImportList.class), temp);
    TestClients.Created client = TestClients.create(context, "webhooks.manage", "customers.read", "customers.write");
    ApiCaller api = ApiCaller.as(httpsPort, client);
    try (WebhookReceiver receiver = new WebhookReceiver(0)) {
      receiver.expectSecret(subscribe(api, receiver.url("/hits"), "screening.hit").get("secret").asString());
      HttpResponse<String> created = api.post("/api/v1/customers", """
          {"type":"person","name":"Zorbulat Quendrix","birthDate":"1961-03-02","nationality":"RU",\
          "countryOfResidence":"DK"}""");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      String customer = json(created).get("id").asString();
      List<WebhookReceiver.Received> got = receiver.awaitAtLeast(1);
      assertThat(got.get(0).signatureValid()).isTrue();
      assertThat(got.get(0).body()).contains("\"type\":\"screening.hit\"", "\"customerId\":\"" + customer + "\"",
          "\"entityId\":\"zq-1\"", "\"raisedBy\":\"customer-change\"").doesNotContain("Quendrix");
    }
  }

  @Test
  void aReviewFallingDueIsSentOncePerCustomerAndDueDate() throws Exception {
    TestClients.Created client = TestClients.create(context, "webhooks.manage", "customers.read", "customers.write");
    ApiCaller api = ApiCaller.as(httpsPort, client);
    try (WebhookReceiver receiver = new WebhookReceiver(0)) {
      receiver.expectSecret(subscribe(api, receiver.url("/reviews"), "review.due").get("secret").asString());
      UUID customer = createCustomer(api, "Review Hook Person");
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      jdbc.sql("update customer set next_review_due = ? where id = ?").params(today, customer).update();

      CaseTestSupport.noticeDueReviews(context);
      CaseTestSupport.noticeDueReviews(context);
      List<WebhookReceiver.Received> got = receiver.awaitAtLeast(1);
      assertThat(got.get(0).signatureValid()).isTrue();
      assertThat(got.get(0).body()).contains("\"type\":\"review.due\"", "\"customerId\":\"" + customer + "\"",
          "\"dueOn\":\"" + today + "\"").doesNotContain("Review Hook Person");
      assertThat(jdbc.sql("select count(*) from webhook_delivery where tenant_id = ?").param(tenantOf(client))
          .query(Integer.class).single()).as("once per customer and due date").isOne();
    }
  }

  @Test
  void finishedDeliveriesAreDeletedAfterTheRetentionAndPendingOnesKept() throws Exception {
    TestClients.Created client = TestClients.create(context, "webhooks.manage");
    ApiCaller api = ApiCaller.as(httpsPort, client);
    UUID subscription = UUID.fromString(subscribe(api, "http://127.0.0.1:9/old", "review.due").get("id").asString());
    UUID tenant = tenantOf(client);
    UUID oldDelivered = UUID.randomUUID();
    UUID oldFailed = UUID.randomUUID();
    UUID oldPending = UUID.randomUUID();
    UUID recentDelivered = UUID.randomUUID();
    String insert = """
        insert into webhook_delivery (tenant_id, id, subscription_id, event_type, payload, status, attempts, retry_base,
          next_attempt_at, created_at) values (?, ?, ?, 'review.due', '{}', ?, 1, 0, now() + interval '1 day',
          now() - make_interval(days => ?))""";
    jdbc.sql(insert).params(tenant, oldDelivered, subscription, "delivered", 31).update();
    jdbc.sql(insert).params(tenant, oldFailed, subscription, "failed", 40).update();
    jdbc.sql(insert).params(tenant, oldPending, subscription, "pending", 40).update();
    jdbc.sql(insert).params(tenant, recentDelivered, subscription, "delivered", 29).update();
    jdbc.sql("insert into webhook_attempt (tenant_id, delivery_id, attempt, attempted_at, status_code, outcome)"
        + " values (?, ?, 1, now(), 204, 'delivered')").params(tenant, oldDelivered).update();

    assertThat(io.tillid.webhooks.internal.WebhookTestSupport.housekeeping(context)).isGreaterThanOrEqualTo(2);
    assertThat(jdbc.sql("select id from webhook_delivery where subscription_id = ?").param(subscription)
        .query(UUID.class).list()).containsExactlyInAnyOrder(oldPending, recentDelivered);
    assertThat(jdbc.sql("select count(*) from webhook_attempt where delivery_id = ?").param(oldDelivered)
        .query(Integer.class).single()).isZero();
  }

  @Test
  void subscriptionsAreCheckedAndTheirPermissionIsNeeded() throws Exception {
    TestClients.Created client = TestClients.create(context, "webhooks.manage");
    ApiCaller api = ApiCaller.as(httpsPort, client);
    Map<String, String> refusals = Map.of(
        "{\"url\":\"ftp://127.0.0.1/x\",\"eventTypes\":[\"review.due\"]}", "'url'",
        "{\"url\":\"https://user:pw@127.0.0.1/x\",\"eventTypes\":[\"review.due\"]}", "'url'",
        "{\"url\":\"https://127.0.0.1/x\",\"eventTypes\":[]}", "'eventTypes'",
        "{\"url\":\"https://127.0.0.1/x\",\"eventTypes\":[\"customer.deleted\"]}", "'eventTypes'");
    for (Map.Entry<String, String> refusal : refusals.entrySet()) {
      HttpResponse<String> refused = api.post("/api/v1/webhooks", refusal.getKey());
      assertThat(refused.statusCode()).as(refusal.getKey()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
      assertThat(json(refused).get("detail").asString()).contains(refusal.getValue()).doesNotContain("user:pw");
    }
    assertThat(api.get("/api/v1/webhooks/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    TestClients.Created reader = TestClients.create(context, "customers.read");
    assertThat(ApiCaller.as(httpsPort, reader).get("/api/v1/webhooks").statusCode()).isEqualTo(403);
  }

  @Test
  void theWebhooksPageSubscribesShowsTheSecretOnceAndTheDeliveryLog() throws Exception {
    TestUsers.Created admin = TestUsers.create(context, "administrator");
    io.tillid.identity.internal.WebClient web = signedIn(admin);
    try (WebhookReceiver receiver = new WebhookReceiver(0)) {
      HttpResponse<String> created = web.submit("/admin/webhooks", "/admin/webhooks", Map.of("url",
          receiver.url("/page"), "eventType", "review.due", "description", "From the page"));
      assertThat(created.statusCode()).isEqualTo(200);
      assertThat(created.body()).contains("whsec_", "not shown again");
      UUID id = jdbc.sql("select id from webhook_subscription where tenant_id = ?").param(tenantIdOf(admin))
          .query(UUID.class).single();
      io.tillid.webhooks.internal.WebhookTestSupport.raiseReviewDue(context, tenantIdOf(admin), UUID.randomUUID());
      receiver.awaitAtLeast(1);
      String list = web.get("/admin/webhooks").body();
      assertThat(list).contains(receiver.url("/page"), "From the page").doesNotContain("whsec_");
      long deadline = System.nanoTime() + 60_000_000_000L;
      String detail;
      do {
        Thread.sleep(50);
        detail = web.get("/admin/webhooks/" + id).body();
      } while (!detail.contains("Delivered") && System.nanoTime() < deadline);
      assertThat(detail).contains("review.due", "Delivered", "Send again").doesNotContain("whsec_");
      assertThat(web.get("/admin/webhooks/" + id + "?lang=da").body()).contains("Leveret", "Send igen");
      assertThat(web.get("/admin/webhooks").body()).contains("/admin/webhooks");
    }
  }
}
