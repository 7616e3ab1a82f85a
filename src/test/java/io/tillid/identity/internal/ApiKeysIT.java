package io.tillid.identity.internal;

import static io.tillid.support.ApiCaller.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.ApiCaller;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestClients;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * API keys end to end on PostgreSQL: made through the API by a tenant's client, sent as
 * X-API-Key, refused at once when revoked or expired or from an address outside the allow-list,
 * never more than their creator may do, and audited without their secret.
 */
class ApiKeysIT extends IntegrationTest {

  private static final String PERSON = """
      {"type":"person","name":"Key Person","birthDate":"1971-03-04","nationality":"DK","countryOfResidence":"DK"}""";

  @Autowired
  ApplicationContext context;

  private TestClients.Created admin;
  private ApiCaller adminApi;

  private void adminClient(String... extraScopes) throws Exception {
    List<String> scopes = new java.util.ArrayList<>(List.of("users.manage", "customers.read", "customers.write"));
    scopes.addAll(List.of(extraScopes));
    admin = TestClients.create(context, scopes.toArray(String[]::new));
    adminApi = ApiCaller.as(httpsPort, admin);
  }

  private JsonNode create(String body) throws Exception {
    HttpResponse<String> created = adminApi.post("/api/v1/api-keys", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created);
  }

  private UUID tenant() {
    return jdbc.sql("select id from tenant where slug = ?").param(admin.tenantSlug()).query(UUID.class).single();
  }

  private List<String> audited(String action, String keyId) {
    return jdbc.sql("select details from audit_entry where tenant_id = ? and action = ? and target_id = ?")
        .params(tenant(), action, keyId).query(String.class).list();
  }

