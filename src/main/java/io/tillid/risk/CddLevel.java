package io.tillid.risk;

import java.util.Locale;

/** The customer due diligence the risk level calls for. */
public enum CddLevel {
  SIMPLIFIED, STANDARD, ENHANCED;

  /** The lower-case name used in JSON and storage: {@code simplified}, {@code standard}, {@code enhanced}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Low risk allows simplified, medium calls for standard and high for enhanced due diligence. */
  public static CddLevel forLevel(RiskLevel level) {
    return switch (level) {
      case LOW -> SIMPLIFIED;
      case MEDIUM -> STANDARD;
      case HIGH -> ENHANCED;
    };
  }

  /** The level named by {@link #value()}. */
  public static CddLevel parse(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
