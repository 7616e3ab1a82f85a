package io.tillid.crypto.internal;

import io.tillid.crypto.EncryptedColumn;
import io.tillid.platform.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The encrypted columns the modules declare, in a fixed order (by table and column), and the
 * statements a rotation runs on them. Table and column names are plain identifiers (checked by
 * {@link EncryptedColumn}); every value travels as a parameter.
 */
@Component
class EncryptedColumns {

  private final List<EncryptedColumn> columns;
  private final JdbcClient jdbc;

  @Autowired
  EncryptedColumns(ObjectProvider<EncryptedColumn> declared, JdbcClient jdbc) {
    this(declared.stream().toList(), jdbc);
  }

  EncryptedColumns(List<EncryptedColumn> declared, JdbcClient jdbc) {
    this.columns = declared.stream().distinct()
        .sorted(Comparator.comparing(EncryptedColumn::table).thenComparing(EncryptedColumn::column)).toList();
    this.jdbc = jdbc;
  }

  List<EncryptedColumn> all() {
    return columns;
  }

  /** A stored value and its row's id. */
  record StoredValue(UUID rowId, byte[] ciphertext) {}

  /** How many values the tenant has in all declared columns. */
  long countValues(TenantId tenant) {
    long total = 0;
    for (EncryptedColumn column : columns) {
      total += jdbc.sql("select count(*) from " + column.table() + " where tenant_id = ? and " + column.column()
          + " is not null").param(tenant.value()).query(Long.class).single();
    }
    return total;
  }

  /** The next rows after {@code after} (all from the start when null), locked until the transaction ends. */
  List<StoredValue> nextBatch(EncryptedColumn column, TenantId tenant, UUID after, int size) {
    String sql = "select id, " + column.column() + " from " + column.table() + " where tenant_id = ?"
        + (after == null ? "" : " and id > ?") + " order by id limit " + size + " for update";
    JdbcClient.StatementSpec statement = jdbc.sql(sql).param(tenant.value());
    if (after != null) {
      statement = statement.param(after);
    }
    return statement.query((rs, row) -> new StoredValue(rs.getObject(1, UUID.class), rs.getBytes(2))).list();
  }

  void write(EncryptedColumn column, TenantId tenant, UUID rowId, byte[] ciphertext) {
    jdbc.sql("update " + column.table() + " set " + column.column() + " = ? where tenant_id = ? and id = ?")
        .params(ciphertext, tenant.value(), rowId).update();
  }
}
