package io.tillid.platform.internal;

import io.tillid.platform.TenantScope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out PostgreSQL connections set to the current {@link TenantScope}: row-level security
 * reads {@code tillid.tenant_id} and {@code tillid.system}. Both are set on every checkout, so a
 * pooled connection never carries the previous borrower's tenant. Set outside any transaction
 * (the pool hands out connections in auto-commit), so a later rollback cannot undo it.
 */
final class TenantScopedDataSource extends DelegatingDataSource {

  static final String SET_SCOPE =
      "select set_config('tillid.tenant_id', ?, false), set_config('tillid.system', ?, false)";

  TenantScopedDataSource(DataSource target) {
    super(target);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return scoped(super.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return scoped(super.getConnection(username, password));
  }

  private static Connection scoped(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SET_SCOPE)) {
      statement.setString(1, TenantScope.currentTenant().map(tenant -> tenant.value().toString()).orElse(""));
      statement.setString(2, TenantScope.isSystem() ? "on" : "");
      statement.execute();
      return connection;
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }
}
