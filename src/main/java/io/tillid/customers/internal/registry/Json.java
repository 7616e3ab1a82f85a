package io.tillid.customers.internal.registry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Small readers of registry JSON that treat missing, null and blank alike. */
final class Json {

  private Json() {}

  /** The text at {@code field}, stripped; null when missing, null or blank. */
  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull() || value.isContainer()) {
      return null;
    }
    String text = value.asString().strip();
    return text.isEmpty() ? null : text;
  }

  /** The elements of the array at {@code field}; empty when it is missing or not an array. */
  static List<JsonNode> array(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    List<JsonNode> items = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(items::add);
    }
    return items;
  }

  /** A fraction 0 &lt; x &le; 1 with at most 8 decimals, or null when the text is not one. */
  static BigDecimal fraction(String text) {
    if (text == null) {
      return null;
    }
    try {
      BigDecimal value = new BigDecimal(text).stripTrailingZeros();
      if (value.scale() < 0) {
        value = value.setScale(0);
      }
      return value.signum() > 0 && value.compareTo(BigDecimal.ONE) <= 0 && value.scale() <= 8 ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Joins the non-null parts with {@code separator}; null when there are none. */
  static String join(String separator, String... parts) {
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        if (out.length() > 0) {
          out.append(separator);
        }
        out.append(part.strip());
      }
    }
    return out.length() == 0 ? null : out.toString();
  }
}
