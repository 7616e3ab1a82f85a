package io.tillid.customers.internal.registry;

import io.tillid.customers.internal.registry.RegistryFailure.Reason;
import io.tillid.platform.SafeLog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks one registry over HTTP(S) for JSON: connect and read timeouts, HTTP basic credentials if the
 * registry needs them, no redirects followed (credentials go only where they were configured for),
 * bodies capped in size. A 404 is "no such company"; anything else that is not a 200 with JSON, and
 * every network failure, becomes a {@link RegistryFailure}. Logs name the registry, the status and
 * the exception types only: never the credentials, the number asked about or the response body.
 */
public final class RegistryClient {

  private static final Logger LOG = LoggerFactory.getLogger(RegistryClient.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** The largest answer read: a CVR company with a long history is a few hundred kilobytes. */
  static final int MAX_BODY = 16 * 1024 * 1024;

  private final String registry;
  private final URI base;
  private final Duration readTimeout;
  private final String authorization;
  private final HttpClient http;

  /** {@code username} null: no credentials are sent. */
  public RegistryClient(String registry, URI base, RegistryTimeouts timeouts, String username, String password) {
    this.registry = registry;
    this.base = base;
    this.readTimeout = timeouts.read();
    this.authorization = username == null ? null : "Basic " + Base64.getEncoder()
        .encodeToString((username + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
    this.http = HttpClient.newBuilder().connectTimeout(timeouts.connect())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** GET {@code path} (already encoded; the caller has checked what it put into it). */
  public Optional<JsonNode> get(String path) {
    return send(request(path).GET().build());
  }

  /** POST a JSON body to {@code path}. */
  public Optional<JsonNode> post(String path, JsonNode body) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
  }

  private HttpRequest.Builder request(String path) {
    String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
        : base.toString();
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(root + path)).timeout(readTimeout)
        .header("Accept", "application/json, application/vnd.api+json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private Optional<JsonNode> send(HttpRequest request) {
    HttpResponse<byte[]> response;
    java.util.concurrent.CompletableFuture<HttpResponse<byte[]>> pending =
        http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    try {
      // the request's own timeout ends with the headers; this one bounds the whole answer
      response = pending.get(readTimeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      pending.cancel(true);
      LOG.atWarn().setMessage("registry did not answer").addKeyValue("registry", registry)
          .addKeyValue("error", SafeLog.describe(e)).log();
      throw new RegistryFailure(registry, Reason.NO_ANSWER, e);
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw new RegistryFailure(registry, Reason.NO_ANSWER, e);
    }
    int status = response.statusCode();
    if (status == 404) {
      return Optional.empty();
    }
    if (status != 200) {
      LOG.atWarn().setMessage("registry answered with an error").addKeyValue("registry", registry)
          .addKeyValue("status", status).log();
      throw new RegistryFailure(registry, Reason.UNEXPECTED_RESPONSE);
    }
    byte[] bytes = response.body();
    if (bytes == null || bytes.length > MAX_BODY) {
      throw unexpected("answer missing or too large", null);
    }
    try {
      JsonNode json = JSON.readTree(bytes);
      if (json == null || !json.isObject()) {
        throw unexpected("answer is not a JSON object", null);
      }
      return Optional.of(json);
    } catch (JacksonException e) {
      throw unexpected("answer is not JSON", e);
    }
  }

  private RegistryFailure unexpected(String what, Exception cause) {
    LOG.atWarn().setMessage("registry answer not understood").addKeyValue("registry", registry)
        .addKeyValue("problem", what).log();
    return cause == null ? new RegistryFailure(registry, Reason.UNEXPECTED_RESPONSE)
        : new RegistryFailure(registry, Reason.UNEXPECTED_RESPONSE, cause);
  }

  @Override
  public String toString() {
    return "RegistryClient[" + registry + "]";
  }
}
