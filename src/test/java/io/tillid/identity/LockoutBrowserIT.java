package io.tillid.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.BrowserTest;
import io.tillid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A person who keeps typing wrong passwords is locked out; then even the right one fails alike. */
class LockoutBrowserIT extends BrowserTest {

  @Autowired
  ApplicationContext context;

  @Test
  void repeatedWrongPasswordsLockTheAccountAndTheRightOneThenFailsWithTheSameMessage() {
    TestUsers.Created user = TestUsers.create(context, "analyst");
    String wrongMessage = null;
    for (int attempt = 1; attempt <= 5; attempt++) {
      wrongMessage = signIn(user, "not my password " + attempt);
      assertThat(path()).isEqualTo("/login");
    }
    String rightMessage = signIn(user, user.password());

    assertThat(path()).isEqualTo("/login");
    assertThat(rightMessage).isEqualTo(wrongMessage).contains("Sign-in failed");
    open("/");
    waitFor(By.name("email"));
    assertThat(path()).isEqualTo("/login");
  }

  private String signIn(TestUsers.Created user, String password) {
    open("/login");
    type("tenant", user.tenantSlug());
    type("email", user.email());
    type("password", password);
    clickAndLoad(browser.findElement(By.cssSelector("button[type=submit]")));
    return waitFor(By.cssSelector("p.error")).getText();
  }
}
