package io.tillid.access;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a dataset table keeps its attributes: the names of its business unit, sensitivity and
 * jurisdiction columns, optionally qualified by a table alias ({@code c.business_unit}). The names
 * are written into SQL, so only plain identifiers are accepted; values never are (see
 * {@link AttributeGrants#filter}).
 */
public record DatasetColumns(String businessUnit, String sensitivity, String jurisdiction) {

  private static final Pattern IDENTIFIER = Pattern.compile("([a-z_][a-z0-9_]{0,62}\\.)?[a-z_][a-z0-9_]{0,62}");

  /** The conventional names: {@code business_unit}, {@code sensitivity}, {@code jurisdiction}. */
  public static final DatasetColumns DEFAULT = new DatasetColumns("business_unit", "sensitivity", "jurisdiction");

  public DatasetColumns {
    for (String column : new String[] {businessUnit, sensitivity, jurisdiction}) {
      if (!IDENTIFIER.matcher(Objects.requireNonNull(column, "column")).matches()) {
        throw new IllegalArgumentException("not a plain column name");
      }
    }
  }

  /** The same columns qualified by a table alias. */
  public DatasetColumns qualified(String alias) {
    return new DatasetColumns(alias + "." + businessUnit, alias + "." + sensitivity, alias + "." + jurisdiction);
  }
}
