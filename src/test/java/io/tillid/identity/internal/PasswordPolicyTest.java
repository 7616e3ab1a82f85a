package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private static final PasswordPolicy POLICY = PasswordPolicy.standard();
  private static final PasswordSubject ANNA = new PasswordSubject("anna.berg@acme.dk", "Acme Finans A/S", "acme-finans",
      false);
  private static final PasswordSubject ANNA_WITH_MFA = new PasswordSubject("anna.berg@acme.dk", "Acme Finans A/S",
      "acme-finans", true);

  private static String reason(String password, PasswordSubject subject) {
    return POLICY.check(password, subject).reason();
  }

  @Test
  void theShippedBlocklistHasAllItsEntries() {
    // 100,001 lines; 96,520 distinct once case is ignored
    assertThat(PasswordBlocklist.shipped().size()).isEqualTo(96_520);
  }

  @Test
  void acceptsALongPassphraseWithoutCompositionRules() {
    PasswordDecision decision = POLICY.check("violet tractor sings at dawn", ANNA);
    assertThat(decision.accepted()).isTrue();
    assertThat(decision.reason()).isEqualTo(PasswordDecision.OK);
  }

  @Test
  void refusesBlocklistedPasswordsWithoutRegardToCase() {
    assertThat(reason("1qaz2wsx3edc4rfv", ANNA)).isEqualTo(PasswordDecision.BLOCKLISTED);
    assertThat(reason("1QAZ2WSX3EDC4RFV", ANNA)).isEqualTo(PasswordDecision.BLOCKLISTED);
    assertThat(reason("123456789987654321", ANNA)).isEqualTo(PasswordDecision.BLOCKLISTED);
    assertThat(reason("Password", ANNA_WITH_MFA)).isEqualTo(PasswordDecision.BLOCKLISTED);
  }

  @Test
  void needsFifteenCharactersOrEightWithMfa() {
    assertThat(POLICY.check("fourteen chars", ANNA)).isEqualTo(new PasswordDecision(PasswordDecision.TOO_SHORT, 15));
    assertThat(reason("fifteen chars!!", ANNA)).isEqualTo(PasswordDecision.OK);
    assertThat(POLICY.check("seven c", ANNA_WITH_MFA))
        .isEqualTo(new PasswordDecision(PasswordDecision.TOO_SHORT, 8));
    assertThat(reason("qz8 wv7k", ANNA_WITH_MFA)).isEqualTo(PasswordDecision.OK);
    assertThat(reason("qz8 wv7k", ANNA)).isEqualTo(PasswordDecision.TOO_SHORT);
    assertThat(reason(null, ANNA)).isEqualTo(PasswordDecision.TOO_SHORT);
  }

  @Test
  void acceptsSixtyFourAndUpTo256ButNotMore() {
    assertThat(reason(phrase(64), ANNA)).isEqualTo(PasswordDecision.OK);
    assertThat(reason(phrase(256), ANNA)).isEqualTo(PasswordDecision.OK);
    assertThat(POLICY.check(phrase(257), ANNA)).isEqualTo(new PasswordDecision(PasswordDecision.TOO_LONG, 256));
  }

  @Test
  void countsCodePointsAfterNfkc() {
    // 15 emoji are 30 UTF-16 chars but 15 code points
    String emoji = "\uD83D\uDE00".repeat(15);
    assertThat(reason(emoji, ANNA)).isEqualTo(PasswordDecision.OK);
    assertThat(reason("\uD83D\uDE00".repeat(14), ANNA)).isEqualTo(PasswordDecision.TOO_SHORT);
    // 14 combining sequences "e" + U+0301 compose to 14 code points under NFKC: too short
    assertThat(reason("e\u0301".repeat(14), ANNA)).isEqualTo(PasswordDecision.TOO_SHORT);
    // 256 Danish letters (2 bytes each in UTF-8) are fine, 257 are not
    assertThat(reason("æøå".repeat(85) + "æ", ANNA)).isEqualTo(PasswordDecision.OK);
    assertThat(reason("æøå".repeat(85) + "æø", ANNA)).isEqualTo(PasswordDecision.TOO_LONG);
    // a full-width digit is the plain digit after NFKC, so it cannot hide a blocklisted password
    assertThat(reason("\uFF11qaz2wsx3edc4rfv", ANNA)).isEqualTo(PasswordDecision.BLOCKLISTED);
  }

  @Test
  void refusesTheEmailAddressAndItsLocalPartInAnyCase() {
    assertThat(reason("my anna.berg@acme.dk secret", ANNA)).isEqualTo(PasswordDecision.CONTAINS_EMAIL);
    assertThat(reason("ANNA.BERG rides a tractor", ANNA)).isEqualTo(PasswordDecision.CONTAINS_EMAIL);
    PasswordSubject shortLocal = new PasswordSubject("bo@acme.dk", "Acme Finans A/S", "acme-finans", false);
    assertThat(reason("bo rides a violet tractor", shortLocal)).isEqualTo(PasswordDecision.OK);
  }

  @Test
  void refusesTheTenantsNameOrSlugInAnyCase() {
    assertThat(reason("we love acme finans a/s!", ANNA)).isEqualTo(PasswordDecision.CONTAINS_TENANT);
    assertThat(reason("ACME-FINANS forever more", ANNA)).isEqualTo(PasswordDecision.CONTAINS_TENANT);
    assertThat(reason("acme rides a violet tractor", ANNA)).isEqualTo(PasswordDecision.OK);
  }

  @Test
  void decisionsAndSubjectsNeverShowThePasswordOrAddress() {
    String password = "we love acme finans a/s!";
    assertThat(POLICY.check(password, ANNA).toString()).doesNotContain("acme", "love");
    assertThat(ANNA.toString()).doesNotContain("anna");
  }

  private static String phrase(int length) {
    StringBuilder out = new StringBuilder();
    String words = "violet tractor sings at dawn over quiet hills ";
    while (out.length() < length) {
      out.append(words);
    }
    return out.substring(0, length);
  }
}
