package io.tillid.risk;

import java.util.Locale;

/** How risky a customer relationship is, in the order of severity. */
public enum RiskLevel {
  LOW, MEDIUM, HIGH;

  /** The lower-case name used in JSON and storage: {@code low}, {@code medium}, {@code high}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The more severe of the two. */
  public RiskLevel atLeast(RiskLevel other) {
    return other != null && other.compareTo(this) > 0 ? other : this;
  }

  /** The level named by {@link #value()}. */
  public static RiskLevel parse(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
