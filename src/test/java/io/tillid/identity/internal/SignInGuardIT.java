package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import static io.tillid.identity.internal.ImportFixture.admin;
import static io.tillid.identity.internal.ImportFixture.email;
import static io.tillid.identity.internal.ImportFixture.tenant;
import static io.tillid.identity.internal.ImportFixture.unique;
import static io.tillid.identity.internal.ImportFixture.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The brute-force defence over real HTTPS on PostgreSQL. */
class SignInGuardIT extends IntegrationTest {

  private static final String PASSWORD = "quiet lantern over harbour";

  @Autowired
  ImportProvisioning provisioning;
  @Autowired
  SignInGuardProperties properties;
  @Autowired
  TransactionTemplate transactions;
  @Autowired
  SignInAttempts attempts;

  private final String slug = unique("guard");
  private final String anna = email();
  private final String adminEmail = email();
  private UUID tenantId;
  private String annaId;
  private GuardWebClient web;

  @BeforeEach
  void provision() {
    ImportFixture.provision(provisioning, ImportFixture.write(ImportFixture.file(
        List.of(tenant(slug, "Guard Finans " + slug, List.of(user(anna, "Anna Berg", PASSWORD, "analyst")), List.of())),
        List.of(admin(adminEmail, "Ops Person", PASSWORD)))));
    tenantId = jdbc.sql("select id from tenant where slug = ?").param(slug).query(UUID.class).single();
    annaId = "user:" + jdbc.sql("select id from app_user where email = ?").param(anna).query(UUID.class).single();
    web = new GuardWebClient(httpsPort);
  }

  @Test
  void locksOutAfterFiveFailuresWithAGrowingWaitThenRefusesEvenTheRightPasswordAlike() throws Exception {
    for (int failure = 1; failure < LockoutPolicy.FAILURE_FACTOR; failure++) {
      assertThat(web.location(web.signIn(slug, anna, "wrong " + failure))).isEqualTo("/login?error");
      assertThat(row(annaId).failures()).isEqualTo(failure);
      assertThat(row(annaId).lockedUntil()).isNull();
      lastFailureSecondsAgo(annaId, 5); // a human's pace: the quick-failure check stays out of this
    }
    HttpResponse<String> wrong = web.signIn(slug, anna, "wrong 5");
    assertThat(wait(annaId)).isEqualTo(Duration.ofMinutes(1));
    web.signIn(slug, anna, "wrong 6");
    assertThat(wait(annaId)).isEqualTo(Duration.ofMinutes(2));
    web.signIn(slug, anna, "wrong 7");
    assertThat(wait(annaId)).isEqualTo(Duration.ofMinutes(4));

    HttpResponse<String> right = web.signIn(slug, anna, PASSWORD);
    assertSameAnswer(right, wrong);
    assertThat(web.location(web.get("/"))).isEqualTo("/login");
    assertThat(web.get("/login?error").body()).contains("Sign-in failed. Check your organisation, e-mail and password.");
    assertThat(row(annaId).failures()).isEqualTo(8);
    assertThat(audit(tenantId, "signin.locked")).isEqualTo(1);
    assertThat(jdbc.sql("""
        select details from audit_entry where tenant_id = ? and action = 'signin.failed' order by seq desc limit 1""")
        .param(tenantId).query(String.class).single()).contains("locked").doesNotContain(anna).doesNotContain("127.0.0.1");

    // the lockout runs out: the right password signs in and the failures are forgotten
    jdbc.sql("update sign_in_failure set locked_until = ?, last_failure_at = ? where account_key = ?")
        .param(OffsetDateTime.now().minusSeconds(1)).param(OffsetDateTime.now().minusSeconds(5)).param(annaId).update();
    assertThat(web.location(web.signIn(slug, anna, PASSWORD))).isEqualTo("/");
    assertThat(jdbc.sql("select count(*) from sign_in_failure where account_key = ?").param(annaId)
        .query(Integer.class).single()).isZero();
    assertThat(audit(tenantId, "signin.unlocked")).isEqualTo(1);
    assertThat(audit(tenantId, "signin.succeeded")).isEqualTo(1);
  }

