package io.tillid.risk.internal.model;

import io.tillid.risk.RiskLevel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One version of a tenant's risk model: a value for every {@link Parameter} and the list of
 * high-risk industry codes. Version 1 is the shipped default, the same for every tenant until it
 * changes something; each change makes the next version.
 */
public record RiskModel(int version, Map<Parameter, Integer> values, Set<String> highRiskIndustries) {

  /**
   * The shipped high-risk industries (NACE Rev. 2): gambling and betting (92), other financial
   * services such as money service businesses and crypto-asset exchanges (64.99), brokerage (66.12),
   * money transfer and crypto-asset services (66.19), wholesale of precious metals (46.72), retail of
   * jewellery and watches (47.77), real estate (68), weapons and ammunition (25.4), and the
   * cash-intensive sale of motor vehicles (45.1) and bars (56.3).
   */
  public static final Set<String> DEFAULT_HIGH_RISK_INDUSTRIES = Set.copyOf(List.of("92", "64.99", "66.12", "66.19",
      "46.72", "47.77", "68", "25.4", "45.1", "56.3"));

  /** Version 1: the shipped defaults. */
  public static final RiskModel DEFAULT = new RiskModel(1, defaults(), DEFAULT_HIGH_RISK_INDUSTRIES);

  public RiskModel {
    EnumMap<Parameter, Integer> all = new EnumMap<>(Parameter.class);
    for (Parameter p : Parameter.values()) {
      all.put(p, values.getOrDefault(p, p.defaultValue()));
    }
    values = Map.copyOf(all);
    highRiskIndustries = Set.copyOf(new TreeSet<>(highRiskIndustries));
  }

  public int value(Parameter parameter) {
    return values.get(parameter);
  }

  /** The level a score reaches by the model's thresholds. */
  public RiskLevel levelOf(int score) {
    if (score >= value(Parameter.HIGH_FROM)) {
      return RiskLevel.HIGH;
    }
    return score >= value(Parameter.MEDIUM_FROM) ? RiskLevel.MEDIUM : RiskLevel.LOW;
  }

  /** Months until the next review of a customer at this level. */
  public int reviewMonths(RiskLevel level) {
    return switch (level) {
      case LOW -> value(Parameter.LOW_REVIEW_MONTHS);
      case MEDIUM -> value(Parameter.MEDIUM_REVIEW_MONTHS);
      case HIGH -> value(Parameter.HIGH_REVIEW_MONTHS);
    };
  }

  /** Whether this version holds the same numbers and list as another (whatever their versions). */
  public boolean sameRulesAs(RiskModel other) {
    return values.equals(other.values) && highRiskIndustries.equals(other.highRiskIndustries);
  }

  private static Map<Parameter, Integer> defaults() {
    EnumMap<Parameter, Integer> values = new EnumMap<>(Parameter.class);
    for (Parameter p : Parameter.values()) {
      values.put(p, p.defaultValue());
    }
    return values;
  }
}
