package io.tillid.webhooks;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook endpoint for tests: a JDK HTTP server on 127.0.0.1 that records every request, answers
 * 503 to the first {@code failures} and 204 after, and checks each signature with the Standard
 * Webhooks reference library (an implementation independent of Tillid's) against the secret it is
 * given.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** One request received: its headers, body and whether its signature verified. */
  public record Received(String id, String timestamp, String signature, String body, boolean signatureValid,
      int answered) {}

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft;
  private volatile String secret;

  public WebhookReceiver(int failures) throws IOException {
    this.failuresLeft = new AtomicInteger(failures);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      boolean valid = verifies(body, exchange.getRequestHeaders());
      int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
      received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
          exchange.getRequestHeaders().getFirst("webhook-timestamp"),
          exchange.getRequestHeaders().getFirst("webhook-signature"), body, valid, status));
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  private boolean verifies(String body, Map<String, List<String>> headers) {
    String current = secret;
    if (current == null) {
      return false;
    }
    try {
      new Webhook(current).verify(body, headers);
      return true;
    } catch (Exception refused) {
      return false;
    }
  }

  /** The secret signatures are checked against from now on. */
  public void expectSecret(String secret) {
    this.secret = secret;
  }

  /** Answers 503 to the next {@code count} requests. */
  public void failNext(int count) {
    failuresLeft.set(count);
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  /** Waits (up to a minute, polling) until at least {@code count} requests arrived; returns them all. */
  public List<Received> awaitAtLeast(int count) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (received.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    return received();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
