package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {

  @Test
  void acceptsOrdinaryAddresses() {
    assertThat(EmailAddresses.isValid("anna.berg+kyc@acme-finans.dk")).isTrue();
    assertThat(EmailAddresses.isValid("a@b.co")).isTrue();
  }

  @Test
  void refusesMalformedAddresses() {
    assertThat(EmailAddresses.isValid(null)).isFalse();
    assertThat(EmailAddresses.isValid("no-at-sign.dk")).isFalse();
    assertThat(EmailAddresses.isValid("a@localhost")).isFalse();
    assertThat(EmailAddresses.isValid(".a@acme.dk")).isFalse();
    assertThat(EmailAddresses.isValid("a..b@acme.dk")).isFalse();
    assertThat(EmailAddresses.isValid("a b@acme.dk")).isFalse();
    assertThat(EmailAddresses.isValid("a@-acme.dk")).isFalse();
    assertThat(EmailAddresses.isValid("a@acme..dk")).isFalse();
    assertThat(EmailAddresses.isValid("a".repeat(65) + "@acme.dk")).isFalse();
    assertThat(EmailAddresses.isValid("a@" + "b".repeat(250) + ".dk")).isFalse();
  }

  @Test
  void normalizesCase() {
    assertThat(EmailAddresses.normalize(" Anna@ACME.dk ")).isEqualTo("anna@acme.dk");
  }
}
