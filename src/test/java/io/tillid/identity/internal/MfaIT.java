package io.tillid.identity.internal;

import io.tillid.platform.TenantScope;
import static io.tillid.identity.internal.ImportFixture.admin;
import static io.tillid.identity.internal.ImportFixture.email;
import static io.tillid.identity.internal.ImportFixture.tenant;
import static io.tillid.identity.internal.ImportFixture.unique;
import static io.tillid.identity.internal.ImportFixture.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.platform.TenantId;
import io.tillid.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two-step sign-in over real HTTPS on PostgreSQL. */
class MfaIT extends IntegrationTest {

  private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<");
  private static final Pattern CODE = Pattern.compile("<code>([A-Z2-7]{5}-[A-Z2-7]{5})</code>");

  @Autowired
  ImportProvisioning provisioning;
  @Autowired
  MfaReset reset;

  private final String slug = unique("mfa");
  private final String anna = email();
  private final String adminEmail = email();
  private WebClient web;

  @BeforeEach
  void provision() {
    ImportFixture.provision(provisioning, ImportFixture.write(ImportFixture.file(
        List.of(tenant(slug, "MFA Finans " + slug, List.of(user(anna, "Anna Berg", "correct horse battery", "analyst")),
            List.of())),
        List.of(admin(adminEmail, "Ops Person", "admin password 1")))));
    web = new WebClient(httpsPort);
  }

