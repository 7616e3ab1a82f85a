package io.tillid.platform;

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

/** Idempotency-Key on API POSTs: a retry gets the first answer and changes nothing. */
class IdempotencyIT extends IntegrationTest {

  @Autowired
  ApplicationContext context;

  private static final String PERSON = """
      {"type":"person","name":"Retry Person","birthDate":"1966-06-06","nationality":"DK","countryOfResidence":"DK"}""";

  @Test
  void aRetryWithTheSameKeyGetsTheFirstAnswerAndCreatesNothingMore() throws Exception {
    TestClients.Created client = TestClients.create(context, "customers.read", "customers.write");
    ApiCaller api = ApiCaller.as(httpsPort, client);
    String key = "order-" + UUID.randomUUID();

    HttpResponse<String> first = api.post("/api/v1/customers", PERSON, "Idempotency-Key", key);
    HttpResponse<String> retry = api.post("/api/v1/customers", PERSON, "Idempotency-Key", key);
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    assertThat(retry.headers().firstValue("Idempotency-Replayed")).hasValue("true");
    UUID tenant = jdbc.sql("select id from tenant where slug = ?").param(client.tenantSlug()).query(UUID.class).single();
    assertThat(jdbc.sql("select count(*) from customer where tenant_id = ?").param(tenant).query(Integer.class)
        .single()).isOne();

    HttpResponse<String> other = api.post("/api/v1/customers", PERSON.replace("Retry", "Other"), "Idempotency-Key", key);
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(json(other).get("detail").asString()).contains("different request");

    assertThat(json(api.post("/api/v1/customers", PERSON, "Idempotency-Key", "another-" + key)).get("id").asString())
        .isNotEqualTo(json(first).get("id").asString());
    assertThat(api.post("/api/v1/customers", PERSON, "Idempotency-Key", "bad key").statusCode()).isEqualTo(400);

    // a bad request is an answer too: its retry gets the same 400 without running again
    String bad = "{\"type\":\"person\",\"name\":\"X\"}";
    HttpResponse<String> refused = api.post("/api/v1/customers", bad, "Idempotency-Key", "bad-" + key);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(api.post("/api/v1/customers", bad, "Idempotency-Key", "bad-" + key).statusCode()).isEqualTo(400);

    // keys are per principal: another client's same key is its own
    ApiCaller otherClient = ApiCaller.as(httpsPort, TestClients.addClient(context, client.tenantSlug(),
        client.tenantName(), null, "customers.write"));
    HttpResponse<String> theirs = otherClient.post("/api/v1/customers", PERSON, "Idempotency-Key", key);
    assertThat(theirs.statusCode()).isEqualTo(201);
    assertThat(theirs.headers().firstValue("Idempotency-Replayed")).isEmpty();
  }
}
