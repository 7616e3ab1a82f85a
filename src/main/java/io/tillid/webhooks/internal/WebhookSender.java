package io.tillid.webhooks.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Posts a signed webhook message. The connection goes only to addresses the {@link EndpointPolicy}
 * checked: the client's DNS resolver is the policy itself, so the addresses checked are the ones
 * connected to (no second look-up an attacker's DNS could answer differently). No redirects, no
 * proxies from system properties, no cookies, no automatic retries (the outbox retries).
 */
@Component
class WebhookSender implements DisposableBean {

  /** What came of one attempt: the status code answered (null if none) and a fixed description. */
  record Result(Integer statusCode, String outcome) {

    boolean delivered() {
      return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
  }

  private final CloseableHttpClient client;

  WebhookSender(EndpointPolicy policy, WebhookProperties properties) {
    this.client = HttpClients.custom()
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
            .setDnsResolver(new CheckingResolver(policy))
            .setDefaultConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                .setSocketTimeout(Timeout.of(properties.readTimeout()))
                .build())
            .setMaxConnTotal(20)
            .build())
        .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false)
            .setResponseTimeout(Timeout.of(properties.readTimeout())).build())
        .disableRedirectHandling()
        .disableAutomaticRetries()
        .disableCookieManagement()
        .disableAuthCaching()
        .build();
  }

  Result send(String url, String messageId, long timestamp, String signature, String body) {
    HttpPost post = new HttpPost(URI.create(url));
    post.setHeader("webhook-id", messageId);
    post.setHeader("webhook-timestamp", Long.toString(timestamp));
    post.setHeader("webhook-signature", signature);
    post.setHeader("User-Agent", "Tillid-Webhooks/1");
    post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
    try {
      return client.execute(post, response -> {
        EntityUtils.consume(response.getEntity());
        int code = response.getCode();
        return new Result(code, code >= 200 && code < 300 ? "delivered" : "answered " + code);
      });
    } catch (EndpointPolicy.RefusedAddress refused) {
      return new Result(null, "refused: the host resolves to a non-public address");
    } catch (UnknownHostException unknown) {
      return new Result(null, "the host does not resolve");
    } catch (InterruptedIOException timeout) {
      return new Result(null, "timed out");
    } catch (IOException failed) {
      return new Result(null, "connection failed");
    }
  }

  @Override
  public void destroy() throws IOException {
    client.close();
  }

  /** Resolves through the endpoint policy, which refuses hosts with any non-public address. */
  private static final class CheckingResolver implements DnsResolver {

    private final EndpointPolicy policy;

    CheckingResolver(EndpointPolicy policy) {
      this.policy = policy;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
      return policy.resolve(host);
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
      List<InetSocketAddress> addresses = new ArrayList<>();
      for (InetAddress address : resolve(host)) {
        addresses.add(new InetSocketAddress(address, port));
      }
      return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
      return host; // never used for Kerberos or the like; no reverse look-up
    }
  }
}
