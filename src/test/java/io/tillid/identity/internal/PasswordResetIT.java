package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.IntegrationTest;
import io.tillid.support.MailBox;
import io.tillid.support.TestUsers;
import io.tillid.support.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** "Forgot password?" end to end over HTTPS: request, mail through GreenMail, the link, sign-in. */
class PasswordResetIT extends IntegrationTest {

  private static final String NEW_PASSWORD = "a violet tractor sings at dawn";

  @Autowired
  ApplicationContext context;

  private TestUsers.Created user;
  private UUID tenant;
  private UUID userId;
  private WebSession web;

  @BeforeEach
  void freshUser() {
    user = TestUsers.create(context, "analyst");
    tenant = jdbc.sql("select id from tenant where slug = ?").param(user.tenantSlug()).query(UUID.class).single();
    userId = jdbc.sql("select id from app_user where tenant_id = ? and email = ?").params(tenant, user.email())
        .query(UUID.class).single();
    web = new WebSession(httpsPort);
  }

  @Test
  void aResetLinkSetsANewPasswordOnceAndTheOldOneStopsWorking() throws Exception {
    String link = requestLink(web);
    assertThat(link).startsWith("https://localhost:").contains("/password/reset/");
    String path = link.substring(link.indexOf("/password/reset/"));
    String token = path.substring("/password/reset/".length());
    assertThat(jdbc.sql("select count(*) from password_token where token_hash = ?").param(token).query(Long.class)
        .single()).as("the token itself is never stored").isZero();
    assertThat(jdbc.sql("select count(*) from password_token where token_hash = ?").param(SecretTokens.hash(token))
        .query(Long.class).single()).isEqualTo(1);

    HttpResponse<String> form = web.get(path);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("name=\"password\"", "hx-post=\"/password/strength\"");

    HttpResponse<String> refused = web.submit(path, path, Map.of("password", "too short"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Use at least 15 characters.").doesNotContain("too short");
    HttpResponse<String> containsEmail = web.submit(path, path, Map.of("password", "my " + user.email() + " pass"));
    assertThat(containsEmail.body()).contains("must not contain your e-mail address");

    assertThat(web.location(web.submit(path, path, Map.of("password", NEW_PASSWORD))))
        .isEqualTo("/login?passwordReset");
    assertThat(new WebSession(httpsPort).signIn(user.tenantSlug(), user.email(), NEW_PASSWORD)).isEqualTo("/");
    assertThat(new WebSession(httpsPort).signIn(user.tenantSlug(), user.email(), user.password()))
        .isEqualTo("/login?error");

    HttpResponse<String> again = web.get(path);
    assertThat(again.statusCode()).isEqualTo(410);
    assertThat(again.body()).contains("invalid, has expired or has already been used");
    assertThat(web.post(path, Map.of("_csrf", WebSession.csrf(web.get("/password/forgot").body()),
        "password", "yet another long passphrase")).statusCode()).isEqualTo(410);
    assertThat(new WebSession(httpsPort).signIn(user.tenantSlug(), user.email(), NEW_PASSWORD)).isEqualTo("/");

    assertThat(audit("password.reset.requested")).containsExactly("anonymous|user|" + userId);
    assertThat(audit("password.reset")).containsExactly("user:" + userId + "|user|" + userId);
  }

  @Test
  void atMostThreeResetMailsAnHourReachAnAccount() throws Exception {
    for (int n = 1; n <= 3; n++) {
      requestLink(web, n);
    }
    web.submit("/password/forgot", "/password/forgot", Map.of("tenant", user.tenantSlug(), "email", user.email()));
    web.submit("/password/forgot", "/password/forgot", Map.of("tenant", user.tenantSlug(), "email", user.email()));

    Thread.sleep(1_000); // give a wrongly sent fourth mail the chance to arrive
    assertThat(MailBox.to(mail(), user.email())).hasSize(3);
    assertThat(audit("password.reset.throttled")).hasSize(2);
  }

  @Test
  void usingOneLinkInvalidatesTheUsersOtherOpenLinks() throws Exception {
    String first = requestLink(web);
    String second = requestLink(web, 2);
    String firstPath = first.substring(first.indexOf("/password/reset/"));
    String secondPath = second.substring(second.indexOf("/password/reset/"));
    assertThat(firstPath).isNotEqualTo(secondPath);

    assertThat(web.location(web.submit(secondPath, secondPath, Map.of("password", NEW_PASSWORD))))
        .isEqualTo("/login?passwordReset");
    assertThat(web.get(firstPath).statusCode()).isEqualTo(410);
    assertThat(jdbc.sql("select count(*) from password_token where tenant_id = ? and user_id = ?")
        .params(tenant, userId).query(Long.class).single()).isZero();
  }

  @Test
  void anExpiredOrUnknownLinkChangesNothing() throws Exception {
    String link = requestLink(web);
    String path = link.substring(link.indexOf("/password/reset/"));
    jdbc.sql("update password_token set expires_at = created_at - interval '1 minute' where tenant_id = ? "
        + "and user_id = ?").params(tenant, userId).update();
    String hashBefore = hash();

    assertThat(web.get(path).statusCode()).isEqualTo(410);
    HttpResponse<String> posted = web.post(path, Map.of("_csrf", WebSession.csrf(web.get("/password/forgot").body()),
        "password", NEW_PASSWORD));
    assertThat(posted.statusCode()).isEqualTo(410);
    assertThat(posted.body()).contains("Nothing was changed.");
    assertThat(web.get("/password/reset/" + SecretTokens.newToken()).statusCode()).isEqualTo(410);
    assertThat(web.get("/password/reset/not-a-token").statusCode()).isEqualTo(410);
    assertThat(hash()).isEqualTo(hashBefore);
    assertThat(audit("password.reset")).isEmpty();
  }

  @Test
  void unknownAccountsGetTheSameAnswerNoMailAndNoAuditEntry() throws Exception {
    String stranger = "nobody-" + UUID.randomUUID() + "@example.org";
    HttpResponse<String> answer = web.submit("/password/forgot", "/password/forgot",
        Map.of("tenant", user.tenantSlug(), "email", stranger));
    assertThat(web.location(answer)).isEqualTo("/password/forgot?sent");
    HttpResponse<String> wrongTenant = web.submit("/password/forgot", "/password/forgot",
        Map.of("tenant", "no-such-" + UUID.randomUUID().toString().substring(0, 8), "email", user.email()));
    assertThat(web.location(wrongTenant)).isEqualTo("/password/forgot?sent");
    assertThat(web.get("/password/forgot?sent").body()).contains("If an account exists for these details");

    Thread.sleep(500);
    assertThat(MailBox.to(mail(), stranger)).isEmpty();
    assertThat(MailBox.to(mail(), user.email())).isEmpty();
    assertThat(audit("password.reset.requested")).isEmpty();
  }

  @Test
  void knownAndUnknownAccountsTakeAboutAsLong() throws Exception {
    requestLink(web);
    long known = 0;
    long unknown = 0;
    for (int i = 0; i < 3; i++) {
      known += timed(user.email());
      unknown += timed("nobody-" + UUID.randomUUID() + "@example.org");
    }
    assertThat(known / 3).isGreaterThanOrEqualTo(ForgotPasswordController.LEAST_TIME.toMillis());
    assertThat(unknown / 3).isGreaterThanOrEqualTo(ForgotPasswordController.LEAST_TIME.toMillis());
    assertThat(Math.abs(known - unknown) / 3).as("mean difference in ms").isLessThan(150);
  }

  @Test
  void theMailIsInDanishWhenTheBrowserPrefersDanish() throws Exception {
    WebSession danish = new WebSession(httpsPort, "da-DK,da;q=0.9,en;q=0.5");
    danish.submit("/password/forgot", "/password/forgot", Map.of("tenant", user.tenantSlug(), "email", user.email()));
    MailBox.Mail mail = MailBox.await(mail(), user.email(), 1).get(0);
    assertThat(mail.subject()).isEqualTo("Nulstil din adgangskode til Tillid");
    assertThat(mail.text()).contains("inden for 30 minutter", user.tenantName());
    assertThat(danish.get("/password/forgot?sent").body()).contains("Hvis der findes en konto");
  }

  private long timed(String email) throws Exception {
    WebSession fresh = new WebSession(httpsPort);
    HttpResponse<String> form = fresh.get("/password/forgot");
    long started = System.nanoTime();
    fresh.post("/password/forgot", Map.of("_csrf", WebSession.csrf(form.body()), "tenant", user.tenantSlug(),
        "email", email));
    return (System.nanoTime() - started) / 1_000_000;
  }

  private String requestLink(WebSession session) throws Exception {
    return requestLink(session, 1);
  }

  private String requestLink(WebSession session, int nth) throws Exception {
    HttpResponse<String> answer = session.submit("/password/forgot", "/password/forgot",
        Map.of("tenant", user.tenantSlug(), "email", user.email().toUpperCase(java.util.Locale.ROOT)));
    assertThat(session.location(answer)).isEqualTo("/password/forgot?sent");
    List<MailBox.Mail> mails = MailBox.await(mail(), user.email(), nth);
    MailBox.Mail mail = mails.get(nth - 1);
    assertThat(mail.subject()).isEqualTo("Reset your Tillid password");
    assertThat(mail.text()).contains("within 30 minutes", user.tenantName());
    return mail.link("/password/reset/");
  }

  private String hash() {
    return jdbc.sql("select password_hash from app_user where tenant_id = ? and id = ?").params(tenant, userId)
        .query(String.class).single();
  }

  private List<String> audit(String action) {
    return jdbc.sql("select actor || '|' || target_type || '|' || target_id from audit_entry "
            + "where tenant_id = ? and action = ? order by seq")
        .params(tenant, action).query(String.class).list();
  }
}
