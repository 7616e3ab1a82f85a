package io.tillid.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an encrypted value lives: its table, column and row. It becomes the ciphertext's associated
 * data together with the tenant, so a ciphertext copied to another row, column or tenant does not
 * decrypt. None of it is personal data, so it may name a record in an error.
 *
 * @param table the table, such as {@code customer}
 * @param column the column, such as {@code national_id}
 * @param rowId the row's id (a UUID as text, or a composite key joined by '/')
 */
public record FieldContext(String table, String column, String rowId) {

  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final Pattern ROW = Pattern.compile("[A-Za-z0-9/_:.-]{1,200}");

  public FieldContext {
    if (!NAME.matcher(Objects.requireNonNull(table, "table")).matches()
        || !NAME.matcher(Objects.requireNonNull(column, "column")).matches()) {
      throw new IllegalArgumentException("table and column must be plain names");
    }
    if (!ROW.matcher(Objects.requireNonNull(rowId, "rowId")).matches()) {
      throw new IllegalArgumentException("row id must be an identifier");
    }
  }

  /** The associated data binding a ciphertext to the tenant and this place. */
  public byte[] associatedData(io.tillid.platform.TenantId tenant) {
    return ("tillid/field/v1|" + tenant + "|" + table + "|" + column + "|" + rowId).getBytes(StandardCharsets.UTF_8);
  }

  /** Names the record in errors and logs: table, column and row id, never the value. */
  @Override
  public String toString() {
    return table + "." + column + " of row " + rowId;
  }
}
