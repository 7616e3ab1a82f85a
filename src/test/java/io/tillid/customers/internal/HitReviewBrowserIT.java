package io.tillid.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.access.internal.GrantTestSupport;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import io.tillid.screening.internal.lists.ImportList;
import io.tillid.screening.internal.monitoring.SenzingFixture;
import io.tillid.support.BrowserTest;
import io.tillid.support.TestPrincipal;
import io.tillid.support.TestUsers;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An analyst finds a new screening hit among the alerts, opens the customer, reads the hit and
 * records it as a false positive with a reason; the hit leaves the alerts and its decision shows.
 * An administrator sets the organisation's threshold, a bad one refused naming the rule.
 */
class HitReviewBrowserIT extends BrowserTest {

  @Autowired
  ApplicationContext context;

  @Autowired
  ImportList importList;

  @Test
  void anAnalystRecordsAFalsePositive(@TempDir Path temp) throws Exception {
    SenzingFixture.importBase(importList, temp);
    TestUsers.Created analyst = TestUsers.create(context, "analyst");
    UUID tenant = tenantIdOf(analyst);
    UUID user = userIdOf(analyst);
    GrantTestSupport.giveAll(context, tenant, user);
    UUID customer = register(tenant, user, "Ilvana Brostrup-Mekkelsen", "1970-05-17");
    signIn(analyst);

    clickAndLoad(browser.findElement(By.linkText("Screening alerts")));
    WebElement alert = waitFor(By.cssSelector("#alerts tbody tr"));
    assertThat(alert.getText()).contains("Ilvana Brostrup-Mekkelsen", "senzing", "Open");
    screenshot("screening-alerts");

    clickAndLoad(alert.findElement(By.linkText("Ilvana Brostrup-Mekkelsen")));
    WebElement hit = waitFor(By.cssSelector("#hits tr.hit"));
    assertThat(hit.getAttribute("data-status")).isEqualTo("open");
    assertThat(hit.getText()).contains("PEP", "zq-2");
    new Select(hit.findElement(By.name("decision"))).selectByValue("false_positive");
    hit.findElement(By.name("reason")).sendKeys("Different person: the customer was never in office");
    screenshot("hit-disposition");
    clickAndLoad(hit.findElement(By.cssSelector("button[type=submit]")));

    WebElement decided = waitFor(By.cssSelector("#hits tr.hit"));
    assertThat(decided.getAttribute("data-status")).isEqualTo("false_positive");
    assertThat(decided.getText()).contains("False positive", "Different person: the customer was never in office");
    assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'screening.hit.decided'")
        .param(tenant).query(Integer.class).single()).isOne();

    open("/screening/alerts");
    assertThat(waitFor(By.id("no-alerts")).isDisplayed()).isTrue();
    assertThat(browser.getPageSource()).doesNotContain(customer.toString());
  }

  @Test
  void anAdministratorSetsTheThreshold() {
    TestUsers.Created admin = TestUsers.create(context, "administrator");
    signIn(admin);
    open("/settings/screening");
    field("threshold").clear();
    type("threshold", "0.4");
    clickAndLoad(browser.findElement(By.id("save-threshold")));
    assertThat(waitFor(By.id("form-problem")).getText()).contains("from 0.5 to 1");

    field("threshold").clear();
    type("threshold", "0.9");
    clickAndLoad(browser.findElement(By.id("save-threshold")));
    assertThat(waitFor(By.id("settings-notice")).getText()).isEqualTo("Saved.");
    assertThat(field("threshold").getAttribute("value")).isEqualTo("0.9");
    assertThat(jdbc.sql("select threshold from screening_setting where tenant_id = ?").param(tenantIdOf(admin))
        .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("0.9");
    screenshot("screening-settings");
  }

  private UUID register(UUID tenant, UUID user, String name, String birthDate) {
    CustomerRegistration registration = context.getBean(CustomerRegistration.class);
    TenantId id = new TenantId(tenant);
    CustomerInput input = new CustomerInput("person", name, birthDate, "DK", "DK", null,
        "Vestergade 2, 8000 Aarhus", null, null, null, null, null, null, null, null, null, null, null, null);
    return TenantScope.call(id, () -> registration.register(new TestPrincipal(id, "user:" + user),
        input.validate(LocalDate.now())));
  }
}
