package io.tillid.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.webhooks.WebhookReceiver;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The sender against a real receiver on loopback: signed messages verify with the Standard Webhooks
 * reference library; with private addresses not allowed, nothing reaches the receiver, whether the
 * URL names the address or a host name resolving to it.
 */
class WebhookSenderTest {

  private static WebhookSender sender(boolean allowPrivate) {
    WebhookProperties properties = new WebhookProperties(allowPrivate, 3, Duration.ofSeconds(1), Duration.ofSeconds(4),
        Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(5), 20, Duration.ofDays(30));
    return new WebhookSender(new EndpointPolicy(allowPrivate), properties);
  }

  @Test
  void aSignedMessageVerifiesWithTheReferenceLibrary() throws Exception {
    String secret = StandardWebhookSignature.newSecret();
    try (WebhookReceiver receiver = new WebhookReceiver(1)) {
      receiver.expectSecret(secret);
      WebhookSender sender = sender(true);
      String body = "{\"type\":\"case.status_changed\",\"data\":{\"caseId\":\"c1\"}}";
      long now = System.currentTimeMillis() / 1000;
      String signature = StandardWebhookSignature.sign(secret, "msg_1", now, body);
      WebhookSender.Result failed = sender.send(receiver.url("/hook"), "msg_1", now, signature, body);
      WebhookSender.Result delivered = sender.send(receiver.url("/hook"), "msg_1", now, signature, body);
      sender.destroy();

      assertThat(failed.statusCode()).isEqualTo(503);
      assertThat(failed.delivered()).isFalse();
      assertThat(delivered.statusCode()).isEqualTo(204);
      assertThat(delivered.delivered()).isTrue();
      assertThat(receiver.received()).hasSize(2).allSatisfy(got -> {
        assertThat(got.signatureValid()).isTrue();
        assertThat(got.id()).isEqualTo("msg_1");
        assertThat(got.body()).isEqualTo(body);
      });
      receiver.expectSecret(StandardWebhookSignature.newSecret());
      sender = sender(true);
      sender.send(receiver.url("/hook"), "msg_2", now, signature, body);
      sender.destroy();
      assertThat(receiver.received().get(2).signatureValid()).as("another secret does not verify").isFalse();
    }
  }

  @Test
  void withoutPrivateAddressesAllowedLoopbackIsNeverContacted() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(0)) {
      WebhookSender sender = sender(false);
      String port = receiver.url("").replace("http://127.0.0.1:", "");
      for (String url : new String[] {receiver.url("/hook"), "http://localhost:" + port + "/hook",
          "http://[::ffff:127.0.0.1]:" + port + "/hook"}) {
        WebhookSender.Result result = sender.send(url, "msg_1", 1L, "v1,x", "{}");
        assertThat(result.statusCode()).as(url).isNull();
        assertThat(result.outcome()).as(url).startsWith("refused");
      }
      sender.destroy();
      assertThat(receiver.received()).isEmpty();
    }
  }
}
