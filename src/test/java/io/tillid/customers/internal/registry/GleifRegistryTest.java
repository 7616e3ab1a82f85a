package io.tillid.customers.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The GLEIF connector on hand-made JSON:API answers (fictitious entities). */
class GleifRegistryTest {

  static WireMockServer server;
  static GleifRegistry gleif;

  @BeforeAll
  static void start() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    RegistryFixtures.gleif(server);
    gleif = new GleifRegistry(RegistryFixtures.client(server, "gleif", null, null, RegistryFixtures.quick()));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void readsTheRecordAndItsParentsAsOwnersWithoutShare() {
    RegistryCompany nordlys = gleif.lookup("529900fictivenord021").orElseThrow();

    assertThat(nordlys.registrationNumber()).isEqualTo("529900FICTIVENORD021");
    assertThat(nordlys.name()).isEqualTo("Nordlys Rederi A/S");
    assertThat(nordlys.country()).isEqualTo("DK");
    assertThat(nordlys.legalForm()).isEqualTo("Aktieselskab");
    assertThat(nordlys.industryCode()).isNull();
    assertThat(nordlys.address()).isEqualTo("Strandboulevarden 999, 2100 København Ø, DK-84, DK");
    assertThat(nordlys.management()).isEmpty();
    assertThat(nordlys.owners()).extracting(RegistryOwner::name, RegistryOwner::registrationNumber,
        RegistryOwner::country, RegistryOwner::share, RegistryOwner::relation).containsExactly(
        tuple("Fjällhavet Holding AB", "529900FICTIVEPARN042", "SE", null, "direct-parent"),
        tuple("Aurora Maritime Group Inc.", "529900FICTIVEULTM063", "US", null, "ultimate-parent"));
  }

  @Test
  void noParentsWhenGleifHasNone() {
    String lei = "529900FICTIVENOPA011";
    server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/api/v1/lei-records/" + lei)
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
            io.tillid.support.RegistryStubs.body("gleif/lei-record-nordlys.json").replace("529900FICTIVENORD021", lei))));
    RegistryFixtures.missing(server, "/api/v1/lei-records/" + lei + "/direct-parent");
    RegistryFixtures.missing(server, "/api/v1/lei-records/" + lei + "/ultimate-parent");

    assertThat(gleif.lookup(lei).orElseThrow().owners()).isEmpty();
    RegistryFixtures.missing(server, "/api/v1/lei-records/529900FICTIVEMISS099");
    assertThat(gleif.lookup("529900FICTIVEMISS099")).isEmpty();
  }
}
