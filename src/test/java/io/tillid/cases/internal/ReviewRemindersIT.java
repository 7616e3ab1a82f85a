package io.tillid.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.access.internal.GrantTestSupport;
import io.tillid.customers.internal.CustomerTestSupport;
import io.tillid.platform.TenantDirectory;
import io.tillid.platform.TenantRef;
import io.tillid.support.IntegrationTest;
import io.tillid.support.MailBox;
import io.tillid.support.TestUsers;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The review reminder round through the real mailer (GreenMail): each reviewer gets the overdue and
 * coming reviews of the customers their grants let them see, in their language, once per due date;
 * users who may not review get nothing.
 */
class ReviewRemindersIT extends IntegrationTest {

  @Autowired
  ApplicationContext context;

  @Autowired
  ReviewReminders reminders;

  @Autowired
  TenantDirectory tenants;

  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  private UUID customer(UUID tenant, UUID registrar, String name, LocalDate due, String businessUnit) {
    UUID id = CustomerTestSupport.registerPerson(context, tenant, registrar, name, null);
    jdbc.sql("update customer set next_review_due = ?, business_unit = ? where id = ?").params(due, businessUnit, id)
        .update();
    return id;
  }

  @Test
  void eachReviewerIsRemindedOfWhatTheyMaySeeInTheirLanguageOncePerDueDate() throws Exception {
    TestUsers.Created officer = TestUsers.create(context, "compliance_officer");
    UUID tenant = tenantIdOf(officer);
    GrantTestSupport.giveAll(context, tenant, userIdOf(officer));
    TestUsers.Created retail = TestUsers.addUser(context, officer.tenantSlug(), officer.tenantName(), "analyst");
    GrantTestSupport.give(context, tenant, userIdOf(retail), Set.of("retail"), Set.of(), Set.of("*"));
    TestUsers.Created auditor = TestUsers.addUser(context, officer.tenantSlug(), officer.tenantName(), "auditor");
    GrantTestSupport.giveAll(context, tenant, userIdOf(auditor));

    // the retail analyst uses the UI in Danish: that is remembered for mail
    assertThat(signedIn(retail).get("/reviews?lang=da").statusCode()).isEqualTo(200);
    assertThat(jdbc.sql("select language from app_user where id = ?").param(userIdOf(retail)).query(String.class)
        .single()).isEqualTo("da");

    UUID registrar = userIdOf(officer);
    UUID overdue = customer(tenant, registrar, "Overdue Olsen", today.minusDays(3), "general");
    customer(tenant, registrar, "Coming Christensen", today.plusDays(10), "general");
    customer(tenant, registrar, "Later Larsen", today.plusDays(60), "general");
    customer(tenant, registrar, "Retail Rasmussen", today.plusDays(5), "retail");
    TenantRef ref = tenants.findBySlug(officer.tenantSlug()).orElseThrow();

    assertThat(reminders.remind(ref)).isEqualTo(2);

    MailBox.Mail toOfficer = MailBox.await(mail(), officer.email(), 1).get(0);
    assertThat(toOfficer.subject()).isEqualTo("Periodic reviews: 1 overdue, 2 coming up");
    assertThat(toOfficer.text()).contains("Overdue Olsen, due " + today.minusDays(3),
        "https://localhost:" + httpsPort + "/customers/" + overdue, "Coming Christensen", "Retail Rasmussen")
        .doesNotContain("Later Larsen");
    assertThat(toOfficer.text().indexOf("Overdue Olsen")).isLessThan(toOfficer.text().indexOf("Coming Christensen"));

    MailBox.Mail toRetail = MailBox.await(mail(), retail.email(), 1).get(0);
    assertThat(toRetail.subject()).isEqualTo("Periodiske gennemgange: 0 forfaldne, 1 kommende");
    assertThat(toRetail.text()).contains("Retail Rasmussen, forfalder " + today.plusDays(5))
        .doesNotContain("Overdue Olsen", "Coming Christensen");
    assertThat(MailBox.to(mail(), auditor.email())).isEmpty();

    List<String> audited = jdbc.sql("select target_id || ' ' || details from audit_entry where tenant_id = ?"
        + " and action = 'review.reminder.sent' order by target_id").param(tenant).query(String.class).list();
    assertThat(audited).hasSize(2).anySatisfy(entry -> assertThat(entry)
        .startsWith(userIdOf(officer).toString()).contains("\"overdue\":\"1\"", "\"due\":\"2\""));
    assertThat(String.join(" ", audited)).doesNotContain("Olsen", "Rasmussen");

    // a second round finds nothing new; a new due date is reminded again
    assertThat(reminders.remind(ref)).isZero();
    jdbc.sql("update customer set next_review_due = ? where id = ?").params(today.minusDays(1), overdue).update();
    assertThat(reminders.remind(ref)).isEqualTo(1);
    MailBox.Mail again = MailBox.await(mail(), officer.email(), 2).get(1);
    assertThat(again.subject()).isEqualTo("Periodic reviews: 1 overdue, 0 coming up");
    assertThat(again.text()).contains("Overdue Olsen").doesNotContain("Coming Christensen");
    assertThat(MailBox.to(mail(), retail.email())).hasSize(1);
  }

  @Test
  void theReviewsPageCountsOverdueAndComingReviews() throws Exception {
    TestUsers.Created officer = TestUsers.create(context, "compliance_officer");
    UUID tenant = tenantIdOf(officer);
    GrantTestSupport.giveAll(context, tenant, userIdOf(officer));
    customer(tenant, userIdOf(officer), "Overdue Olsen", today.minusDays(3), "general");
    customer(tenant, userIdOf(officer), "Coming Christensen", today.plusDays(10), "general");
    String page = signedIn(officer).get("/reviews").body();
    assertThat(page).contains("id=\"reviews-count\"", "1 overdue, 1 coming up within 30 days.");
  }
}
