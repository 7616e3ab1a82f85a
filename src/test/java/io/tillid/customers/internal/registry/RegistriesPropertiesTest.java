package io.tillid.customers.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The registries' settings are checked at start and never show a credential. */
class RegistriesPropertiesTest {

  @Test
  void enabledRegistriesNeedTheirCredentials() {
    assertThatThrownBy(() -> new RegistriesProperties.Cvr(true, URI.create("http://distribution.virk.dk"), "u", null))
        .hasMessageContaining("tillid.registries.cvr.username and .password");
    assertThatThrownBy(() -> new RegistriesProperties.CompaniesHouse(true,
        URI.create("https://api.company-information.service.gov.uk"), " "))
        .hasMessageContaining("api-key");
    assertThatThrownBy(() -> new RegistriesProperties.Gleif(true, URI.create("ftp://api.gleif.org")))
        .hasMessageContaining("http(s)");
    assertThat(new RegistriesProperties.Cvr(false, URI.create("http://distribution.virk.dk"), null, null).enabled())
        .isFalse();
  }

  @Test
  void credentialsAreMaskedInToString() {
    assertThat(new RegistriesProperties.Cvr(true, URI.create("http://distribution.virk.dk"), "user-x", "pw-y")
        .toString()).doesNotContain("user-x", "pw-y");
    assertThat(new RegistriesProperties.CompaniesHouse(true, URI.create("https://api.company-information.service.gov.uk"),
        "key-z").toString()).doesNotContain("key-z");
  }
}
