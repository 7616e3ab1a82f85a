package io.tillid.customers.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.tillid.support.RegistryStubs;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Companies House connector on hand-made answers (fictitious company and people). */
class CompaniesHouseRegistryTest {

  static WireMockServer server;
  static CompaniesHouseRegistry house;

  @BeforeAll
  static void start() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    RegistryFixtures.companiesHouse(server);
    house = new CompaniesHouseRegistry(RegistryFixtures.client(server, "companies-house",
        RegistryStubs.COMPANIES_HOUSE_KEY, "", RegistryFixtures.quick()));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void readsProfileOfficersAndControllers() {
    RegistryCompany widgets = house.lookup("fx000042").orElseThrow();

    assertThat(widgets.name()).isEqualTo("FICTIVE WIDGETS LIMITED");
    assertThat(widgets.country()).isEqualTo("GB");
    assertThat(widgets.legalForm()).isEqualTo("ltd");
    assertThat(widgets.industryCode()).as("UK SIC 62020 is NACE 62.02").isEqualTo("62.02");
    assertThat(widgets.address()).isEqualTo("Unit 4 1 Example Street, London, EC1A 9ZZ, United Kingdom");
    assertThat(widgets.management()).extracting(RegistryPerson::name, RegistryPerson::role,
        RegistryPerson::nationality, RegistryPerson::countryOfResidence).containsExactly(
        tuple("Jane Alice Example", "director", "GB", "GB"), tuple("Peter Sample", "secretary", null, null));
  }

  @Test
  void shareBandsBecomeTheirLowerBoundWithAMarker() {
    RegistryCompany widgets = house.lookup("FX000042").orElseThrow();

    assertThat(widgets.owners()).extracting(RegistryOwner::name, RegistryOwner::kind, RegistryOwner::share,
        RegistryOwner::votingShare, RegistryOwner::shareBand, RegistryOwner::beneficialOwner).containsExactly(
        tuple("Jane Alice Example", RegistryOwner.Kind.PERSON, new BigDecimal("0.50"), new BigDecimal("0.50"),
            "shares 50-to-75-percent; votes 50-to-75-percent", true),
        tuple("FICTIVE HOLDINGS LIMITED", RegistryOwner.Kind.COMPANY, new BigDecimal("0.25"), null,
            "shares 25-to-50-percent", false));
    assertThat(widgets.owners().get(1).registrationNumber()).isEqualTo("FX000007");
    assertThat(widgets.owners().get(1).country()).isEqualTo("GB");
    assertThat(widgets.owners().get(0).key()).as("the same key as the officer").isEqualTo(
        widgets.management().get(0).key());
  }

  @Test
  void shortNumbersAreZeroPadded() {
    RegistryFixtures.missing(server, "/company/00001234");
    assertThat(house.lookup("1234")).isEmpty();
  }
}
