package io.tillid.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillid.platform.InvalidFieldException;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Where webhooks may go: HTTPS on public addresses only, unless private addresses are allowed. */
class EndpointPolicyTest {

  private final EndpointPolicy strict = new EndpointPolicy(false);

  private static boolean isPublic(String address) throws Exception {
    return EndpointPolicy.isPublic(InetAddress.getByName(address));
  }

  @Test
  void onlyPublicUnicastAddressesArePublic() throws Exception {
    for (String refused : new String[] {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255",
        "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1", "239.255.255.250", "255.255.255.255",
        "198.18.0.1", "192.0.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1",
        "::ffff:10.0.0.1", "64:ff9b::a00:1", "2002:7f00:1::1", "2001:db8::1", "fec0::1"}) {
      assertThat(isPublic(refused)).as(refused).isFalse();
    }
    for (String allowed : new String[] {"93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111",
        "64:ff9b::808:808", "2002:808:808::1"}) {
      assertThat(isPublic(allowed)).as(allowed).isTrue();
    }
  }

  @Test
  void urlsOnPrivateAddressesOrWithoutHttpsAreRefused() {
    assertRefused("http://93.184.215.14/hook", "https");
    assertRefused("https://127.0.0.1/hook", "private-address");
    assertRefused("https://localhost:8443/hook", "private-address");
    assertRefused("https://[::1]/hook", "private-address");
    assertRefused("https://169.254.169.254/latest/meta-data", "private-address");
    assertRefused("https://[::ffff:192.168.0.1]/hook", "private-address");
    assertRefused("https://user:pw@93.184.215.14/hook", "url");
    assertRefused("ftp://93.184.215.14/hook", "url");
    assertRefused("/relative", "url");
    assertRefused("https://93.184.215.14/hook#x", "url");
    assertRefused("https://unknown-host.invalid/hook", "unknown-host");
    assertThat(strict.check("https://93.184.215.14/hook").toString()).isEqualTo("https://93.184.215.14/hook");
  }

  @Test
  void allowingPrivateAddressesAllowsLoopbackAndPlainHttp() {
    EndpointPolicy open = new EndpointPolicy(true);
    assertThat(open.check("http://127.0.0.1:9/hook").getPort()).isEqualTo(9);
    assertThat(open.check("https://localhost/hook").getHost()).isEqualTo("localhost");
  }

  @Test
  void retriesBackOffExponentiallyUpToTheLimit() {
    WebhookProperties properties = new WebhookProperties(false, 8, Duration.ofSeconds(30), Duration.ofMinutes(5),
        Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10), 20, Duration.ofDays(30));
    assertThat(properties.retryDelayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(properties.retryDelayAfter(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(properties.retryDelayAfter(4)).isEqualTo(Duration.ofSeconds(240));
    assertThat(properties.retryDelayAfter(5)).isEqualTo(Duration.ofMinutes(5));
    assertThat(properties.retryDelayAfter(30)).isEqualTo(Duration.ofMinutes(5));
  }

  private void assertRefused(String url, String rule) {
    assertThatThrownBy(() -> strict.check(url)).as(url).isInstanceOfSatisfying(InvalidFieldException.class,
        refused -> assertThat(refused.rule()).as(url).isEqualTo(rule));
  }
}