  @Test
  void aKeyMadeThroughTheApiAuthenticatesAndIsRefusedAtOnceWhenRevoked() throws Exception {
    adminClient();
    JsonNode created = create("{\"name\":\"onboarding\",\"scopes\":[\"customers.read\"]}");
    String key = created.get("key").asString();
    String id = created.get("apiKey").get("id").asString();
    assertThat(key).matches("tl_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
    assertThat(created.get("apiKey").get("scopes").get(0).asString()).isEqualTo("customers.read");

    ApiCaller withKey = ApiCaller.withKey(httpsPort, key);
    assertThat(withKey.get("/api/v1/customers").statusCode()).isEqualTo(200);
    // the key's scopes, not its creator's: customers.write is not among them
    assertThat(withKey.post("/api/v1/customers", PERSON).statusCode()).isEqualTo(403);

    HttpResponse<String> listed = adminApi.get("/api/v1/api-keys");
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).contains(id).doesNotContain(key.substring(20));
    java.time.OffsetDateTime lastUse = jdbc.sql("select last_used_at from api_key where id = ?")
        .param(UUID.fromString(id)).query(java.time.OffsetDateTime.class).single();
    assertThat(lastUse).isNotNull();
    HttpResponse<String> me = withKey.get("/api/v1/me");
    assertThat(json(me).get("principal").asString()).isEqualTo("key:" + id);
    assertThat(json(me).get("permissions").toString()).isEqualTo("[\"customers.read\"]");
    assertThat(jdbc.sql("select last_used_at from api_key where id = ?").param(UUID.fromString(id))
        .query(java.time.OffsetDateTime.class).single()).as("written at most once a minute").isEqualTo(lastUse);
    assertThat(jdbc.sql("select secret_hash from api_key where id = ?").param(UUID.fromString(id))
        .query(String.class).single()).isEqualTo(SecretTokens.hash(key.substring(20))).doesNotContain(key.substring(20));

    assertThat(adminApi.delete("/api/v1/api-keys/" + id).statusCode()).isEqualTo(204);
    HttpResponse<String> refused = withKey.get("/api/v1/customers");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));

    assertThat(audited("api_key.created", id)).hasSize(1);
    assertThat(audited("api_key.revoked", id)).hasSize(1);
    assertThat(audited("api_key.refused", id)).singleElement().asString().contains("revoked");
    assertThat(jdbc.sql("select count(*) from audit_entry where details like ?").param("%" + key.substring(20) + "%")
        .query(Integer.class).single()).isZero();
    // a key that was never issued: 401, audited in the platform's chain
    assertThat(ApiCaller.withKey(httpsPort, "tl_0123456789abcdef_" + "A".repeat(43)).get("/api/v1/customers")
        .statusCode()).isEqualTo(401);
    // another tenant cannot revoke it (404)
    ApiCaller stranger = ApiCaller.as(httpsPort, TestClients.create(context, "users.manage"));
    assertThat(stranger.delete("/api/v1/api-keys/" + id).statusCode()).isEqualTo(404);
  }

  @Test
  void theAnswerCarryingTheKeyIsNeverKeptForAnIdempotentReplay() throws Exception {
    adminClient();
    String body = "{\"name\":\"retried\",\"scopes\":[\"customers.read\"]}";
    HttpResponse<String> first = adminApi.post("/api/v1/api-keys", body, "Idempotency-Key", "key-once-1");
    HttpResponse<String> retry = adminApi.post("/api/v1/api-keys", body, "Idempotency-Key", "key-once-1");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
    String key = json(first).get("key").asString();
    // the retry made a second key instead of replaying the first answer, which was stored nowhere
    assertThat(json(retry).get("key").asString()).isNotEqualTo(key);
    assertThat(jdbc.sql("select count(*) from idempotency_record where idem_key = ?").param("key-once-1")
        .query(Integer.class).single()).isZero();
  }

  @Test
  void anExpiredKeyIsRefused() throws Exception {
    adminClient();
    assertThat(adminApi.post("/api/v1/api-keys",
        "{\"name\":\"old\",\"scopes\":[\"customers.read\"],\"expiresAt\":\"2001-01-01T00:00:00Z\"}").statusCode())
        .isEqualTo(400);
    JsonNode created = create("{\"name\":\"short\",\"scopes\":[\"customers.read\"],\"expiresAt\":\"2099-01-01T00:00:00Z\"}");
    ApiCaller withKey = ApiCaller.withKey(httpsPort, created.get("key").asString());
    assertThat(withKey.get("/api/v1/customers").statusCode()).isEqualTo(200);

    UUID id = UUID.fromString(created.get("apiKey").get("id").asString());
    jdbc.sql("update api_key set expires_at = now() - interval '1 second' where id = ?").param(id).update();
    assertThat(withKey.get("/api/v1/customers").statusCode()).isEqualTo(401);
    assertThat(audited("api_key.refused", id.toString())).singleElement().asString().contains("expired");
  }

  @Test
  void aKeyIsRefusedFromAnAddressOutsideItsAllowList() throws Exception {
    adminClient();
    assertThat(adminApi.post("/api/v1/api-keys",
        "{\"name\":\"bad\",\"scopes\":[\"customers.read\"],\"allowedAddresses\":[\"not-an-address\"]}").statusCode())
        .isEqualTo(400);
    JsonNode elsewhere = create(
        "{\"name\":\"office\",\"scopes\":[\"customers.read\"],\"allowedAddresses\":[\"203.0.113.0/24\"]}");
    assertThat(ApiCaller.withKey(httpsPort, elsewhere.get("key").asString()).get("/api/v1/customers").statusCode())
        .isEqualTo(401);
    assertThat(audited("api_key.refused", elsewhere.get("apiKey").get("id").asString())).singleElement().asString()
        .contains("address_not_allowed");

    JsonNode here = create("{\"name\":\"local\",\"scopes\":[\"customers.read\"],"
        + "\"allowedAddresses\":[\"127.0.0.0/8\",\"::1/128\"]}");
    assertThat(ApiCaller.withKey(httpsPort, here.get("key").asString()).get("/api/v1/customers").statusCode())
        .isEqualTo(200);
  }

  @Test
  void aKeyNeverExceedsItsCreatorsRights() throws Exception {
    adminClient();
    // more than the creator holds: refused at creation
    assertThat(adminApi.post("/api/v1/api-keys", "{\"name\":\"greedy\",\"scopes\":[\"cases.approve\"]}").statusCode())
        .isEqualTo(403);
    assertThat(adminApi.post("/api/v1/api-keys", "{\"name\":\"junk\",\"scopes\":[\"everything\"]}").statusCode())
        .isEqualTo(400);
    // a key cannot make keys, not even one holding users.manage
    JsonNode manager = create("{\"name\":\"manager\",\"scopes\":[\"users.manage\"]}");
    HttpResponse<String> byKey = ApiCaller.withKey(httpsPort, manager.get("key").asString())
        .post("/api/v1/api-keys", "{\"name\":\"child\",\"scopes\":[\"users.manage\"]}");
    assertThat(byKey.statusCode()).isEqualTo(403);

    JsonNode reader = create("{\"name\":\"reader\",\"scopes\":[\"customers.read\"]}");
    ApiCaller withKey = ApiCaller.withKey(httpsPort, reader.get("key").asString());
    assertThat(adminApi.post("/api/v1/customers", PERSON).statusCode()).isEqualTo(201);
    assertThat(json(withKey.get("/api/v1/customers")).get("items")).hasSize(1);

    // the creator loses its dataset grants: the key sees no customer any more
    jdbc.sql("delete from access_grant where tenant_id = ? and principal_id like 'client:%'").param(tenant()).update();
    assertThat(json(withKey.get("/api/v1/customers")).get("items")).isEmpty();
    // the creator loses customers.read: the key loses it at once
    jdbc.sql("update api_client set scopes = 'users.manage' where tenant_id = ?").param(tenant()).update();
    assertThat(withKey.get("/api/v1/customers").statusCode()).isEqualTo(403);
    // the creator is deleted: the key is refused
    jdbc.sql("delete from api_client where tenant_id = ?").param(tenant()).update();
    assertThat(withKey.get("/api/v1/customers").statusCode()).isEqualTo(401);
  }

  @Test
  void aBurstPastTheTenantsLimitGets429WithRetryAfter() throws Exception {
    adminClient("settings.manage");
    HttpResponse<String> set = adminApi.put("/api/v1/rate-limits", "{\"perPrincipal\":3,\"perAddress\":1000}");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(json(set).get("perPrincipal").asInt()).isEqualTo(3);
    assertThat(adminApi.put("/api/v1/rate-limits", "{\"perPrincipal\":0,\"perAddress\":1000}").statusCode())
        .isEqualTo(400);

    ApiCaller withKey = ApiCaller.withKey(httpsPort, create("{\"name\":\"burst\",\"scopes\":[\"customers.read\"]}")
        .get("key").asString());
    for (int i = 0; i < 3; i++) {
      assertThat(withKey.get("/api/v1/customers").statusCode()).as("request " + i).isEqualTo(200);
    }
    HttpResponse<String> limited = withKey.get("/api/v1/customers");
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
    assertThat(limited.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    // another key of the tenant has a bucket of its own
    ApiCaller other = ApiCaller.withKey(httpsPort, create("{\"name\":\"other\",\"scopes\":[\"customers.read\"]}")
        .get("key").asString());
    assertThat(other.get("/api/v1/customers").statusCode()).isEqualTo(200);
  }
}
