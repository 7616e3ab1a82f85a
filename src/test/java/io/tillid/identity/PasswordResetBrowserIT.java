package io.tillid.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.BrowserTest;
import io.tillid.support.MailBox;
import io.tillid.support.TestUsers;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A person who forgot their password gets a link by mail (GreenMail), sets a new password while
 * the strength meter follows their typing, and signs in with it; the old password and the used
 * link no longer work.
 */
class PasswordResetBrowserIT extends BrowserTest {

  private static final String NEW_PASSWORD = "violet tractor sings at dawn";

  @Autowired
  ApplicationContext context;

  @Test
  void forgotPasswordMailLinkNewPasswordSignIn() {
    TestUsers.Created user = TestUsers.create(context, "analyst");

    open("/login");
    clickAndLoad(browser.findElement(By.id("forgot-password")));
    waitFor(By.name("tenant"));
    type("tenant", user.tenantSlug());
    type("email", user.email());
    clickAndLoad(browser.findElement(By.cssSelector("button[type=submit]")));
    assertThat(waitFor(By.id("forgot-sent")).getText()).contains("If an account exists");

    String link = MailBox.await(mail(), user.email(), 1).get(0).link("/password/reset/");
    assertThat(link).startsWith("https://localhost:" + httpsPort + "/password/reset/");
    browser.get(link);
    waitFor(By.id("strength"));

    type("password", "short");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("strength-message"),
        "Use at least 15 characters."));
    String weakScore = browser.findElement(By.id("strength-meter")).getAttribute("value");
    type("password", NEW_PASSWORD);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("strength-message"),
        "This password meets the policy."));
    assertThat(Integer.parseInt(browser.findElement(By.id("strength-meter")).getAttribute("value")))
        .isGreaterThan(Integer.parseInt(weakScore));
    clickAndLoad(browser.findElement(By.cssSelector("button[type=submit]")));

    waitFor(By.name("email"));
    assertThat(path()).isEqualTo("/login");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Your new password is set.");

    signIn(user, user.password());
    assertThat(waitFor(By.cssSelector("p.error")).getText()).contains("Sign-in failed");
    signIn(user, NEW_PASSWORD);
    assertThat(waitFor(By.tagName("main")).getText()).contains(user.tenantName());

    browser.get(link);
    assertThat(waitFor(By.id("link-invalid")).getText()).contains("already been used");
  }

  private void signIn(TestUsers.Created user, String password) {
    open("/login");
    type("tenant", user.tenantSlug());
    type("email", user.email());
    type("password", password);
    clickAndLoad(browser.findElement(By.cssSelector("button[type=submit]")));
  }
}
