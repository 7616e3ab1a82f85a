package io.tillid.crypto;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Declares a column that holds {@link FieldCipher} ciphertexts, so that a tenant's data key
 * rotation re-encrypts it ({@code ./tillid keys rotate --tenant SLUG}). A module declares each of
 * its encrypted columns as a bean:
 *
 * <pre>{@code
 * @Bean
 * EncryptedColumn customerNationalId() {
 *   return new EncryptedColumn("customer", "national_id");
 * }
 * }</pre>
 *
 * <p><b>The convention the rotation relies on.</b> The table is tenant-owned and its rows are
 * identified by {@code (tenant_id, id)} with {@code id} a {@code uuid}; the column is
 * {@code bytea} (null for no value); and every value in it was encrypted with
 * {@code new FieldContext(table, column, id.toString())}, that is, the row id as text is the
 * {@link FieldContext#rowId()}. The rotation walks the rows by {@code id} in batches, decrypts each
 * value and writes it back encrypted under the new primary key, locking the rows it changes.
 *
 * <p>Only data keys rotate. Blind-index keys do not: an index can only be recomputed from the
 * plaintext of every indexed row, and the plaintexts live encrypted in other modules' columns,
 * one definition of "normalised" per module; a rotated index key would make every stored index
 * miss until all of them were recomputed. Blind indexes are destroyed with the tenant's keys.
 *
 * @param table the table, such as {@code customer}
 * @param column the {@code bytea} column, such as {@code national_id}
 */
public record EncryptedColumn(String table, String column) {

  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  public EncryptedColumn {
    if (!NAME.matcher(Objects.requireNonNull(table, "table")).matches()
        || !NAME.matcher(Objects.requireNonNull(column, "column")).matches()) {
      throw new IllegalArgumentException("table and column must be plain names");
    }
  }

  /** The place of one row's value in this column. */
  public FieldContext field(java.util.UUID rowId) {
    return new FieldContext(table, column, rowId.toString());
  }

  @Override
  public String toString() {
    return table + "." + column;
  }
}
