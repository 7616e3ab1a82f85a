package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.IntegrationTest;
import io.tillid.support.TestUsers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Sessions in PostgreSQL: fixation, idle and absolute expiry, listing and ending them. */
class SessionsIT extends IntegrationTest {

  private static final Pattern ROW = Pattern.compile("<tr data-session=\"([A-Za-z0-9_-]+)\">(.*?)</tr>", Pattern.DOTALL);
  private static final long MINUTE = 60_000L;

  @Autowired
  ApplicationContext context;
  @Autowired
  SessionTermination termination;

  private TestUsers.Created user;
  private String principalId;
  private UUID tenantId;

  @BeforeEach
  void provision() {
    user = TestUsers.create(context, "analyst");
    tenantId = jdbc.sql("select id from tenant where slug = ?").param(user.tenantSlug()).query(UUID.class).single();
    principalId = "user:" + jdbc.sql("select id from app_user where email = ?").param(user.email()).query(UUID.class)
        .single();
  }

  private GuardWebClient signedIn() throws Exception {
    GuardWebClient web = new GuardWebClient(httpsPort);
    assertThat(web.location(web.signIn(user.tenantSlug(), user.email(), user.password()))).isEqualTo("/");
    return web;
  }

  @Test
  void signingInGivesANewSessionId() throws Exception {
    GuardWebClient web = new GuardWebClient(httpsPort);
    web.get("/login");
    String before = web.sessionCookie();
    assertThat(before).isNotNull();
    assertThat(web.location(web.signIn(user.tenantSlug(), user.email(), user.password()))).isEqualTo("/");
    assertThat(web.sessionCookie()).isNotNull().isNotEqualTo(before);
    assertThat(jdbc.sql("select principal_name from spring_session where session_id = ?").param(web.sessionId())
        .query(String.class).single()).isEqualTo(principalId);
  }

  @Test
  void aSessionIdleForMoreThanThirtyMinutesHasEnded() throws Exception {
    GuardWebClient web = signedIn();
    assertThat(web.get("/").statusCode()).isEqualTo(200);
    jdbc.sql("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ? "
        + "where session_id = ?").param(31 * MINUTE).param(31 * MINUTE).param(web.sessionId()).update();
    assertThat(web.location(web.get("/"))).isEqualTo("/login");
  }

  @Test
  void aSessionEndsTwelveHoursAfterItBeganHoweverBusy() throws Exception {
    GuardWebClient web = signedIn();
    String sessionId = web.sessionId();
    jdbc.sql("update spring_session set creation_time = creation_time - ? where session_id = ?")
        .param(11 * 60 * MINUTE + 59 * MINUTE).param(sessionId).update();
    assertThat(web.get("/").statusCode()).isEqualTo(200);
    jdbc.sql("update spring_session set creation_time = creation_time - ? where session_id = ?")
        .param(2 * MINUTE).param(sessionId).update();
    assertThat(web.location(web.get("/"))).isEqualTo("/login?expired");
    assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?").param(sessionId)
        .query(Integer.class).single()).isZero();
    assertThat(web.location(web.get("/"))).isEqualTo("/login");
    assertThat(web.get("/login?expired").body()).contains("Your sign-in has expired.");
  }

  @Test
  void listsTheUsersSessionsWithoutTheirIdsAndEndsOneOfThem() throws Exception {
    GuardWebClient laptop = signedIn();
    GuardWebClient phone = signedIn();
    HttpResponse<String> page = laptop.get("/sessions");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain(laptop.sessionId()).doesNotContain(phone.sessionId())
        .doesNotContain(laptop.sessionCookie()).doesNotContain(phone.sessionCookie());
    List<String[]> rows = rows(page.body());
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)[1]).contains("This session");
    assertThat(rows.get(1)[1]).doesNotContain("This session");

    HttpResponse<String> ended = laptop.post("/sessions/end",
        Map.of("_csrf", GuardWebClient.csrf(page.body()), "session", rows.get(1)[0]));
    assertThat(laptop.location(ended)).isEqualTo("/sessions");
    assertThat(phone.location(phone.get("/"))).isEqualTo("/login");
    assertThat(laptop.get("/").statusCode()).isEqualTo(200);
    assertThat(rows(laptop.get("/sessions").body())).hasSize(1);
    assertThat(audit("session.ended")).isEqualTo(1);
  }

  @Test
  void endingTheCurrentSessionSignsOut() throws Exception {
    GuardWebClient web = signedIn();
    String body = web.get("/sessions").body();
    String handle = rows(body).get(0)[0];
    assertThat(web.location(web.post("/sessions/end", Map.of("_csrf", GuardWebClient.csrf(body), "session", handle))))
        .isEqualTo("/login?signedOut");
    assertThat(web.location(web.get("/"))).isEqualTo("/login");
  }

  @Test
  void anotherUsersSessionCannotBeEndedByItsHandle() throws Exception {
    GuardWebClient web = signedIn();
    TestUsers.Created other = TestUsers.create(context, "analyst");
    GuardWebClient stranger = new GuardWebClient(httpsPort);
    stranger.signIn(other.tenantSlug(), other.email(), other.password());
    String body = stranger.get("/sessions").body();
    String victimHandle = SessionHandles.of(web.sessionId());
    stranger.post("/sessions/end", Map.of("_csrf", GuardWebClient.csrf(body), "session", victimHandle));
    assertThat(web.get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void anAdministratorEndsAllSessionsOfAUser() throws Exception {
    GuardWebClient laptop = signedIn();
    GuardWebClient phone = signedIn();
    String admin = "user:" + UUID.randomUUID();
    assertThat(TenantScope.call(new TenantId(tenantId), () -> termination.endAll(principalId, admin))).isEqualTo(2);
    assertThat(laptop.location(laptop.get("/"))).isEqualTo("/login");
    assertThat(phone.location(phone.get("/"))).isEqualTo("/login");
    assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'session.ended' "
        + "and actor = ? and target_id = ?").param(tenantId).param(admin).param(principalId.substring(5))
        .query(Integer.class).single()).isEqualTo(2);
  }

  @Test
  void signInAndSignOutAreAudited() throws Exception {
    GuardWebClient web = signedIn();
    String body = web.get("/").body();
    assertThat(web.location(web.post("/logout", Map.of("_csrf", GuardWebClient.csrf(body))))).isEqualTo("/login?signedOut");
    assertThat(audit("signin.succeeded")).isEqualTo(1);
    assertThat(audit("signout")).isEqualTo(1);
  }

  private int audit(String action) {
    return jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = ? and target_id = ?")
        .param(tenantId).param(action).param(principalId.substring(5)).query(Integer.class).single();
  }

  private static List<String[]> rows(String html) {
    List<String[]> rows = new ArrayList<>();
    Matcher matcher = ROW.matcher(html);
    while (matcher.find()) {
      rows.add(new String[] {matcher.group(1), matcher.group(2)});
    }
    return rows;
  }
}
