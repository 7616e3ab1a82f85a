package io.tillid.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.BrowserTest;
import io.tillid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A person signs in and out in a real browser. */
class SignInBrowserIT extends BrowserTest {

  @Autowired
  ApplicationContext context;

  @Test
  void signsInWithPasswordSeesTheTenantAndSignsOut() {
    TestUsers.Created user = TestUsers.create(context, "administrator");

    open("/login");
    type("tenant", user.tenantSlug());
    type("email", user.email());
    type("password", user.password());
    clickAndLoad(browser.findElement(By.cssSelector("button[type=submit]")));

    assertThat(waitFor(By.tagName("main")).getText()).contains(user.tenantName());
    clickAndLoad(browser.findElement(By.cssSelector("header form button")));
    waitFor(By.name("email"));
    assertThat(path()).isEqualTo("/login");
  }
}
