package io.tillid.identity.internal;

import org.junit.jupiter.api.AfterEach;
import io.tillid.platform.TenantScope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillid.platform.TenantId;
import io.tillid.support.IntegrationTest;
import io.tillid.support.MailBox;
import io.tillid.support.TestUsers;
import io.tillid.support.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An administrator invites a person; the person accepts by choosing a password, then signs in. */
class InvitationIT extends IntegrationTest {

  private static final String PASSWORD = "a violet tractor sings at dawn";

  @Autowired
  ApplicationContext context;

  @Autowired
  Invitations invitations;

  private TestUsers.Created admin;
  private TenantId tenant;
  private String actor;
  private final String invitee = "invitee-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";

  /** Use cases are called as a request of the tenant would call them: in its scope. */
  private TenantScope.Entered scope;

  @AfterEach
  void leaveScope() {
    scope.close();
  }

  @BeforeEach
  void freshTenant() {
    admin = TestUsers.create(context, "administrator");
    tenant = new TenantId(jdbc.sql("select id from tenant where slug = ?").param(admin.tenantSlug())
        .query(UUID.class).single());
    actor = "user:" + jdbc.sql("select id from app_user where tenant_id = ? and email = ?")
        .params(tenant.value(), admin.email()).query(UUID.class).single();
    scope = TenantScope.enter(tenant);
  }

  @Test
  void anInvitedPersonSetsAPasswordBecomesActiveAndSignsIn() throws Exception {
    UUID id = invitations.invite(tenant, actor, invitee, "Ida Invited", Set.of("analyst"));
    assertThat(status(id)).isEqualTo("invited");
    assertThat(jdbc.sql("select password_hash from app_user where tenant_id = ? and id = ?").params(tenant.value(), id)
        .query(String.class).optional()).isEmpty();
    assertThat(new WebSession(httpsPort).signIn(admin.tenantSlug(), invitee, PASSWORD)).isEqualTo("/login?error");

    MailBox.Mail mail = MailBox.await(mail(), invitee, 1).get(0);
    assertThat(mail.subject()).isEqualTo("You are invited to " + admin.tenantName() + " on Tillid");
    assertThat(mail.text()).contains("within 7 days", admin.tenantSlug());
    String link = mail.link("/invitation/");
    String path = link.substring(link.indexOf("/invitation/"));

    WebSession web = new WebSession(httpsPort);
    HttpResponse<String> page = web.get(path);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(admin.tenantName(), "name=\"password\"");
    assertThat(web.submit(path, path, Map.of("password", "Ida works at " + admin.tenantName())).body())
        .contains("must not contain the name of your organisation");
    assertThat(web.location(web.submit(path, path, Map.of("password", PASSWORD))))
        .isEqualTo("/login?invitationAccepted");

    assertThat(status(id)).isEqualTo("active");
    assertThat(new WebSession(httpsPort).signIn(admin.tenantSlug(), invitee, PASSWORD)).isEqualTo("/");
    assertThat(web.get(path).statusCode()).isEqualTo(410);
    assertThat(audit()).containsExactly("user.invited|" + actor + "|" + id,
        "user.invitation.accepted|user:" + id + "|" + id);
  }

  @Test
  void invitingAgainReplacesTheLink() throws Exception {
    UUID first = invitations.invite(tenant, actor, invitee, "Ida", Set.of("analyst"));
    UUID second = invitations.invite(tenant, actor, invitee.toUpperCase(java.util.Locale.ROOT), "Ida Invited",
        Set.of("auditor"));
    assertThat(second).isEqualTo(first);
    List<MailBox.Mail> mails = MailBox.await(mail(), invitee, 2);
    String oldPath = path(mails.get(0));
    String newPath = path(mails.get(1));

    WebSession web = new WebSession(httpsPort);
    assertThat(web.get(oldPath).statusCode()).isEqualTo(410);
    assertThat(web.get(newPath).statusCode()).isEqualTo(200);
    assertThat(jdbc.sql("select role from app_user_role where tenant_id = ? and user_id = ?")
        .params(tenant.value(), first).query(String.class).list()).containsExactly("auditor");
  }

  @Test
  void anExistingAccountOrBadInputIsRefusedAndNothingChanges() {
    assertThatThrownBy(() -> invitations.invite(tenant, actor, admin.email(), "Someone", Set.of("analyst")))
        .isInstanceOf(InvitationRefused.class)
        .hasMessage("This person already has an account.")
        .satisfies(e -> assertThat(((InvitationRefused) e).reason()).isEqualTo(InvitationRefused.ALREADY_ACTIVE));
    assertThatThrownBy(() -> invitations.invite(tenant, actor, "not-an-address", "Someone", Set.of()))
        .isInstanceOf(InvitationRefused.class).hasMessage("The e-mail address is not valid.");
    assertThatThrownBy(() -> invitations.invite(tenant, actor, invitee, "Someone", Set.of("superuser")))
        .isInstanceOf(InvitationRefused.class).message().doesNotContain("superuser");
    assertThatThrownBy(() -> invitations.invite(tenant, actor, invitee, " ", Set.of()))
        .isInstanceOf(InvitationRefused.class);
    assertThat(jdbc.sql("select count(*) from app_user where tenant_id = ?").param(tenant.value())
        .query(Long.class).single()).isEqualTo(1);
    assertThat(audit()).isEmpty();
    assertThat(MailBox.to(mail(), invitee)).isEmpty();
  }

  private static String path(MailBox.Mail mail) {
    String link = mail.link("/invitation/");
    return link.substring(link.indexOf("/invitation/"));
  }

  private String status(UUID id) {
    return jdbc.sql("select status from app_user where tenant_id = ? and id = ?").params(tenant.value(), id)
        .query(String.class).single();
  }

  private List<String> audit() {
    return jdbc.sql("select action || '|' || actor || '|' || target_id from audit_entry where tenant_id = ? "
            + "and action like 'user.invit%' order by seq")
        .param(tenant.value()).query(String.class).list();
  }
}
