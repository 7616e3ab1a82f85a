package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.BrowserTest;
import io.tillid.support.TestUsers;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A person enrols TOTP and a passkey in a real browser and signs in with each as the second step. */
class MfaBrowserIT extends BrowserTest {

  @Autowired
  ApplicationContext context;

  @Test
  void enrolsTotpThenSignsInWithPasswordAndCodeAndAReplayedCodeIsRefused() {
    TestUsers.Created user = TestUsers.create(context, "analyst");
    signInWithPassword(user);
    clickAndLoad(waitFor(By.id("security-link")));
    clickAndLoad(waitFor(By.id("enrol-totp")));
    byte[] secret = Base32.decode(waitFor(By.id("totp-secret")).getText());
    assertThat(browser.findElement(By.cssSelector("img.qr")).getAttribute("src")).startsWith("data:image/png;base64,");
    type("code", Totp.code(secret, Totp.step(Instant.now()), 6));
    clickAndLoad(browser.findElement(By.cssSelector("main form button[type=submit]")));
    assertThat(waitFor(By.id("recovery-codes")).findElements(By.tagName("li"))).hasSize(10);
    clickAndLoad(waitFor(By.id("continue")));
    signOut();

    signInWithPassword(user);
    waitFor(By.name("code"));
    assertThat(path()).isEqualTo("/mfa");
    String code = Totp.code(secret, Totp.step(Instant.now()) + 1, 6);
    type("code", code);
    clickAndLoad(browser.findElement(By.cssSelector("#totp-form button")));
    assertThat(waitFor(By.tagName("main")).getText()).contains(user.tenantName());
    signOut();

    signInWithPassword(user);
    type("code", code);
    clickAndLoad(browser.findElement(By.cssSelector("#totp-form button")));
    waitFor(By.cssSelector("p.error"));
    assertThat(path()).isEqualTo("/mfa");
    assertThat(browser.getPageSource()).doesNotContain(user.tenantName());
  }

  @Test
  void registersAPasskeyAndUsesItAsTheSecondStep() {
    VirtualAuthenticator authenticator = ((HasVirtualAuthenticator) browser).addVirtualAuthenticator(
        new VirtualAuthenticatorOptions()
            .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
            .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
            .setHasResidentKey(true)
            .setHasUserVerification(true)
            .setIsUserVerified(true));
    TestUsers.Created user = TestUsers.create(context, "analyst");
    signInWithPassword(user);
    clickAndLoad(waitFor(By.id("security-link")));
    type("passkey-label", "Laptop");
    waitFor(By.id("passkey-register")).click();
    new WebDriverWait(browser, java.time.Duration.ofSeconds(15))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("passkey-list"), "Laptop"));
    assertThat(authenticator.getCredentials()).hasSize(1);
    signOut();

    signInWithPassword(user);
    waitFor(By.id("passkey-verify")).click();
    new WebDriverWait(browser, java.time.Duration.ofSeconds(15)).until(ExpectedConditions.or(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h2"), user.tenantName()),
        ExpectedConditions.visibilityOfElementLocated(By.id("passkey-error"))));
    assertThat(path()).isEqualTo("/");
    assertThat(browser.findElement(By.cssSelector("main h2")).getText()).contains(user.tenantName());
    ((HasVirtualAuthenticator) browser).removeVirtualAuthenticator(authenticator);
  }

  private void signInWithPassword(TestUsers.Created user) {
    open("/login");
    type("tenant", user.tenantSlug());
    type("email", user.email());
    type("password", user.password());
    clickAndLoad(browser.findElement(By.cssSelector("button[type=submit]")));
    waitFor(By.tagName("main"));
  }

  private void signOut() {
    open("/");
    clickAndLoad(waitFor(By.cssSelector("header form button")));
    waitFor(By.name("email"));
  }
}
