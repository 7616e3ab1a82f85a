package io.tillid.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.BrowserTest;
import io.tillid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A tenant administrator defines a role in the browser and gives it to a user, who then has its powers. */
class RolesBrowserIT extends BrowserTest {

  @Autowired
  ApplicationContext context;

  @Test
  void anAdministratorCreatesACustomRoleAndAssignsIt() {
    TestUsers.Created admin = TestUsers.create(context, "administrator");
    TestUsers.Created colleague = TestUsers.addUser(context, admin.tenantSlug(), admin.tenantName(), "auditor");
    signIn(admin);

    clickAndLoad(browser.findElement(By.linkText("Roles")));
    type("name", "Team leads");
    browser.findElement(By.cssSelector("form.role-create input[value='users.manage']")).click();
    browser.findElement(By.cssSelector("form.role-create input[value='reports.read']")).click();
    clickAndLoad(browser.findElement(By.cssSelector("form.role-create button")));
    assertThat(waitFor(By.cssSelector("p.notice")).getText()).contains("role is created");
    WebElement row = browser.findElement(By.xpath("//table[contains(@class,'roles')]//tr[td[text()='Team leads']]"));
    assertThat(row.getText()).contains("reports.read", "users.manage");
    String key = row.getAttribute("data-role");
    assertThat(key).startsWith("custom:");
    screenshot("admin-roles");

    clickAndLoad(browser.findElement(By.linkText("Users")));
    WebElement colleagueRow = waitFor(By.xpath("//tr[td[text()='" + colleague.email() + "']]"));
    WebElement roles = colleagueRow.findElement(By.cssSelector("form.roles"));
    assertThat(roles.getText()).contains("Team leads");
    roles.findElement(By.cssSelector("input[value='" + key + "']")).click();
    clickAndLoad(roles.findElement(By.tagName("button")));
    assertThat(waitFor(By.cssSelector("p.notice")).getText()).contains("roles are saved");
    assertThat(browser.findElement(By.xpath("//tr[td[text()='" + colleague.email() + "']]//input[@value='" + key + "']"))
        .isSelected()).isTrue();

    clickAndLoad(browser.findElement(By.cssSelector("header form button")));
    signIn(colleague);
    clickAndLoad(browser.findElement(By.linkText("Users")));
    assertThat(waitFor(By.cssSelector("main h2")).getText()).isEqualTo("Users");
  }

}
