package io.tillid.identity.internal;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The one password policy (NIST SP 800-63B-4): at least 15 characters, or 8 with a second
 * factor enrolled; up to 256 accepted; length in Unicode code points after NFKC; no composition
 * rules and no expiry; nothing on the blocklist, and nothing containing the e-mail address, its
 * local part or the organisation's name or slug
 * (each once it has four characters or more).
 */
@SuppressFBWarnings(value = "IMPROPER_UNICODE", justification = "Normalising is the rule here, not a bypass: "
    + "NIST SP 800-63B-4 counts characters after NFKC, and every check (length, blocklist, containment) runs on "
    + "the normalised, case-folded text, so no check sees a different string than the next one")
final class PasswordPolicy {

  static final int MIN_LENGTH = 15;
  static final int MIN_LENGTH_WITH_MFA = 8;
  static final int MAX_LENGTH = 256;
  private static final int MIN_CONTAINED = 4;

  private final PasswordBlocklist blocklist;

  PasswordPolicy(PasswordBlocklist blocklist) {
    this.blocklist = blocklist;
  }

  /** The policy with the shipped blocklist. */
  static PasswordPolicy standard() {
    return new PasswordPolicy(PasswordBlocklist.shipped());
  }

  PasswordDecision check(String password, PasswordSubject subject) {
    String normalized = Normalizer.normalize(password == null ? "" : password, Normalizer.Form.NFKC);
    int length = normalized.codePointCount(0, normalized.length());
    int minimum = subject.mfaEnrolled() ? MIN_LENGTH_WITH_MFA : MIN_LENGTH;
    if (length < minimum) {
      return new PasswordDecision(PasswordDecision.TOO_SHORT, minimum);
    }
    if (length > MAX_LENGTH) {
      return new PasswordDecision(PasswordDecision.TOO_LONG, MAX_LENGTH);
    }
    if (blocklist.contains(normalized) || blocklist.contains(password)) {
      return new PasswordDecision(PasswordDecision.BLOCKLISTED, 0);
    }
    String folded = fold(normalized);
    String email = fold(subject.email());
    int at = email.lastIndexOf('@');
    String local = at > 0 ? email.substring(0, at) : "";
    if (contains(folded, email) || contains(folded, local)) {
      return new PasswordDecision(PasswordDecision.CONTAINS_EMAIL, 0);
    }
    if (contains(folded, fold(subject.tenantName())) || contains(folded, fold(subject.tenantSlug()))) {
      return new PasswordDecision(PasswordDecision.CONTAINS_TENANT, 0);
    }
    return new PasswordDecision(PasswordDecision.OK, 0);
  }

  /** Parts shorter than four characters ("ab", "Acme" is not) would refuse too much to mean anything. */
  private static boolean contains(String password, String part) {
    return part.length() >= MIN_CONTAINED && password.contains(part);
  }

  private static String fold(String text) {
    return text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }
}