  @Test
  void concurrentWrongPasswordsAreCountedExactly() throws Exception {
    int attempts = 16;
    List<GuardWebClient> clients = new ArrayList<>();
    List<String> forms = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      GuardWebClient client = new GuardWebClient(httpsPort);
      forms.add(GuardWebClient.csrf(client.get("/login").body()));
      clients.add(client);
    }
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      GuardWebClient client = clients.get(i);
      String csrf = forms.get(i);
      int n = i;
      results.add(pool.submit(() -> {
        start.await();
        return client.location(client.post("/login",
            java.util.Map.of("_csrf", csrf, "tenant", slug, "email", anna, "password", "wrong " + n)));
      }));
    }
    start.countDown();
    for (Future<String> result : results) {
      assertThat(result.get(2, TimeUnit.MINUTES)).isEqualTo("/login?error");
    }
    pool.shutdown();
    assertThat(row(annaId).failures()).isEqualTo(attempts);
    assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'signin.failed'")
        .param(tenantId).query(Integer.class).single()).isEqualTo(attempts);
  }

  @Test
  void unknownAccountsAreCountedAndLockedLikeRealOnesAndAuditedWithoutPersonalData() throws Exception {
    String ghost = email();
    GuardKey key = GuardKey.unknown(slug, ghost);
    List<String> requests = new ArrayList<>();
    for (int i = 0; i < LockoutPolicy.FAILURE_FACTOR; i++) {
      assertThat(web.location(web.signIn(slug, ghost, "guess " + i))).isEqualTo("/login?error");
      requests.add(web.lastRequestId());
      if (i == 0) {
        // the next attempt counts as within a second of this one, however slow the machine is today
        jdbc.sql("update sign_in_failure set last_failure_at = ? where account_key = ?")
            .param(OffsetDateTime.now().plusSeconds(30)).param(key.accountKey()).update();
      }
    }
    assertThat(row(key.accountKey()).failures()).isEqualTo(LockoutPolicy.FAILURE_FACTOR);
    assertThat(row(key.accountKey()).lockedUntil()).isNotNull();
    String first = platformEntry(requests.get(0), "signin.failed");
    assertThat(first).contains("unknown-account").doesNotContain(ghost).doesNotContain(slug).doesNotContain("127.0.0.1");
    // two failures within a second: the quick-failure check locked the (non-existent) account
    assertThat(platformEntry(requests.get(1), "signin.locked")).doesNotContain(ghost);
    assertThat(platformEntry(requests.get(4), "signin.failed")).contains("\"reason\":\"locked\"");
    assertThat(jdbc.sql("select count(*) from audit_entry where target_id like ? or details like ?")
        .param("%" + ghost + "%").param("%" + ghost + "%").query(Integer.class).single()).isZero();
  }

  @Test
  void platformAdminsAreGuardedToo() throws Exception {
    String adminId = "admin:" + jdbc.sql("select id from platform_admin where email = ?").param(adminEmail)
        .query(UUID.class).single();
    for (int i = 0; i < LockoutPolicy.FAILURE_FACTOR; i++) {
      web.signIn("platform", adminEmail, "wrong " + i);
    }
    assertThat(row(adminId).lockedUntil()).isNotNull();
    assertThat(web.location(web.signIn("platform", adminEmail, PASSWORD))).isEqualTo("/login?error");
  }

  @Test
  void secondFactorFailuresShareTheCounterAndSuccessForgetsThem() throws Exception {
    for (int i = 0; i < LockoutPolicy.FAILURE_FACTOR; i++) {
      TenantScope.run(new TenantId(tenantId), () -> attempts.failed(annaId));
    }
    assertThat(row(annaId).lockedUntil()).isNotNull();
    assertThat(web.location(web.signIn(slug, anna, PASSWORD))).isEqualTo("/login?error");
    TenantScope.run(new TenantId(tenantId), () -> attempts.succeeded(annaId));
    assertThat(web.location(web.signIn(slug, anna, PASSWORD))).isEqualTo("/");
  }

  @Test
  void anAddressWithTwentyFailuresInTenMinutesIsRefused() {
    AddressThrottle throttle = new AddressThrottle(jdbc, new SignInGuardProperties(20, Duration.ofMinutes(10)));
    String address = "198.51.100." + (1 + new java.util.Random().nextInt(250));
    Instant now = Instant.now();
    for (int i = 0; i < 19; i++) {
      transactions.executeWithoutResult(status -> throttle.failed(address, now));
    }
    assertThat(throttle.blocked(address, now)).isFalse();
    transactions.executeWithoutResult(status -> throttle.failed(address, now));
    assertThat(throttle.blocked(address, now)).isTrue();
    assertThat(throttle.blocked("198.51.100.251", now)).isFalse();
    // the window slides: ten minutes later the failures no longer count
    assertThat(throttle.blocked(address, now.plus(Duration.ofMinutes(11)))).isFalse();
    // IPv6 counts by /64
    assertThat(AddressThrottle.key("2001:db8:1:2::1")).isEqualTo(AddressThrottle.key("2001:db8:1:2:ffff::9"));
    assertThat(AddressThrottle.key("2001:db8:1:2::1")).isNotEqualTo(AddressThrottle.key("2001:db8:1:3::1"));
  }

  @Test
  void aThrottledAddressIsRefusedEvenWithTheRightPasswordAndTheSameAnswer() throws Exception {
    HttpResponse<String> wrong = web.signIn(slug, anna, "wrong");
    String key = AddressThrottle.key("127.0.0.1");
    OffsetDateTime minute = OffsetDateTime.now(java.time.ZoneOffset.UTC).withSecond(0).withNano(0);
    // earlier tests' failures from 127.0.0.1 may already fill that minute's row
    jdbc.sql("delete from sign_in_address_failure where address_key = ? and minute_start = ?").param(key)
        .param(minute.minusMinutes(3)).update();
    jdbc.sql("insert into sign_in_address_failure (address_key, minute_start, failures) values (?, ?, ?)")
        .param(key).param(minute.minusMinutes(3)).param(properties.addressFailureLimit()).update();
    try {
      lastFailureSecondsAgo(annaId, 5);
      assertSameAnswer(web.signIn(slug, anna, PASSWORD), wrong);
      assertThat(web.location(web.get("/"))).isEqualTo("/login");
      assertThat(jdbc.sql("select details from audit_entry where tenant_id = ? order by seq desc limit 1")
          .param(tenantId).query(String.class).single()).contains("address-throttled");
    } finally {
      jdbc.sql("delete from sign_in_address_failure where address_key = ?").param(key).update();
    }
    lastFailureSecondsAgo(annaId, 5);
    assertThat(web.location(web.signIn(slug, anna, PASSWORD))).isEqualTo("/");
  }

  private void assertSameAnswer(HttpResponse<String> refused, HttpResponse<String> wrong) {
    assertThat(refused.statusCode()).isEqualTo(wrong.statusCode());
    assertThat(refused.headers().firstValue("Location")).isEqualTo(wrong.headers().firstValue("Location"));
    assertThat(refused.body()).isEqualTo(wrong.body());
    assertThat(refused.headers().map().keySet()).isEqualTo(wrong.headers().map().keySet());
  }

  private GuardState row(String accountKey) {
    return jdbc.sql("select failures, last_failure_at, locked_until from sign_in_failure where account_key = ?")
        .param(accountKey)
        .query((rs, i) -> new GuardState(rs.getInt(1), instant(rs.getObject(2, OffsetDateTime.class)),
            instant(rs.getObject(3, OffsetDateTime.class))))
        .single();
  }

  private Duration wait(String accountKey) {
    GuardState state = row(accountKey);
    return Duration.between(state.lastFailureAt(), state.lockedUntil());
  }

  private void lastFailureSecondsAgo(String accountKey, int seconds) {
    jdbc.sql("update sign_in_failure set last_failure_at = ? where account_key = ?")
        .param(OffsetDateTime.now().minusSeconds(seconds)).param(accountKey).update();
  }

  private String platformEntry(String requestId, String action) {
    return jdbc.sql("select details from audit_entry where tenant_id = ? and action = ? and details like ?")
        .param(new UUID(0, 0)).param(action).param("%" + requestId + "%").query(String.class).single();
  }

  private int audit(UUID tenant, String action) {
    return jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = ?").param(tenant).param(action)
        .query(Integer.class).single();
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