  @Test
  void withoutMfaThePasswordIsEnough() throws Exception {
    assertThat(web.signIn(slug, anna, "correct horse battery")).isEqualTo("/");
    assertThat(web.get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void enrolledUsersNeedTheSecondStepAndACodeWorksOnlyOnce() throws Exception {
    web.signIn(slug, anna, "correct horse battery");
    Enrolled enrolled = enrol(web, "/mfa/enrol");
    assertThat(enrolled.recoveryCodes()).hasSize(10);
    assertThat(audit("mfa.totp.enrolled")).isEqualTo(1);

    WebClient second = new WebClient(httpsPort);
    assertThat(second.signIn(slug, anna, "correct horse battery")).isEqualTo("/");
    assertThat(second.location(second.get("/"))).isEqualTo("/mfa");
    assertThat(second.location(second.get("/account/security"))).isEqualTo("/mfa");
    String code = Totp.code(enrolled.secret(), Totp.step(Instant.now()) + 1, 6);
    assertThat(second.location(second.submit("/mfa", "/mfa/totp", Map.of("code", code)))).isEqualTo("/");
    assertThat(second.get("/").statusCode()).isEqualTo(200);

    WebClient replay = new WebClient(httpsPort);
    replay.signIn(slug, anna, "correct horse battery");
    assertThat(replay.location(replay.submit("/mfa", "/mfa/totp", Map.of("code", code)))).isEqualTo("/mfa?error");
    assertThat(replay.location(replay.get("/"))).isEqualTo("/mfa");
    assertThat(audit("mfa.second_step.failed")).isEqualTo(1);
    assertThat(audit("mfa.second_step.succeeded")).isEqualTo(1);
  }

  @Test
  void theTotpSecretIsStoredEncryptedAndAnOldClearOneIsSealedAtItsNextUse() throws Exception {
    web.signIn(slug, anna, "correct horse battery");
    Enrolled enrolled = enrol(web, "/mfa/enrol");
    UUID tenantId = jdbc.sql("select id from tenant where slug = ?").param(slug).query(UUID.class).single();
    String clear = Base32.encode(enrolled.secret());
    assertThat(jdbc.sql("select count(*) from mfa_totp where tenant_id = ? and secret is null").param(tenantId)
        .query(Integer.class).single()).isOne();
    byte[] sealed = jdbc.sql("select secret_enc from mfa_totp where tenant_id = ?").param(tenantId)
        .query(byte[].class).single();
    assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(clear);

    // a row as an earlier version wrote it, in clear: still accepted, then sealed
    jdbc.sql("update mfa_totp set secret = ?, secret_enc = null, id = null where tenant_id = ?").params(clear, tenantId)
        .update();
    WebClient later = new WebClient(httpsPort);
    later.signIn(slug, anna, "correct horse battery");
    String code = Totp.code(enrolled.secret(), Totp.step(Instant.now()) + 1, 6);
    assertThat(later.location(later.submit("/mfa", "/mfa/totp", Map.of("code", code)))).isEqualTo("/");
    assertThat(jdbc.sql("select count(*) from mfa_totp where tenant_id = ? and secret is null and secret_enc is not null"
        + " and id is not null").param(tenantId).query(Integer.class).single()).isOne();
  }

  @Test
  void aRecoveryCodeWorksOnce() throws Exception {
    web.signIn(slug, anna, "correct horse battery");
    String code = enrol(web, "/mfa/enrol").recoveryCodes().get(3);

    WebClient first = new WebClient(httpsPort);
    first.signIn(slug, anna, "correct horse battery");
    assertThat(first.location(first.submit("/mfa", "/mfa/recovery", Map.of("code", code.toLowerCase())))).isEqualTo("/");
    WebClient again = new WebClient(httpsPort);
    again.signIn(slug, anna, "correct horse battery");
    assertThat(again.location(again.submit("/mfa", "/mfa/recovery", Map.of("code", code)))).isEqualTo("/mfa?error");
    assertThat(audit("mfa.recovery.used")).isEqualTo(1);
  }

  @Test
  void knowingThePasswordDoesNotResetTheCountWhileCodesAreGuessed() throws Exception {
    web.signIn(slug, anna, "correct horse battery");
    Enrolled enrolled = enrol(web, "/mfa/enrol");

    for (int guess = 0; guess < 5; guess++) {
      WebClient attacker = new WebClient(httpsPort);
      String next = attacker.signIn(slug, anna, "correct horse battery");
      if (!next.equals("/")) {
        break; // already locked: the password is refused like a wrong one
      }
      assertThat(attacker.location(attacker.submit("/mfa", "/mfa/totp", Map.of("code", "000000"))))
          .isEqualTo("/mfa?error");
    }

    WebClient owner = new WebClient(httpsPort);
    assertThat(owner.signIn(slug, anna, "correct horse battery")).isEqualTo("/login?error");
    assertThat(jdbc.sql("select count(*) from audit_entry where action = 'signin.locked' and target_id = ?")
        .param(jdbc.sql("select id from app_user where email = ?").param(anna).query(java.util.UUID.class).single()
            .toString())
        .query(Integer.class).single()).isPositive();
    assertThat(enrolled.secret()).isNotEmpty();
  }

  @Test
  void regeneratedRecoveryCodesReplaceTheOldOnes() throws Exception {
    web.signIn(slug, anna, "correct horse battery");
    String old = enrol(web, "/mfa/enrol").recoveryCodes().get(0);
    HttpResponse<String> fresh = web.submit("/account/security", "/account/security/recovery-codes", Map.of());
    List<String> codes = codes(fresh.body());
    assertThat(codes).hasSize(10).doesNotContain(old);
    assertThat(audit("mfa.recovery.regenerated")).isEqualTo(1);

    WebClient next = new WebClient(httpsPort);
    next.signIn(slug, anna, "correct horse battery");
    assertThat(next.location(next.submit("/mfa", "/mfa/recovery", Map.of("code", old)))).isEqualTo("/mfa?error");
    assertThat(next.location(next.submit("/mfa", "/mfa/recovery", Map.of("code", codes.get(0))))).isEqualTo("/");
  }

  @Test
  void aTenantThatRequiresMfaSendsUsersToEnrolmentFirst() throws Exception {
    jdbc.sql("update tenant set require_mfa = true where slug = ?").param(slug).update();
    assertThat(web.signIn(slug, anna, "correct horse battery")).isEqualTo("/");
    assertThat(web.location(web.get("/"))).isEqualTo("/mfa/enrol");
    assertThat(web.location(web.get("/account/security"))).isEqualTo("/mfa/enrol");
    assertThat(web.location(web.get("/mfa"))).isEqualTo("/mfa/enrol");
    enrol(web, "/mfa/enrol");
    assertThat(web.get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void platformAdminsMustEnrolBeforeAnythingElse() throws Exception {
    assertThat(web.signIn("platform", adminEmail, "admin password 1")).isEqualTo("/");
    assertThat(web.location(web.get("/"))).isEqualTo("/mfa/enrol");
    HttpResponse<String> wrong = web.submit("/mfa/enrol", "/mfa/enrol", Map.of("code", "000000"));
    assertThat(web.location(wrong)).isEqualTo("/mfa/enrol?error");
    assertThat(web.location(web.get("/"))).isEqualTo("/mfa/enrol");
    enrol(web, "/mfa/enrol");
    assertThat(web.get("/").body()).contains("the Tillid platform");
    assertThat(jdbc.sql("select count(*) from mfa_totp where tenant_id = ? and (secret is not null or secret_enc is null)")
        .param(TenantId.PLATFORM.value()).query(Integer.class).single()).isZero();
  }

  @Test
  void aResetRemovesEveryFactorAndIsAudited() throws Exception {
    web.signIn(slug, anna, "correct horse battery");
    enrol(web, "/mfa/enrol");
    UUID tenantId = jdbc.sql("select id from tenant where slug = ?").param(slug).query(UUID.class).single();
    UUID userId = jdbc.sql("select id from app_user where tenant_id = ? and email = ?").params(tenantId, anna)
        .query(UUID.class).single();
    TenantScope.run(new TenantId(tenantId), () -> reset.reset(new TenantId(tenantId), userId, "user:" + UUID.randomUUID()));

    assertThat(new WebClient(httpsPort).signIn(slug, anna, "correct horse battery")).isEqualTo("/");
    WebClient after = new WebClient(httpsPort);
    after.signIn(slug, anna, "correct horse battery");
    assertThat(after.get("/").statusCode()).isEqualTo(200);
    assertThat(jdbc.sql("select count(*) from mfa_recovery_code where tenant_id = ?").param(tenantId)
        .query(Integer.class).single()).isZero();
    assertThat(jdbc.sql("select target_id from audit_entry where tenant_id = ? and action = 'mfa.reset'")
        .param(tenantId).query(String.class).single()).isEqualTo(userId.toString());
  }

  @Test
  void whilePendingOnlyTheSecondStepIsOpen() throws Exception {
    web.signIn(slug, anna, "correct horse battery");
    enrol(web, "/mfa/enrol");
    WebClient late = new WebClient(httpsPort);
    late.signIn(slug, anna, "correct horse battery");
    assertThat(late.get("/mfa").statusCode()).isEqualTo(200);
    // nothing but the second step is open meanwhile
    assertThat(late.location(late.get("/account/security"))).isEqualTo("/mfa");
  }

  private record Enrolled(byte[] secret, List<String> recoveryCodes) {}

  private Enrolled enrol(WebClient client, String page) throws Exception {
    HttpResponse<String> form = client.get(page);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("otpauth://totp/").contains("data:image/png;base64,");
    Matcher matcher = SECRET.matcher(form.body());
    assertThat(matcher.find()).isTrue();
    byte[] secret = Base32.decode(matcher.group(1));
    String code = Totp.code(secret, Totp.step(Instant.now()), 6);
    HttpResponse<String> done = client.submit(page, "/mfa/enrol", Map.of("code", code));
    assertThat(done.statusCode()).isEqualTo(200);
    return new Enrolled(secret, codes(done.body()));
  }

  private static List<String> codes(String html) {
    List<String> codes = new ArrayList<>();
    Matcher matcher = CODE.matcher(html);
    while (matcher.find()) {
      codes.add(matcher.group(1));
    }
    return codes;
  }

  private int audit(String action) {
    return jdbc.sql("select count(*) from audit_entry a join tenant t on t.id = a.tenant_id "
        + "where t.slug = ? and a.action = ?").params(slug, action).query(Integer.class).single();
  }
}
