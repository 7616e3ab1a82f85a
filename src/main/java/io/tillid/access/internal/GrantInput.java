package io.tillid.access.internal;

import io.tillid.access.GrantDimension;
import io.tillid.access.Grants;
import io.tillid.platform.BadInputException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Grants as an administrator types them: per dimension, values separated by commas or spaces;
 * jurisdictions in either case. A value that is not one of its dimension is refused, naming the
 * dimension, never the value.
 */
final class GrantInput {

  private static final int MAX_VALUES = 100;

  private GrantInput() {}

  static Grants parse(Map<GrantDimension, String> typed) {
    Map<GrantDimension, Set<String>> values = new EnumMap<>(GrantDimension.class);
    for (GrantDimension dimension : GrantDimension.values()) {
      Set<String> parsed = new TreeSet<>();
      String text = typed.getOrDefault(dimension, "");
      for (String value : (text == null ? "" : text).trim().split("[,\\s]+")) {
        if (value.isEmpty()) {
          continue;
        }
        String normal = dimension == GrantDimension.JURISDICTION ? value.toUpperCase(Locale.ROOT)
            : value.toLowerCase(Locale.ROOT);
        if (!dimension.accepts(normal)) {
          throw new BadInputException("grants.error." + dimension.column());
        }
        parsed.add(normal);
      }
      if (parsed.size() > MAX_VALUES) {
        throw new BadInputException("grants.error.tooMany");
      }
      values.put(dimension, parsed);
    }
    return Grants.of(values);
  }

  /** Values of a dimension as they are shown in the form and the audit trail: sorted, comma-separated. */
  static String text(Set<String> values) {
    return String.join(",", new TreeSet<>(values));
  }
}
