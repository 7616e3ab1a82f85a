package io.tillid.identity.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Syntax of e-mail addresses as accounts use them: a dot-atom local part and a domain of at least
 * two DNS labels. Checked piece by piece, so no pattern can backtrack on long input.
 */
final class EmailAddresses {

  static final int MAX_LENGTH = 254;
  private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}");
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

  private EmailAddresses() {}

  static boolean isValid(String address) {
    if (address == null || address.length() > MAX_LENGTH) {
      return false;
    }
    int at = address.lastIndexOf('@');
    if (at <= 0 || at == address.length() - 1) {
      return false;
    }
    String local = address.substring(0, at);
    if (!LOCAL.matcher(local).matches() || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
      return false;
    }
    String[] labels = address.substring(at + 1).split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }

  /** Addresses are matched without regard to case. */
  static String normalize(String address) {
    return address.trim().toLowerCase(Locale.ROOT);
  }
}
