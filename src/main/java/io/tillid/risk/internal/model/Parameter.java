package io.tillid.risk.internal.model;

/**
 * The tenant-configurable numbers of the risk model: points a factor adds, thresholds and review
 * intervals, each with its allowed range and the shipped default (model version 1). Basel scores
 * are held in tenths ({@code 50} is 5.0) and shown with one decimal.
 */
public enum Parameter {
  COMPANY_POINTS("companyPoints", Group.CUSTOMER, 5, 0, 100, 0),
  BASEL_MEDIUM_FROM("baselMediumFrom", Group.COUNTRY, 50, 0, 100, 1),
  BASEL_MEDIUM_POINTS("baselMediumPoints", Group.COUNTRY, 5, 0, 100, 0),
  BASEL_HIGH_FROM("baselHighFrom", Group.COUNTRY, 65, 0, 100, 1),
  BASEL_HIGH_POINTS("baselHighPoints", Group.COUNTRY, 10, 0, 100, 0),
  UNRATED_COUNTRY_POINTS("unratedCountryPoints", Group.COUNTRY, 5, 0, 100, 0),
  FATF_GREY_POINTS("fatfGreyPoints", Group.COUNTRY, 20, 0, 100, 0),
  EU_HIGH_RISK_POINTS("euHighRiskPoints", Group.COUNTRY, 20, 0, 100, 0),
  FATF_BLACK_POINTS("fatfBlackPoints", Group.COUNTRY, 50, 0, 100, 0),
  HIGH_RISK_INDUSTRY_POINTS("highRiskIndustryPoints", Group.CUSTOMER, 20, 0, 100, 0),
  PEP_POINTS("pepPoints", Group.CUSTOMER, 30, 0, 100, 0),
  CONFIRMED_MATCH_POINTS("confirmedMatchPoints", Group.SCREENING, 50, 0, 100, 0),
  OPEN_HIT_POINTS("openHitPoints", Group.SCREENING, 10, 0, 100, 0),
  STANDARD_PRODUCT_POINTS("standardProductPoints", Group.PRODUCT, 5, 0, 100, 0),
  HIGH_PRODUCT_POINTS("highProductPoints", Group.PRODUCT, 15, 0, 100, 0),
  REMOTE_EID_POINTS("remoteEidPoints", Group.PRODUCT, 5, 0, 100, 0),
  REMOTE_POINTS("remotePoints", Group.PRODUCT, 15, 0, 100, 0),
  OWNERSHIP_LAYER_POINTS("ownershipLayerPoints", Group.OWNERSHIP, 5, 0, 100, 0),
  FOREIGN_OWNER_POINTS("foreignOwnerPoints", Group.OWNERSHIP, 5, 0, 100, 0),
  OWNERSHIP_MAX_POINTS("ownershipMaxPoints", Group.OWNERSHIP, 30, 0, 100, 0),
  LINKED_CONFIRMED_MATCH_POINTS("linkedConfirmedMatchPoints", Group.LINKED, 30, 0, 100, 0),
  LINKED_PEP_POINTS("linkedPepPoints", Group.LINKED, 20, 0, 100, 0),
  LINKED_OPEN_HIT_POINTS("linkedOpenHitPoints", Group.LINKED, 10, 0, 100, 0),
  LINKED_HIGH_RISK_POINTS("linkedHighRiskPoints", Group.LINKED, 10, 0, 100, 0),
  LINKED_MAX_POINTS("linkedMaxPoints", Group.LINKED, 60, 0, 200, 0),
  MEDIUM_FROM("mediumFrom", Group.LEVELS, 20, 1, 1000, 0),
  HIGH_FROM("highFrom", Group.LEVELS, 40, 1, 1000, 0),
  LOW_REVIEW_MONTHS("lowReviewMonths", Group.REVIEW, 36, 1, 120, 0),
  MEDIUM_REVIEW_MONTHS("mediumReviewMonths", Group.REVIEW, 24, 1, 120, 0),
  HIGH_REVIEW_MONTHS("highReviewMonths", Group.REVIEW, 12, 1, 120, 0);

  /** Sections of the settings page. */
  public enum Group { CUSTOMER, COUNTRY, SCREENING, PRODUCT, OWNERSHIP, LINKED, LEVELS, REVIEW }

  private final String key;
  private final Group group;
  private final int defaultValue;
  private final int min;
  private final int max;
  private final int decimals;

  Parameter(String key, Group group, int defaultValue, int min, int max, int decimals) {
    this.key = key;
    this.group = group;
    this.defaultValue = defaultValue;
    this.min = min;
    this.max = max;
    this.decimals = decimals;
  }

  /** The name in forms, storage, audit entries and error messages. */
  public String key() {
    return key;
  }

  public Group group() {
    return group;
  }

  public int defaultValue() {
    return defaultValue;
  }

  public int min() {
    return min;
  }

  public int max() {
    return max;
  }

  /** 1 for values shown with one decimal (Basel scores in tenths), else 0. */
  public int decimals() {
    return decimals;
  }

  /** The value as shown and typed: {@code 5.0} for a Basel threshold of 50 tenths, else the number. */
  public String format(int value) {
    return decimals == 0 ? Integer.toString(value) : (value / 10) + "." + (value % 10);
  }

  /** The parameter with this key, if any. */
  public static java.util.Optional<Parameter> byKey(String key) {
    for (Parameter p : values()) {
      if (p.key.equals(key)) {
        return java.util.Optional.of(p);
      }
    }
    return java.util.Optional.empty();
  }
}
