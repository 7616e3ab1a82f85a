package io.tillid.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;

/** Health and metrics on the management port, which listens on loopback only and plain HTTP. */
class ManagementIT extends IntegrationTest {

  @LocalManagementPort
  int managementPort;

  @Value("${management.server.address}")
  String managementAddress;

  @Test
  void livenessAndReadinessAreUp() throws Exception {
    HttpResponse<String> live = management("/health/live");
    HttpResponse<String> ready = management("/health/ready");

    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(live.body()).contains("\"status\":\"UP\"");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"db\":{\"status\":\"UP\"}", "\"migrations\":{\"status\":\"UP\"}",
        "\"readinessState\":{\"status\":\"UP\"}");
  }

  @Test
  void metricsArePrometheusText() throws Exception {
    HttpResponse<String> metrics = management("/metrics");

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("# TYPE jvm_memory_used_bytes gauge", "hikaricp_connections");
  }

  @Test
  void managementListensOnLoopbackOnlyAndNotOnThePublicPort() throws Exception {
    assertThat(managementAddress).isEqualTo("127.0.0.1");
    assertThat(managementPort).isNotEqualTo(httpsPort);

    HttpResponse<String> onPublicPort = get("/health/ready");
    assertThat(onPublicPort.body()).doesNotContain("\"status\":\"UP\"");
  }

  private HttpResponse<String> management(String path) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
