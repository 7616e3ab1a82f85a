package io.tillid.risk.internal.model;

import io.tillid.platform.InvalidFieldException;
import io.tillid.risk.internal.reference.IndustryCodes;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What an administrator typed to change the model, checked field by field: every parameter a
 * number in its range (Basel thresholds with at most one decimal), thresholds in order, review
 * intervals not longer for higher risk, industry codes known. The first refusal names its field.
 */
public final class ModelChange {

  public static final String INDUSTRIES = "highRiskIndustries";
  static final int MAX_INDUSTRIES = 100;

  private ModelChange() {}

  /** The next version of {@code current} with the typed values. */
  public static RiskModel parse(RiskModel current, Map<String, String> typed) {
    Map<Parameter, Integer> values = new EnumMap<>(Parameter.class);
    for (Parameter p : Parameter.values()) {
      values.put(p, number(p, typed.get(p.key())));
    }
    order(values, Parameter.BASEL_MEDIUM_FROM, Parameter.BASEL_HIGH_FROM, true);
    order(values, Parameter.MEDIUM_FROM, Parameter.HIGH_FROM, true);
    order(values, Parameter.HIGH_REVIEW_MONTHS, Parameter.MEDIUM_REVIEW_MONTHS, false);
    order(values, Parameter.MEDIUM_REVIEW_MONTHS, Parameter.LOW_REVIEW_MONTHS, false);
    return new RiskModel(current.version() + 1, values, industries(typed.get(INDUSTRIES)));
  }

  private static int number(Parameter p, String text) {
    String field = p.key();
    if (text == null || text.isBlank()) {
      throw new InvalidFieldException(field, "required", "The field '" + field + "' is required.");
    }
    BigDecimal value;
    if (text.strip().length() > 12) {
      throw new InvalidFieldException(field, "number", "The field '" + field + "' must be a number.");
    }
    try {
      value = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidFieldException(field, "number", "The field '" + field + "' must be a number.");
    }
    if (value.stripTrailingZeros().scale() > p.decimals() || value.abs().compareTo(BigDecimal.valueOf(100_000)) > 0) {
      throw new InvalidFieldException(field, p.decimals() == 0 ? "whole" : "decimals",
          "The field '" + field + "' must be a number with at most " + p.decimals() + " decimals.");
    }
    int scaled = value.movePointRight(p.decimals()).intValueExact();
    if (scaled < p.min() || scaled > p.max()) {
      throw new InvalidFieldException(field, "range", "The field '" + field + "' must be between "
          + p.format(p.min()) + " and " + p.format(p.max()) + ".");
    }
    return scaled;
  }

  private static void order(Map<Parameter, Integer> values, Parameter lower, Parameter higher, boolean strictly) {
    int a = values.get(lower);
    int b = values.get(higher);
    if (strictly ? a >= b : a > b) {
      String field = higher.key();
      throw new InvalidFieldException(field, strictly ? "above" : "not-below", "The field '" + field + "' must be "
          + (strictly ? "greater than" : "at least") + " the field '" + lower.key() + "'.");
    }
  }

  private static Set<String> industries(String text) {
    Set<String> codes = new LinkedHashSet<>();
    if (text != null) {
      for (String part : text.split("[,\\s]+")) {
        String code = part.strip().toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty()) {
          continue;
        }
        if (!IndustryCodes.isKnown(code)) {
          throw new InvalidFieldException(INDUSTRIES, "industry",
              "The field '" + INDUSTRIES + "' must list known NACE Rev. 2 codes such as 64.19, separated by commas.");
        }
        codes.add(code);
      }
    }
    if (codes.size() > MAX_INDUSTRIES) {
      throw new InvalidFieldException(INDUSTRIES, "too-many",
          "The field '" + INDUSTRIES + "' may list at most " + MAX_INDUSTRIES + " codes.");
    }
    return codes;
  }
}
