package io.tillid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the REST API as an API client would: gets a token at {@code /oauth2/token} with the client
 * credentials, then sends JSON with {@code Authorization: Bearer}; or sends an API key as
 * {@code X-API-Key}.
 */
public final class ApiCaller {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final int port;
  private final String header;
  private final String credential;
  private final HttpClient http = HttpClient.newBuilder().sslContext(TestTls.clientContext())
      .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

  private ApiCaller(int port, String header, String credential) {
    this.port = port;
    this.header = header;
    this.credential = credential;
  }

  /** Signs the client in (client credentials, HTTP Basic) and returns a caller holding its token. */
  public static ApiCaller as(int port, TestClients.Created client) throws Exception {
    return new ApiCaller(port, "Authorization", "Bearer " + token(port, client));
  }

  /** A caller sending the API key as {@code X-API-Key}. */
  public static ApiCaller withKey(int port, String apiKey) {
    return new ApiCaller(port, "X-API-Key", apiKey);
  }

  /** An access token for the client (client credentials, HTTP Basic). */
  public static String token(int port, TestClients.Created client) throws Exception {
    String basic = Base64.getEncoder().encodeToString((client.clientId() + ":" + client.secret())
        .getBytes(StandardCharsets.UTF_8));
    HttpClient http = HttpClient.newBuilder().sslContext(TestTls.clientContext()).build();
    HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/oauth2/token"))
        .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(issued.statusCode()).as("token").isEqualTo(200);
    return JSON.readTree(issued.body()).get("access_token").asString();
  }

  public HttpResponse<String> get(String path) throws Exception {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String path, String json) throws Exception {
    return http.send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> put(String path, String json) throws Exception {
    return http.send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> delete(String path) throws Exception {
    return http.send(request(path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** POSTs JSON with extra headers (name, value, name, value, ...). */
  public HttpResponse<String> post(String path, String json, String... headers) throws Exception {
    HttpRequest.Builder builder = request(path).header("Content-Type", "application/json");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return http.send(builder.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends JSON with a method such as PATCH or PUT, and extra headers (name, value, name, value, ...). */
  public HttpResponse<String> send(String method, String path, String json, String... headers) throws Exception {
    HttpRequest.Builder builder = request(path).header("Content-Type", "application/json");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return http.send(builder.method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The body of a response as JSON. */
  public static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("https://localhost:" + port + path))
        .header(header, credential).header("Accept", "application/json");
  }
}
