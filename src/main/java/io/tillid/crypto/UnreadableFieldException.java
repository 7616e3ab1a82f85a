package io.tillid.crypto;

/**
 * A stored value could not be decrypted: tampered, copied from another row or tenant, or its
 * tenant's keys were destroyed. The message names the record (table, column, row), never a value.
 */
public class UnreadableFieldException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient FieldContext field;

  public UnreadableFieldException(FieldContext field, String reason) {
    super(field + " cannot be decrypted: " + reason);
    this.field = field;
  }

  /** The record that failed. */
  public FieldContext field() {
    return field;
  }
}
