package io.tillid.access;

import java.util.Locale;

/** The attribute dimensions a grant is given in; {@link #column()} names it in the database. */
public enum GrantDimension {
  BUSINESS_UNIT,
  SENSITIVITY,
  JURISDICTION;

  /** Grants every value of its dimension. */
  public static final String ALL = "*";

  /** The name stored in {@code access_grant.dimension} and used in the audit trail. */
  public String column() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@code value} is a value of this dimension or {@link #ALL}: a key for business units
   * and sensitivities, an upper-case ISO 3166-1 alpha-2 code for jurisdictions.
   */
  public boolean accepts(String value) {
    if (ALL.equals(value)) {
      return true;
    }
    return this == JURISDICTION ? DatasetAttributes.isJurisdiction(value)
        : value != null && DatasetAttributes.KEY.matcher(value).matches();
  }
}
