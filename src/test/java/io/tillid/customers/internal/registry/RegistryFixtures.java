package io.tillid.customers.internal.registry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.tillid.support.RegistryStubs;
import java.net.URI;
import java.time.Duration;

/** Stubs of the registries' answers from the fixtures, and connectors pointed at a stub server. */
public final class RegistryFixtures {

  public static final String TIETGEN = "41774037";
  public static final String ASSURE_FEEDER = "44477378";
  public static final String NORDLYS_LEI = "529900FICTIVENORD021";
  public static final String FICTIVE_WIDGETS = "FX000042";

  private RegistryFixtures() {}

  public static RegistryTimeouts quick() {
    return new RegistryTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  public static RegistryClient client(WireMockServer server, String registry, String user, String password,
      RegistryTimeouts timeouts) {
    return new RegistryClient(registry, URI.create("http://127.0.0.1:" + server.port()), timeouts, user, password);
  }

  /** The CVR search answers the recorded response of the file for the number (the whole file). */
  public static void cvr(WireMockServer server, String number, String file) {
    server.stubFor(post(urlPathEqualTo("/cvr-permanent/virksomhed/_search"))
        .withBasicAuth(RegistryStubs.CVR_USER, RegistryStubs.CVR_PASSWORD)
        .withRequestBody(matchingJsonPath("$.query.term['Vrvirksomhed.cvrNummer']", equalTo(number)))
        .willReturn(okJson(RegistryStubs.body("cvr/" + file))));
  }

  /** GLEIF: the Nordlys record with its direct and ultimate parents. */
  public static void gleif(WireMockServer server) {
    String base = "/api/v1/lei-records/" + NORDLYS_LEI;
    server.stubFor(get(urlPathEqualTo(base)).willReturn(json("gleif/lei-record-nordlys.json")));
    server.stubFor(get(urlPathEqualTo(base + "/direct-parent")).willReturn(json("gleif/direct-parent-fjallhavet.json")));
    server.stubFor(get(urlPathEqualTo(base + "/ultimate-parent")).willReturn(json("gleif/ultimate-parent-aurora.json")));
  }

  /** Companies House: the Fictive Widgets profile, officers and persons with significant control. */
  public static void companiesHouse(WireMockServer server) {
    String base = "/company/" + FICTIVE_WIDGETS;
    server.stubFor(get(urlPathEqualTo(base)).withBasicAuth(RegistryStubs.COMPANIES_HOUSE_KEY, "")
        .willReturn(okJson(RegistryStubs.body("companies-house/company.json"))));
    server.stubFor(get(urlPathEqualTo(base + "/officers")).withBasicAuth(RegistryStubs.COMPANIES_HOUSE_KEY, "")
        .willReturn(okJson(RegistryStubs.body("companies-house/officers.json"))));
    server.stubFor(get(urlPathEqualTo(base + "/persons-with-significant-control"))
        .withBasicAuth(RegistryStubs.COMPANIES_HOUSE_KEY, "")
        .willReturn(okJson(RegistryStubs.body("companies-house/psc.json"))));
  }

  /** An unknown number: the registry's 404. */
  public static void missing(WireMockServer server, String path) {
    server.stubFor(get(urlPathEqualTo(path)).willReturn(notFound()));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String file) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/vnd.api+json")
        .withBody(RegistryStubs.body(file));
  }
}
