package io.tillid.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.IntegrationTest;
import io.tillid.support.ProbeApi;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Flow;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Every API failure is application/problem+json, without stack traces and without the input. */
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorsIT extends IntegrationTest {

  private static final String ORDERS = ProbeApi.PATH + "/orders";

  @Test
  void aValidRequestPasses() throws Exception {
    HttpResponse<String> response = postJson(ORDERS, "{\"name\":\"x\",\"count\":3}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"accepted\":3}");
  }

  @Test
  void malformedJson() throws Exception {
    HttpResponse<String> response = postJson(ORDERS, "{\"name\": \"SECRET-VALUE\", count: ");

    assertProblem(response, 400, "not valid JSON");
    assertThat(response.body()).doesNotContain("SECRET-VALUE");
  }

  @Test
  void wrongTypeNamesTheFieldNotTheValue() throws Exception {
    HttpResponse<String> response = postJson(ORDERS, "{\"name\":\"x\",\"count\":\"SECRET-VALUE\"}");

    assertProblem(response, 400, "'count'");
    assertThat(response.body()).doesNotContain("SECRET-VALUE");
  }

  @Test
  void unknownFieldIsRefusedWithoutEchoingIt() throws Exception {
    HttpResponse<String> response = postJson(ORDERS, "{\"name\":\"x\",\"count\":1,\"SECRET-FIELD\":1}");

    assertProblem(response, 400, "not known");
    assertThat(response.body()).doesNotContain("SECRET-FIELD");
  }

  @Test
  void invalidFieldsAreListedByName() throws Exception {
    HttpResponse<String> response = postJson(ORDERS, "{\"name\":\"\",\"count\":1000}");

    assertProblem(response, 400, "invalid fields");
    assertThat(response.body()).contains("\"field\":\"name\"", "\"field\":\"count\"").doesNotContain("1000");
  }

  @Test
  void wrongPathVariableType() throws Exception {
    HttpResponse<String> response = get(ProbeApi.PATH + "/items/SECRET-VALUE");

    assertProblem(response, 400, "'number'");
    assertThat(response.body()).doesNotContain("SECRET-VALUE");
  }

  @Test
  void unknownRoute() throws Exception {
    assertProblem(get(ProbeApi.PATH + "/no-such-thing"), 404, "No such resource");
  }

  @Test
  void unknownRouteWithoutCredentialsIsUnauthorized() throws Exception {
    assertProblem(get("/api/v1/no-such-thing"), 401, "Authentication is required");
  }

  @Test
  void wrongMethodAndWrongMediaType() throws Exception {
    assertProblem(https().send(HttpRequest.newBuilder(url(ORDERS)).DELETE().build(),
        HttpResponse.BodyHandlers.ofString()), 405, "not allowed");
    assertProblem(https().send(HttpRequest.newBuilder(url(ORDERS)).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("hello")).build(), HttpResponse.BodyHandlers.ofString()),
        415, "not supported");
  }

  @Test
  void tooLargeWithContentLength() throws Exception {
    String big = "{\"name\":\"" + "a".repeat(2 * 1024 * 1024) + "\",\"count\":1}";

    assertProblem(postJson(ORDERS, big), 413, "larger than");
  }

  @Test
  void tooLargeWhenChunked() throws Exception {
    List<ByteBuffer> chunks = new java.util.ArrayList<>();
    chunks.add(ByteBuffer.wrap("{\"name\":\"".getBytes()));
    for (int i = 0; i < 40; i++) {
      chunks.add(ByteBuffer.wrap("a".repeat(64 * 1024).getBytes()));
    }
    chunks.add(ByteBuffer.wrap("\",\"count\":1}".getBytes()));
    HttpRequest.BodyPublisher chunked = new HttpRequest.BodyPublisher() {
      @Override
      public long contentLength() {
        return -1;
      }

      @Override
      public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        HttpRequest.BodyPublishers.fromPublisher(subscriber1 -> {
          Iterator<ByteBuffer> it = chunks.iterator();
          subscriber1.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
              for (long i = 0; i < n && it.hasNext(); i++) {
                subscriber1.onNext(it.next());
              }
              if (!it.hasNext()) {
                subscriber1.onComplete();
              }
            }

            @Override
            public void cancel() {}
          });
        }).subscribe(subscriber);
      }
    };

    HttpResponse<String> response = https().send(HttpRequest.newBuilder(url(ORDERS))
        .header("Content-Type", "application/json").POST(chunked).build(), HttpResponse.BodyHandlers.ofString());

    assertProblem(response, 413, "too large");
  }

  @Test
  void internalErrorsRevealNothing(CapturedOutput output) throws Exception {
    HttpResponse<String> response = get(ProbeApi.PATH + "/failure");

    assertProblem(response, 500, "An internal error occurred");
    assertThat(response.body()).doesNotContain("Jane", "010203", "IllegalState", "at io.tillid");
    assertThat(output.getOut()).contains("unhandled error").doesNotContain("Jane Doe", "010203-1234");
  }

  private HttpResponse<String> postJson(String path, String body) throws Exception {
    return https().send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertProblem(HttpResponse<String> response, int status, String detail) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"status\":" + status, detail, "\"requestId\"")
        .doesNotContain("trace", "exception", "Exception");
  }
}
