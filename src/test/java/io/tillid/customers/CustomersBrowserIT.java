package io.tillid.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.access.internal.GrantTestSupport;
import io.tillid.support.BrowserTest;
import io.tillid.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A compliance officer registers a person in the browser, sees the national id masked, reveals it
 * (audited), finds the customer in the list; bad input names the field; the Danish pages work too.
 */
class CustomersBrowserIT extends BrowserTest {

  @Autowired
  ApplicationContext context;

  @Test
  void anOfficerRegistersAPersonAndRevealsTheNationalId() {
    TestUsers.Created officer = TestUsers.create(context, "compliance_officer");
    UUID tenant = jdbc.sql("select id from tenant where slug = ?").param(officer.tenantSlug()).query(UUID.class)
        .single();
    UUID user = jdbc.sql("select id from app_user where email = ?").param(officer.email()).query(UUID.class).single();
    GrantTestSupport.giveAll(context, tenant, user);
    open("/login");
    type("tenant", officer.tenantSlug());
    type("email", officer.email());
    type("password", officer.password());
    clickAndLoad(browser.findElement(By.cssSelector("button[type=submit]")));
    waitFor(By.cssSelector("main h2"));

    clickAndLoad(browser.findElement(By.linkText("Customers")));
    clickAndLoad(waitFor(By.id("new-person")));
    type("name", "Søren Kierkegaard");
    browser.findElement(By.id("c-birthDate")).sendKeys("05051973");
    type("nationality", "XX");
    type("countryOfResidence", "DK");
    type("nationalId", "050573-1111");
    type("address", "Nytorv 2, 1450 København K");
    clickAndLoad(browser.findElement(By.id("register")));
    assertThat(waitFor(By.id("form-problem")).getText()).contains("Nationality", "two-letter ISO country code");
    screenshot("customer-form-error");

    field("nationality").clear();
    type("nationality", "DK");
    type("nationalId", "050573-1111");
    type("address", "Nytorv 2, 1450 København K");
    clickAndLoad(browser.findElement(By.id("register")));
    assertThat(waitFor(By.id("customer-name")).getText()).isEqualTo("Søren Kierkegaard");
    assertThat(browser.findElement(By.id("customer-birthDate")).getText()).isEqualTo("1973-05-05");
    assertThat(browser.findElement(By.id("customer-nationalId")).getText()).isEqualTo("********");
    assertThat(browser.getPageSource()).doesNotContain("050573-1111");
    screenshot("customer-masked");

    clickAndLoad(browser.findElement(By.id("reveal")));
    assertThat(waitFor(By.id("customer-nationalId")).getText()).isEqualTo("050573-1111");
    assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'customer.national_id.revealed'")
        .param(tenant).query(Integer.class).single()).isOne();

    open("/customers?lang=da");
    assertThat(waitFor(By.cssSelector("main h2")).getText()).isEqualTo("Kunder");
    assertThat(browser.findElement(By.cssSelector("table.list")).getText()).contains("Søren Kierkegaard", "Person");
    screenshot("customers-da");
  }
}
