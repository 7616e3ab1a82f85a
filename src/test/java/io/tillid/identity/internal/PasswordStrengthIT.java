package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.IntegrationTest;
import io.tillid.support.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The strength meter's endpoint: CSRF protected, computes on the server, echoes nothing. */
class PasswordStrengthIT extends IntegrationTest {

  @Test
  void answersAMeterAndThePolicyMessage() throws Exception {
    WebSession web = new WebSession(httpsPort);
    HttpResponse<String> weak = web.submit("/password/forgot", "/password/strength", Map.of("password", "hunter2"));
    assertThat(weak.statusCode()).isEqualTo(200);
    assertThat(weak.body()).contains("<meter", "Use at least 15 characters.").doesNotContain("hunter2");

    HttpResponse<String> strong = web.submit("/password/forgot", "/password/strength",
        Map.of("password", "violet tractor sings at dawn over the hills"));
    assertThat(strong.body()).contains("value=\"4\"", "This password meets the policy.");

    HttpResponse<String> hinted = web.submit("/password/forgot", "/password/strength",
        Map.of("password", "welcome to acme finans forever", "hintTenantName", "Acme Finans"));
    assertThat(hinted.body()).contains("must not contain the name of your organisation");
  }

  @Test
  void refusesWithoutCsrfAndOverlongInput() throws Exception {
    WebSession web = new WebSession(httpsPort);
    assertThat(web.post("/password/strength", Map.of("password", "violet tractor sings")).statusCode())
        .isEqualTo(403);
    HttpResponse<String> overlong = web.submit("/password/forgot", "/password/strength",
        Map.of("password", "x".repeat(513)));
    assertThat(overlong.body()).contains("Use at most 256 characters.").doesNotContain("xxxx");
  }

  @Test
  void answersInDanish() throws Exception {
    WebSession web = new WebSession(httpsPort, "da");
    assertThat(web.submit("/password/forgot", "/password/strength", Map.of("password", "kort")).body())
        .contains("Brug mindst 15 tegn.");
  }
}
