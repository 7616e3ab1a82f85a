package io.tillid.customers.internal;

import io.tillid.platform.InvalidFieldException;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A JSON merge patch (RFC 7396) of a customer: each member replaces that field, {@code null}
 * removes it, absent fields stay as they are. Only the registration's fields can be patched; the
 * result is checked as a whole, exactly as a registration is.
 */
final class CustomerPatch {

  private CustomerPatch() {}

  /** The changes the patch asks for, by input name; refuses unknown fields and wrong types, naming the field. */
  static Map<String, Object> changes(JsonNode patch) {
    if (patch == null || !patch.isObject()) {
      throw new io.tillid.platform.BadInputException("The request body must be a JSON object (a merge patch).");
    }
    Map<String, Object> known = new CustomerInput(null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null).fields();
    Map<String, Object> changes = new HashMap<>();
    for (Map.Entry<String, JsonNode> member : patch.properties()) {
      String field = member.getKey();
      JsonNode value = member.getValue();
      if (!known.containsKey(field)) {
        throw new InvalidFieldException(safeName(field), "unknown", "The field '" + safeName(field)
            + "' cannot be changed (not a field of a customer, or read-only).");
      }
      if (value.isNull()) {
        changes.put(field, null);
      } else if ("pepSelfDeclared".equals(field) && value.isBoolean()) {
        changes.put(field, value.booleanValue());
      } else if ("nationalId".equals(field) && value.isString() && CustomerView.MASK.equals(value.stringValue())) {
        throw new InvalidFieldException(field, "masked", "The field 'nationalId' holds the mask of a read; "
            + "send the identifier itself, or leave the field out to keep it.");
      } else if (!"pepSelfDeclared".equals(field) && value.isString()) {
        changes.put(field, value.stringValue());
      } else {
        throw new InvalidFieldException(field, "type", "The field '" + field + "' has the wrong type.");
      }
    }
    return changes;
  }

  /** An unknown member's name is echoed only when it looks like a field name (never arbitrary input). */
  private static String safeName(String field) {
    return field.length() <= 40 && field.matches("[A-Za-z][A-Za-z0-9_]*") ? field : "(unknown)";
  }
}
