package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.IntegrationTest;
import io.tillid.support.TestUsers;
import io.tillid.support.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** A signed-in person changes their password; weaker stored hashes are upgraded on sign-in. */
class PasswordChangeIT extends IntegrationTest {

  private static final String NEW_PASSWORD = "a violet tractor sings at dawn";

  @Autowired
  ApplicationContext context;

  @Test
  void changingNeedsTheCurrentPasswordAndThePolicy() throws Exception {
    TestUsers.Created user = TestUsers.create(context, "analyst");
    WebSession web = new WebSession(httpsPort);
    assertThat(web.signIn(user.tenantSlug(), user.email(), user.password())).isEqualTo("/");
    assertThat(web.get("/").body()).contains("href=\"/password/change\"");

    HttpResponse<String> wrongCurrent = web.submit("/password/change", "/password/change",
        Map.of("currentPassword", "not my password at all", "password", NEW_PASSWORD));
    assertThat(wrongCurrent.body()).contains("The current password is not correct.");
    HttpResponse<String> blocklisted = web.submit("/password/change", "/password/change",
        Map.of("currentPassword", user.password(), "password", "1qaz2wsx3edc4rfv"));
    assertThat(blocklisted.body()).contains("too common or has appeared in a data breach")
        .doesNotContain("1qaz2wsx3edc4rfv");

    assertThat(web.location(web.submit("/password/change", "/password/change",
        Map.of("currentPassword", user.password(), "password", NEW_PASSWORD)))).isEqualTo("/password/change?changed");
    assertThat(web.get("/password/change?changed").body()).contains("Your password has been changed.");
    assertThat(new WebSession(httpsPort).signIn(user.tenantSlug(), user.email(), NEW_PASSWORD)).isEqualTo("/");
    assertThat(new WebSession(httpsPort).signIn(user.tenantSlug(), user.email(), user.password()))
        .isEqualTo("/login?error");
    UUID tenant = jdbc.sql("select id from tenant where slug = ?").param(user.tenantSlug()).query(UUID.class).single();
    assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'password.changed' "
        + "and actor like 'user:%' and target_type = 'user'").param(tenant).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void theChangePageNeedsSignIn() throws Exception {
    assertThat(new WebSession(httpsPort).location(new WebSession(httpsPort).get("/password/change")))
        .isEqualTo("/login");
  }

  @Test
  void aWeakerStoredHashIsUpgradedOnSignIn() throws Exception {
    TestUsers.Created user = TestUsers.create(context, "analyst");
    String weak = new Argon2PasswordEncoder(16, 32, 1, 4_096, 1).encode(user.password());
    jdbc.sql("update app_user set password_hash = ? where email = ?").params(weak, user.email()).update();

    assertThat(new WebSession(httpsPort).signIn(user.tenantSlug(), user.email(), user.password())).isEqualTo("/");

    String upgraded = jdbc.sql("select password_hash from app_user where email = ?").param(user.email())
        .query(String.class).single();
    assertThat(upgraded).startsWith("$argon2id$v=19$m=19456,t=5,p=1$").isNotEqualTo(weak);
    assertThat(new WebSession(httpsPort).signIn(user.tenantSlug(), user.email(), user.password())).isEqualTo("/");
  }

  @Test
  void aPlatformAdminsWeakerHashIsUpgradedToo() throws Exception {
    String email = "ops-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    String password = "an operator passphrase here";
    UUID id = UUID.randomUUID();
    jdbc.sql("insert into platform_admin (id, email, display_name, password_hash, status, created_at, updated_at) "
            + "values (?, ?, 'Ops', ?, 'active', now(), now())")
        .params(id, email, new Argon2PasswordEncoder(16, 32, 1, 8_192, 2).encode(password)).update();

    assertThat(new WebSession(httpsPort).signIn("platform", email, password)).isEqualTo("/");

    assertThat(jdbc.sql("select password_hash from platform_admin where id = ?").param(id).query(String.class).single())
        .startsWith("$argon2id$v=19$m=19456,t=5,p=1$");
  }
}
