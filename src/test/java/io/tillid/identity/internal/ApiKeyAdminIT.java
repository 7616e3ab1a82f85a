package io.tillid.identity.internal;

import static io.tillid.support.ApiCaller.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.access.internal.GrantTestSupport;
import io.tillid.support.ApiCaller;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestUsers;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The administrator's API keys and rate limits pages: a key made on the page is shown once, acts
 * for the administrator (a user) within its scopes, and is refused once revoked on the page.
 */
class ApiKeyAdminIT extends IntegrationTest {

  private static final Pattern KEY = Pattern.compile("tl_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");

  @Autowired
  ApplicationContext context;

  @Test
  void aKeyMadeOnThePageIsShownOnceActsForItsCreatorAndIsRevokedOnThePage() throws Exception {
    TestUsers.Created admin = TestUsers.create(context, "administrator");
    GrantTestSupport.giveAll(context, tenantIdOf(admin), userIdOf(admin));
    WebClient web = signedIn(admin);

    HttpResponse<String> made = web.submit("/admin/api-keys", "/admin/api-keys",
        Map.of("name", "crm sync", "scope", "customers.read", "expires", "2099-12-31"));
    assertThat(made.statusCode()).isEqualTo(200);
    Matcher shown = KEY.matcher(made.body());
    assertThat(shown.find()).as("the key is shown").isTrue();
    String key = shown.group();
    assertThat(web.get("/admin/api-keys").body()).contains("crm sync").doesNotContain(key);

    ApiCaller withKey = ApiCaller.withKey(httpsPort, key);
    HttpResponse<String> listed = withKey.get("/api/v1/customers");
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(json(listed).has("items")).isTrue();
    assertThat(withKey.get("/api/v1/api-keys").statusCode()).as("not among its scopes").isEqualTo(403);

    // a permission the administrator does not hold is refused on the page too
    assertThat(web.submit("/admin/api-keys", "/admin/api-keys", Map.of("name", "x", "scope", "no.such")).body())
        .doesNotContainPattern(KEY.pattern());

    UUID id = jdbc.sql("select id from api_key where tenant_id = ? and name = 'crm sync'").param(tenantIdOf(admin))
        .query(UUID.class).single();
    HttpResponse<String> revoked = web.submit("/admin/api-keys", "/admin/api-keys/" + id + "/revoke", Map.of());
    assertThat(revoked.statusCode()).isEqualTo(302);
    assertThat(withKey.get("/api/v1/customers").statusCode()).isEqualTo(401);

    // the creator is disabled: even an unrevoked key of theirs is refused
    HttpResponse<String> second = web.submit("/admin/api-keys", "/admin/api-keys",
        Map.of("name", "second", "scope", "customers.read"));
    Matcher again = KEY.matcher(second.body());
    assertThat(again.find()).isTrue();
    ApiCaller secondKey = ApiCaller.withKey(httpsPort, again.group());
    assertThat(secondKey.get("/api/v1/customers").statusCode()).isEqualTo(200);
    jdbc.sql("update app_user set status = 'disabled' where id = ?").param(userIdOf(admin)).update();
    assertThat(secondKey.get("/api/v1/customers").statusCode()).isEqualTo(401);
  }

  @Test
  void theRateLimitsPageSetsTheTenantsLimits() throws Exception {
    TestUsers.Created admin = TestUsers.create(context, "administrator");
    WebClient web = signedIn(admin);
    assertThat(web.get("/admin/rate-limits").statusCode()).isEqualTo(200);
    HttpResponse<String> saved = web.submit("/admin/rate-limits", "/admin/rate-limits",
        Map.of("perPrincipal", "42", "perAddress", "84"));
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(jdbc.sql("select per_principal || '/' || per_address from api_rate_limit where tenant_id = ?")
        .param(tenantIdOf(admin)).query(String.class).single()).isEqualTo("42/84");
    assertThat(web.get("/admin/rate-limits").body()).contains("value=\"42\"");
  }
}
