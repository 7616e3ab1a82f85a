package io.tillid.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One WireMock server per test JVM that stands in for the company registries (CVR, GLEIF,
 * Companies House): tests stub the answers they need from the recorded responses under
 * {@code src/test/resources/registry} (see its SOURCES.md). Nothing in a test calls a real registry.
 */
public final class RegistryStubs {

  public static final String CVR_USER = "cvr-test-user";
  public static final String CVR_PASSWORD = "cvr-test-password";
  public static final String COMPANIES_HOUSE_KEY = "ch-test-key";

  private static WireMockServer server;

  private RegistryStubs() {}

  /** The running server (started on first use on a free loopback port). */
  public static synchronized WireMockServer server() {
    if (server == null) {
      server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
      server.start();
    }
    return server;
  }

  public static String url() {
    return "http://127.0.0.1:" + server().port();
  }

  /** A recorded (or hand-made) response body from {@code registry/PATH}. */
  public static String body(String path) {
    try (InputStream in = RegistryStubs.class.getResourceAsStream("/registry/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture registry/" + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
