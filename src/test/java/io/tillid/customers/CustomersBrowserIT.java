package io.tillid.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.access.internal.GrantTestSupport;
import io.tillid.customers.internal.CustomerTestSupport;
import io.tillid.support.BrowserTest;
import io.tillid.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
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
    UUID tenant = tenantIdOf(officer);
    UUID user = userIdOf(officer);
    GrantTestSupport.giveAll(context, tenant, user);
    signIn(officer);

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

  @Test
  void aCompanyWithAThreeLevelChainShowsItsBeneficialOwnerAndThePath() {
    TestUsers.Created officer = TestUsers.create(context, "compliance_officer");
    UUID tenant = tenantIdOf(officer);
    UUID user = userIdOf(officer);
    GrantTestSupport.giveAll(context, tenant, user);
    UUID person = CustomerTestSupport.registerPerson(context, tenant, user, "Ida Jessen", null);
    UUID top = CustomerTestSupport.registerCompany(context, tenant, user, "Jessen Holding ApS", "55555555");
    UUID middle = CustomerTestSupport.registerCompany(context, tenant, user, "Jessen Invest ApS", "66666666");
    UUID target = CustomerTestSupport.registerCompany(context, tenant, user, "Jessen Drift A/S", "77777777");
    CustomerTestSupport.holds(context, tenant, user, person, top, "0.9");
    CustomerTestSupport.holds(context, tenant, user, top, middle, "0.5");
    signIn(officer);

    open("/customers/" + target);
    assertThat(waitFor(By.id("ownership")).getText()).contains("No owners recorded.");
    new Select(browser.findElement(By.id("o-owner"))).selectByVisibleText("Jessen Invest ApS");
    type("sharePercent", "80");
    clickAndLoad(browser.findElement(By.id("add-owner")));
    String beneficial = waitFor(By.id("beneficial-owners")).getText();
    // 90 % x 50 % x 80 % = 36 %
    assertThat(beneficial).contains("Ida Jessen", "36.00 %", "Ida Jessen → 90.00 % of Jessen Holding ApS",
        "Jessen Holding ApS → 50.00 % of Jessen Invest ApS", "Jessen Invest ApS → 80.00 % of Jessen Drift A/S");
    screenshot("beneficial-owners");
  }
}
