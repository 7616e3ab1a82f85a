package io.tillid.customers.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.tillid.support.RegistryStubs;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CVR connector on real recorded answers of the CVR Elasticsearch API. */
class CvrRegistryTest {

  static WireMockServer server;
  static CvrRegistry cvr;

  @BeforeAll
  static void start() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    RegistryFixtures.cvr(server, RegistryFixtures.TIETGEN, "cvr_es_response_tietgen_invest.json");
    RegistryFixtures.cvr(server, RegistryFixtures.ASSURE_FEEDER, "cvr_es_response_assure_wealth.json");
    cvr = new CvrRegistry(RegistryFixtures.client(server, "cvr", RegistryStubs.CVR_USER, RegistryStubs.CVR_PASSWORD,
        RegistryFixtures.quick()));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void readsTheCompanyAsItIsToday() {
    RegistryCompany tietgen = cvr.lookup("41774037").orElseThrow();

    assertThat(tietgen.registry()).isEqualTo("cvr");
    assertThat(tietgen.registrationNumber()).isEqualTo("41774037");
    assertThat(tietgen.name()).isEqualTo("Tietgen Invest ApS");
    assertThat(tietgen.country()).isEqualTo("DK");
    assertThat(tietgen.legalForm()).isEqualTo("APS");
    assertThat(tietgen.industryCode()).as("DB07 643030 is NACE 64.30").isEqualTo("64.30");
    assertThat(tietgen.address()).isEqualTo("Hovedgaden 6, 1., 2970 Hørsholm");
  }

  @Test
  void currentManagementOnlyWithTheirRoles() {
    RegistryCompany tietgen = cvr.lookup("41774037").orElseThrow();

    assertThat(tietgen.management()).extracting(RegistryPerson::name, RegistryPerson::role).containsExactlyInAnyOrder(
        tuple("Stig Madsen Lachenmeier", "board-member"),
        tuple("Hans Christian Eberhard Groth Teisen", "board-member"),
        tuple("Jan Lythcke-Jørgensen", "board-member"),
        tuple("Karsten Poulsen", "chair"),
        tuple("Jesper Wadum Nielsen", "director"),
        tuple("Jesper Wadum Nielsen", "board-member"));
    assertThat(tietgen.management()).allSatisfy(p -> {
      assertThat(p.kind()).isEqualTo(RegistryOwner.Kind.PERSON);
      assertThat(p.birthDate()).isNull();
      assertThat(p.countryOfResidence()).isEqualTo("DK");
    });
  }

  @Test
  void currentOwnersWithTheirSharesAsFractions() {
    RegistryCompany tietgen = cvr.lookup("41774037").orElseThrow();

    assertThat(tietgen.owners()).hasSize(12);
    assertThat(tietgen.owners()).allSatisfy(o -> {
      assertThat(o.share()).isEqualByComparingTo("0.05");
      assertThat(o.votingShare()).isEqualByComparingTo("0.05");
      assertThat(o.beneficialOwner()).as("the 'Reel ejer' periods have ended").isFalse();
    });
    assertThat(tietgen.owners()).filteredOn(o -> o.kind() == RegistryOwner.Kind.PERSON)
        .extracting(RegistryOwner::name).containsExactly("Karsten Poulsen");
    assertThat(tietgen.owners()).filteredOn(o -> o.name().equals("PW ADMINISTRATION & INVEST ApS"))
        .extracting(RegistryOwner::registrationNumber, RegistryOwner::country).containsExactly(tuple("26441366", "DK"));
    assertThat(tietgen.owners()).extracting(RegistryOwner::name)
        .doesNotContain("BERGVALL HANSEN HOLDING ApS", "Frieda Ehmsen Lachenmeier");
    assertThat(tietgen.owners().stream().map(RegistryOwner::share).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("0.60");
  }

  @Test
  void beneficialOwnersWithoutAShareAndACompanyAsGeneralPartner() {
    RegistryCompany feeder = cvr.lookup("44477378").orElseThrow();

    assertThat(feeder.name()).isEqualTo("Assure Alternatives TG Partners VIII Feeder K/S");
    assertThat(feeder.legalForm()).isEqualTo("K/S");
    assertThat(feeder.owners()).extracting(RegistryOwner::name, RegistryOwner::share, RegistryOwner::beneficialOwner)
        .containsExactlyInAnyOrder(tuple("ASSURE WEALTH HOLDING ApS", new BigDecimal("1"), false),
            tuple("Klaus Lauenborg Breitenstein", null, true), tuple("Jacob Grosen", null, true));
    assertThat(feeder.management()).extracting(RegistryPerson::name, RegistryPerson::kind, RegistryPerson::role,
        RegistryPerson::registrationNumber).containsExactlyInAnyOrder(
        tuple("Assure Alternatives General Partner I ApS", RegistryOwner.Kind.COMPANY, "director", "44477343"),
        tuple("Assure Alternatives General Partner I ApS", RegistryOwner.Kind.COMPANY, "general-partner", "44477343"));
  }

  @Test
  void anUnknownNumberIsEmptyAndABadOneIsRefusedBeforeAsking() {
    server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/cvr-permanent/virksomhed/_search")
        .atPriority(10).willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
            "{\"took\":1,\"timed_out\":false,\"hits\":{\"total\":0,\"max_score\":null,\"hits\":[]}}")));
    assertThat(cvr.lookup("12345678")).isEmpty();
    assertThatThrownBy(() -> cvr.lookup("1234/../x")).isInstanceOf(InvalidRegistrationNumber.class)
        .hasMessage("The field 'registrationNumber' must be a CVR number of 8 digits.");
  }

  @Test
  void nacesFromDanishBranchCodes() {
    assertThat(CvrParser.nace("643030")).isEqualTo("64.30");
    assertThat(CvrParser.nace("692000")).isEqualTo("69.20");
    assertThat(CvrParser.nace("x")).isNull();
  }
}
