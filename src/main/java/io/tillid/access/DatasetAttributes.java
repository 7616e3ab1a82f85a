package io.tillid.access;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The attributes a dataset object (a customer, a case, later a document) carries, which a
 * principal's {@link Grants} must match for it to see the object at all.
 *
 * @param businessUnit the business unit owning the object: a key such as {@code retail}
 * @param sensitivity the object's sensitivity such as {@code restricted} or {@code pep}, or null for
 *     ordinary data, which needs no sensitivity grant
 * @param jurisdiction the ISO 3166-1 alpha-2 country code whose law governs the object, such as
 *     {@code DK}; stored and compared in upper case
 */
public record DatasetAttributes(String businessUnit, String sensitivity, String jurisdiction) {

  /** The form of a business unit or sensitivity key: lower case letters, digits, '-' and '_'. */
  public static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public DatasetAttributes {
    Objects.requireNonNull(businessUnit, "businessUnit");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    if (!KEY.matcher(businessUnit).matches()) {
      throw new IllegalArgumentException("business unit is not a key");
    }
    if (sensitivity != null && !KEY.matcher(sensitivity).matches()) {
      throw new IllegalArgumentException("sensitivity is not a key");
    }
    jurisdiction = jurisdiction.toUpperCase(Locale.ROOT);
    if (!isJurisdiction(jurisdiction)) {
      throw new IllegalArgumentException("jurisdiction is not an ISO 3166-1 alpha-2 code");
    }
  }

  /** Whether the value is an ISO 3166-1 alpha-2 country code (upper case). */
  public static boolean isJurisdiction(String value) {
    return value != null && COUNTRIES.contains(value);
  }
}
