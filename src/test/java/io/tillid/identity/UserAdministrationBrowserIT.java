package io.tillid.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.BrowserTest;
import io.tillid.support.MailBox;
import io.tillid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A tenant administrator manages users in the browser; the last administrator is protected. */
class UserAdministrationBrowserIT extends BrowserTest {

  @Autowired
  ApplicationContext context;

  @Test
  void theLastAdministratorCannotBeDisabledOrDemoted() {
    TestUsers.Created admin = TestUsers.create(context, "administrator");
    signIn(admin);

    clickAndLoad(browser.findElement(By.linkText("Users")));
    WebElement row = waitFor(By.cssSelector("tr[data-user]"));
    assertThat(row.getText()).contains(admin.email(), "Active");

    clickAndLoad(row.findElement(By.xpath(".//button[text()='Disable']")));
    assertThat(waitFor(By.cssSelector("p.error")).getText()).contains("at least one active administrator");

    WebElement roles = browser.findElement(By.cssSelector("tr[data-user] form.roles"));
    roles.findElement(By.cssSelector("input[value=administrator]")).click();
    roles.findElement(By.cssSelector("input[value=analyst]")).click();
    clickAndLoad(roles.findElement(By.tagName("button")));
    assertThat(waitFor(By.cssSelector("p.error")).getText()).contains("at least one active administrator");
    assertThat(browser.findElement(By.cssSelector("tr[data-user] input[value=administrator]")).isSelected()).isTrue();
  }

  @Test
  void anInvitedUserSetsAPasswordThroughTheMailedLinkAndMustEnrolWhenTheTenantRequiresIt() {
    TestUsers.Created admin = TestUsers.create(context, "administrator");
    String invitee = "invitee-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    signIn(admin);
    clickAndLoad(browser.findElement(By.linkText("Users")));

    type("email", invitee);
    type("name", "Ida Invited");
    clickAndLoad(browser.findElement(By.cssSelector("form.invite button")));
    assertThat(waitFor(By.cssSelector("p.notice")).getText()).contains("invitation is sent");
    assertThat(browser.findElement(By.cssSelector("table.list")).getText()).contains(invitee, "Invited");
    screenshot("admin-users");
    clickAndLoad(browser.findElement(By.id("require-mfa")));
    assertThat(waitFor(By.cssSelector("p.notice")).getText()).contains("required for everyone");
    clickAndLoad(browser.findElement(By.cssSelector("header form button")));

    String link = MailBox.await(mail(), invitee, 1).get(0).link("/invitation/");
    browser.get(link);
    type("password", "ida chooses a long private passphrase");
    clickAndLoad(browser.findElement(By.cssSelector("main form button[type=submit]")));
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/login"));
    waitFor(By.name("email"));
    type("tenant", admin.tenantSlug());
    type("email", invitee);
    type("password", "ida chooses a long private passphrase");
    clickAndLoad(browser.findElement(By.cssSelector("button[type=submit]")));

    waitFor(By.id("totp-secret"));
    assertThat(path()).isEqualTo("/mfa/enrol");
  }

  @Test
  void aUserWithoutTheAdministratorRoleHasNoUsersPage() {
    TestUsers.Created analyst = TestUsers.create(context, "analyst");
    signIn(analyst);

    assertThat(browser.findElements(By.linkText("Users"))).isEmpty();
    open("/admin/users");
    assertThat(browser.getPageSource()).doesNotContain(analyst.email()).contains("403");
  }

}
